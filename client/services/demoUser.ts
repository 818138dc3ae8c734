// H5 only: the demo user picked on the dev sign-in page; the local cloud reads it from X-Wx-Openid.
import Taro from '@tarojs/taro';

const KEY = 'demoOpenid';

export const demoUser = {
  get: (): string | null => (Taro.getStorageSync(KEY) as string) || null,
  set: (openid: string) => Taro.setStorageSync(KEY, openid),
  clear: () => Taro.removeStorageSync(KEY),
};
