import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Button from '../../ui/button';
import { useSignedIn } from '../../hooks/useSignedIn';
import { navigate } from '../../services/navigate';
import './index.css';

/** Shows its children to a signed-in user; on H5 without one, a prompt to the dev sign-in page. */
export default function SignInGate({ children }: { children: ReactNode }) {
  if (useSignedIn()) return <>{children}</>;
  return (
    <View className="sign-in-gate" data-testid="sign-in-prompt">
      <Text className="sign-in-gate__title">尚未登录</Text>
      <Text className="sign-in-gate__text">请先选择一个演示用户登录后再查看</Text>
      <Button type="primary" onClick={() => navigate('dev/signin/index')}>
        去登录
      </Button>
    </View>
  );
}
