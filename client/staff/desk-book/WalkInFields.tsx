import { Text, View } from '@tarojs/components';
import DeskConsent from '../components/DeskConsent';
import PersonFields, { type PersonField } from '../components/PersonFields';
import type { useForm } from '../../hooks/useForm';
import type { DeskForm } from './form';

export type DeskFormHandle = ReturnType<typeof useForm<DeskForm, 'desk.book'>>;

/** Who the booking is for: as on their ID, how to reach them, and what the venue should know. */
const WALK_IN: PersonField[] = [
  { key: 'name', label: '姓名', placeholder: '与证件一致的姓名' },
  { key: 'phone', label: '手机号', placeholder: '11位手机号，用于核验和联系' },
  { key: 'idType', label: '证件类型' },
  { key: 'idNumber', label: '证件号码', placeholder: '请输入证件号码' },
  { key: 'company', label: '单位/公司', placeholder: '选填' },
  { key: 'needs', label: '特殊需求', placeholder: '如：轮椅通行、需要讲解（选填）' },
];

/** The walk-in's details, their consent, and how their ID and phone are kept. */
export default function WalkInFields({ form }: { form: DeskFormHandle }) {
  return (
    <View>
      <Text className="section-title">预约人信息</Text>
      <View className="staff-form">
        <PersonFields form={form} fields={WALK_IN} />
      </View>
      <DeskConsent form={form} who="对方" testId="desk-consent-error" />
      <Text className="desk-form__hint">
        证件号码和手机号加密保存，仅以脱敏形式展示；入场时凭证件或手机号由现场服务人员核验。
      </Text>
    </View>
  );
}
