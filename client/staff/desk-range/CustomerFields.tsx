import { Text, View } from '@tarojs/components';
import DeskConsent from '../components/DeskConsent';
import PersonFields, { type PersonField } from '../components/PersonFields';
import PurposeFields from '../../components/IntervalBooking/PurposeFields';
import type { DeskRangeForm } from './useDeskRange';

/** Who the booking is for: the customer and their company. */
const CUSTOMER: PersonField[] = [
  { key: 'name', label: '客户姓名', placeholder: '联系人姓名' },
  { key: 'phone', label: '联系电话', placeholder: '11位手机号' },
  { key: 'company', label: '公司名称', placeholder: '客户所在公司' },
];
/** Asked where the resource records the customer's ID document. */
const CUSTOMER_ID: PersonField[] = [
  { key: 'idType', label: '证件类型' },
  { key: 'idNumber', label: '证件号码', placeholder: '该项目需登记客户证件' },
];
const NEEDS: PersonField[] = [{ key: 'needs', label: '特殊需求', placeholder: '如：需要茶歇、投影、接待引导（选填）' }];

interface CustomerFieldsProps {
  form: DeskRangeForm;
  /** The seats of the chosen resource. */
  capacity: number;
  /** The resource records the customer's ID document. */
  realName: boolean;
}

/** Who the booking is for (the customer and their company), what for, how many people, and their needs. */
export default function CustomerFields({ form, capacity, realName }: CustomerFieldsProps) {
  return (
    <View>
      <Text className="section-title">客户信息</Text>
      <View className="staff-form">
        <PersonFields form={form} fields={realName ? [...CUSTOMER, ...CUSTOMER_ID] : CUSTOMER} />
      </View>
      <Text className="section-title">预约信息</Text>
      <View className="staff-form">
        <PurposeFields form={form} capacity={capacity} example="如：产品演示、商务洽谈" />
        <PersonFields form={form} fields={NEEDS} />
      </View>
      <DeskConsent form={form} who="客户" testId="range-consent-error" />
    </View>
  );
}
