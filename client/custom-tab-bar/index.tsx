// weapp custom tab bar (app.config tabBar.custom); H5 renders the same TabBar inside tab pages.
import TabBar from '../components/TabBar';

export default function CustomTabBar() {
  return <TabBar />;
}
