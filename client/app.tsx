import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import '@nutui/icons-react-taro/dist/style_icon.css';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}

export default function App({ children }: PropsWithChildren) {
  return children;
}
