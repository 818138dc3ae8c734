// H5 only (app.config.ts): pick a demo user of the local cloud; calls then carry its openid.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import Button from '../../ui/button';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { reloadRoles } from '../../hooks/useRoles';
import { networkError } from '../../services/callError';
import { demoUser } from '../../services/demoUser';
import { navigate, switchTab } from '../../services/navigate';
import { toastSuccess } from '../../services/toast';
import './index.css';

interface DemoUser {
  openid: string;
  label: string;
}

async function loadUsers(): Promise<DemoUser[]> {
  const res = await fetch('/__dev/users').catch(() => null);
  if (!res?.ok) throw networkError();
  return (await res.json()) as DemoUser[];
}

function SignIn() {
  const users = useRemote(loadUsers, []);
  const [current, setCurrent] = useState(demoUser.get());

  const signIn = (u: DemoUser) => {
    demoUser.set(u.openid);
    setCurrent(u.openid);
    reloadRoles();
    toastSuccess(`已登录：${u.label}`);
    setTimeout(() => switchTab('pages/index/index'), 600);
  };

  const signOut = () => {
    demoUser.clear();
    setCurrent(null);
    reloadRoles();
  };

  return (
    <>
      <View className="signin__intro">
        <Text className="signin__title">选择演示用户</Text>
        <Text className="signin__text">仅用于本地演示环境，正式小程序由微信识别用户身份。</Text>
      </View>
      <RemoteView state={users.state} onRetry={users.reload} empty="没有演示用户">
        {(list) => (
          <View className="signin__list">
            {list.map((u) => (
              <View key={u.openid} className="signin__user">
                <Button
                  block
                  type={u.openid === current ? 'primary' : 'default'}
                  data-testid={`signin-${u.openid}`}
                  onClick={() => signIn(u)}
                >
                  {u.label}
                </Button>
                <Text className="signin__openid">{u.openid === current ? `当前用户 · ${u.openid}` : u.openid}</Text>
              </View>
            ))}
          </View>
        )}
      </RemoteView>
      {current && (
        <Button block fill="none" type="danger" onClick={signOut}>
          退出登录
        </Button>
      )}
      <Text className="signin__link" data-testid="signin-outbox" onClick={() => navigate('dev/outbox/index')}>
        查看已发送的订阅消息 ›
      </Text>
    </>
  );
}

export default definePage(SignIn, { signIn: false });
