import { Text, View } from '@tarojs/components';
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_CHANNEL_LABELS } from '@shared/contract/complaint';
import type { ComplaintView } from '@shared/contract/types';
import { SLA } from '@shared/rules/complaintSla';
import Button from '../../ui/button';
import Card from '../../components/Card';
import DeadlineBadge from '../../components/DeadlineBadge';
import { ComplaintStatusTag } from '../../components/StatusTag';
import { goBack } from '../../services/navigate';
import { duration } from '../../utils/format';
import './index.css';

/** The complaint just registered: where it stands and how soon the desk passes it on. */
export default function Registered({ complaint: c, onAnother }: { complaint: ComplaintView; onAnother: () => void }) {
  return (
    <Card title="投诉已登记" extra={<ComplaintStatusTag status={c.status} />} testId="register-done">
      <Text className="register-done__meta">
        {`${COMPLAINT_CHANNEL_LABELS[c.channel]} · ${COMPLAINT_CATEGORY_LABELS[c.category]}${c.name ? ` · ${c.name}` : ''}`}
      </Text>
      <Text className="register-done__content">{c.content}</Text>
      {c.deadline && <DeadlineBadge deadline={c.deadline} />}
      <Text className="register-done__note">
        {`客服中心将在${duration(SLA.route / 60_000)}内转交处理部门，处理结果由客服中心通过登记的联系方式答复投诉人。`}
      </Text>
      <View className="register-done__actions">
        <Button
          className="register-done__action"
          fill="outline"
          type="primary"
          data-testid="register-another"
          onClick={onAnother}
        >
          继续登记
        </Button>
        <Button className="register-done__action" type="primary" onClick={() => goBack()}>
          返回工作台
        </Button>
      </View>
    </Card>
  );
}
