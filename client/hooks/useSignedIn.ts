import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { demoUser } from '../services/demoUser';

/** True when calls carry a user: always on weapp (WeChat knows the caller); on H5 once a demo user is picked. */
const signedIn = () => process.env.TARO_ENV !== 'h5' || demoUser.get() !== null;

/** Whether a user is signed in, checked again each time the page shows (back from the sign-in page). */
export function useSignedIn(): boolean {
  const [value, setValue] = useState(signedIn);
  useDidShow(() => setValue(signedIn()));
  return value;
}
