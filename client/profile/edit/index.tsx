import { Text, View } from '@tarojs/components';
import { profileUpdateInput } from '@shared/contract/setup';
import type { ProfileView } from '@shared/contract/types';
import Button from '../../ui/button';
import Input from '../../ui/input';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { goBack } from '../../services/navigate';
import './index.css';

interface ProfileValues {
  name: string;
  phone: string;
  department: string;
}

/**
 * What profile.update takes: an empty phone is left out (the one on record stays); the department is always
 * sent, as the field shows it, so emptying the field clears it.
 */
const inputOf = (v: ProfileValues) => ({
  name: v.name,
  ...(v.phone.trim() ? { phone: v.phone } : {}),
  department: v.department,
});

function ProfileForm({ profile }: { profile: ProfileView | null }) {
  const form = useForm('profile.update', {
    initial: { name: profile?.name ?? '', phone: '', department: profile?.department ?? '' },
    toInput: inputOf,
    schema: profileUpdateInput,
    success: '已保存',
    onDone: () => goBack(800),
  });
  const { values, set } = form;

  return (
    <View>
      <View className="profile-form">
        <Field label="姓名" error={form.error('name')}>
          <Input
            value={values.name}
            placeholder="你的真实姓名"
            maxLength={30}
            data-testid="profile-name"
            onChange={(v) => set('name', v)}
          />
        </Field>
        <Field label="手机号" error={form.error('phone')}>
          <Input
            type="number"
            value={values.phone}
            placeholder={profile?.phoneMasked ? `当前 ${profile.phoneMasked}` : '选填，11位手机号'}
            maxLength={11}
            data-testid="profile-phone"
            onChange={(v) => set('phone', v)}
          />
        </Field>
        <Field label="部门" error={form.error('department')}>
          <Input
            value={values.department}
            placeholder="选填，如 市场部"
            maxLength={30}
            data-testid="profile-department"
            onChange={(v) => set('department', v)}
          />
        </Field>
      </View>
      <Text className="profile-form__hint">
        姓名会显示在工作人员名单、邀请记录和操作记录中，便于同事识别你。手机号选填，加密保存，仅以脱敏形式展示。
      </Text>
      <Text className="profile-form__hint" data-testid="profile-department-hint">
        部门选填，会随姓名显示在你预约的会议室、展厅等资源上，便于管理员和同事联系你。
      </Text>
      {profile?.phoneMasked && (
        <Text className="profile-form__hint" data-testid="profile-phone-note">
          已保存的手机号为 {profile.phoneMasked}；保存时如未重新填写手机号，将继续保留原手机号。
        </Text>
      )}
      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} onClick={form.submit}>
          保存
        </Button>
      </FooterBar>
    </View>
  );
}

function ProfileEdit() {
  const me = useRemote(() => call('user.me', {}), []);
  return (
    <RemoteView state={me.state} onRetry={me.reload}>
      {(data) => <ProfileForm profile={data.profile ?? null} />}
    </RemoteView>
  );
}

export default definePage(ProfileEdit, { withFooter: true });
