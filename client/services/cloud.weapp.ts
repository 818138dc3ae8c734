// weapp transport: WeChat cloud functions. Taro.cloud.init runs once in app.tsx.
import Taro from '@tarojs/taro';
import { createCall } from './transport';

export { CallError } from './callError';

export const call = createCall(async (payload) => {
  const res = await Taro.cloud.callFunction({ name: 'api', data: { ...payload } });
  return res.result;
});
