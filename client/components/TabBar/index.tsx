import { Text, View } from '@tarojs/components';
import Home from '@nutui/icons-react-taro/dist/es/icons/Home';
import Order from '@nutui/icons-react-taro/dist/es/icons/Order';
import Scan from '@nutui/icons-react-taro/dist/es/icons/Scan';
import User from '@nutui/icons-react-taro/dist/es/icons/User';
import { grantsRole } from '@shared/contract/roles';
import { TABS } from '../../tabs';
import { useRoles } from '../../hooks/useRoles';
import { useSelectedTab } from '../../hooks/useTabPage';
import { switchTab } from '../../services/navigate';
import './index.css';

const ICONS: Record<string, typeof Home> = {
  'pages/index/index': Home,
  'pages/bookings/index': Order,
  'pages/me/index': User,
  'pages/staff/index': Scan,
};

const needsRoles = TABS.some((t) => t.role);

/**
 * The app's tab bar: the weapp custom-tab-bar (selected tab from the pages' announcements) and,
 * on H5, the bottom of every tab page (`page` given).
 */
export default function TabBar({ page }: { page?: string }) {
  const announced = useSelectedTab(TABS[0].pagePath);
  const selected = page ?? announced;
  const roles = useRoles(needsRoles);
  const tabs = TABS.filter((t) => !t.role || grantsRole(roles, t.role));

  return (
    <View className="tab-bar">
      {tabs.map((t) => {
        const Icon = ICONS[t.pagePath];
        const active = t.pagePath === selected;
        return (
          <View
            key={t.pagePath}
            className={`tab-bar__item${active ? ' tab-bar__item--active' : ''}`}
            data-testid={`tab-${t.pagePath}`}
            onClick={() => !active && switchTab(t.pagePath)}
          >
            {Icon && <Icon size={22} color={active ? '#1677ff' : '#8c8c8c'} />}
            <Text className="tab-bar__text">{t.text}</Text>
          </View>
        );
      })}
    </View>
  );
}
