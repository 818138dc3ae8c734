import { Text, View } from '@tarojs/components';
import { setupClaimInput } from '@shared/contract/setup';
import Button from '../../ui/button';
import Input from '../../ui/input';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { useRemote } from '../../hooks/useRemote';
import { reloadRoles } from '../../hooks/useRoles';
import { call } from '../../services/cloud';
import { redirect } from '../../services/navigate';
import './index.css';

function ClaimForm() {
  const form = useForm('setup.claim', {
    initial: { code: '' },
    toInput: (v) => v,
    schema: setupClaimInput,
    success: '初始化完成，你已成为管理员',
    onDone: () => {
      // The tab bar and the pages read the caller's roles: they have changed.
      reloadRoles();
      setTimeout(() => redirect('manager/index/index'), 800);
    },
  });

  return (
    <View>
      <View className="setup__intro">
        <Text className="setup__title">设置第一位管理员</Text>
        <Text className="setup__para">
          新部署的小程序还没有管理员。输入设置码的第一位用户将成为领导小组管理员，之后可添加场馆、邀请工作人员。
        </Text>
        <Text className="setup__para">
          设置码是云函数的环境变量 SETUP_CODE：在云开发控制台的云函数配置中查看；本地运行 npm start 时会打印在终端里。
        </Text>
        <Text className="setup__para setup__para--warn">设置码只能使用一次，请勿外传。</Text>
      </View>
      <View className="setup__form">
        <Field label="设置码" error={form.error('code')}>
          <Input
            value={form.values.code}
            placeholder="请输入设置码"
            maxLength={128}
            data-testid="setup-code"
            onChange={(v) => form.set('code', v)}
          />
        </Field>
      </View>
      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} onClick={form.submit}>
          确认
        </Button>
      </FooterBar>
    </View>
  );
}

function Setup() {
  const status = useRemote(() => call('setup.status', {}), []);
  return (
    <RemoteView
      state={status.state}
      onRetry={status.reload}
      empty="已完成初始化"
      isEmpty={(s) => !s.open}
      emptyAction={
        <Text className="setup__done" data-testid="setup-closed">
          本环境已有管理员或未配置设置码。如需管理权限，请联系管理员邀请。
        </Text>
      }
    >
      {() => <ClaimForm />}
    </RemoteView>
  );
}

export default definePage(Setup, { withFooter: true });
