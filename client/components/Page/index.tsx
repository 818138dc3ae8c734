import { View } from '@tarojs/components';
import { useState, type ComponentType, type ReactNode } from 'react';
import Toast from '../../ui/toast';
import TabBar from '../TabBar';
import SignInGate from '../SignInGate';
import { newPageData, PageDataContext } from '../../hooks/pageData';
import { useTabPage } from '../../hooks/useTabPage';
import { TOAST_ID } from '../../services/toast';
import './index.css';

interface PageProps {
  /** Set on tab pages: on H5, where there is no custom-tab-bar, draws the tab bar and leaves room for it. */
  tab?: string;
  /** Leaves room for a FooterBar. */
  withFooter?: boolean;
  children: ReactNode;
}

/**
 * The frame of every page: background, spacing, the page's toast, the tab bar on H5, and the registry of
 * what the page loaded (a stale refusal loads it again, hooks/pageData.ts).
 */
export default function Page({ tab, withFooter, children }: PageProps) {
  const [data] = useState(newPageData);
  const h5Tab = process.env.TARO_ENV === 'h5' && Boolean(tab);
  const classes = ['page', h5Tab ? 'page--tab' : '', withFooter ? 'page--footer' : ''].filter(Boolean).join(' ');
  return (
    <PageDataContext.Provider value={data}>
      <View className={classes}>
        {children}
        <Toast id={TOAST_ID} />
        {h5Tab && <TabBar page={tab} />}
      </View>
    </PageDataContext.Provider>
  );
}

interface PageOptions extends Omit<PageProps, 'children'> {
  /** Pages anyone may see (首页, the sign-in page) set this to false; the rest ask for a signed-in user. */
  signIn?: boolean;
}

/**
 * A page's default export: its body in the frame, behind the sign-in gate unless `signIn: false`; a tab page
 * (`tab`) marks its tab selected when shown.
 */
export function definePage(Body: ComponentType, { signIn = true, ...frame }: PageOptions = {}): ComponentType {
  const Defined = () => {
    useTabPage(frame.tab);
    return <Page {...frame}>{signIn ? <SignInGate>{<Body />}</SignInGate> : <Body />}</Page>;
  };
  Defined.displayName = `Page(${Body.displayName ?? Body.name})`;
  return Defined;
}
