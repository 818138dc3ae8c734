import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Toast from '../../ui/toast';
import TabBar from '../TabBar';
import { TOAST_ID } from '../../services/toast';
import './index.css';

interface PageProps {
  /** Set on tab pages: on H5, where there is no custom-tab-bar, draws the tab bar and leaves room for it. */
  tab?: string;
  /** Leaves room for a FooterBar. */
  withFooter?: boolean;
  children: ReactNode;
}

/** The frame of every page: background, spacing, the page's toast, the tab bar on H5. */
export default function Page({ tab, withFooter, children }: PageProps) {
  const h5Tab = process.env.TARO_ENV === 'h5' && Boolean(tab);
  const classes = ['page', h5Tab ? 'page--tab' : '', withFooter ? 'page--footer' : ''].filter(Boolean).join(' ');
  return (
    <View className={classes}>
      {children}
      <Toast id={TOAST_ID} />
      {h5Tab && <TabBar page={tab} />}
    </View>
  );
}
