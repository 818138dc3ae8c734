import { Text, View } from '@tarojs/components';
import {
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
} from '@shared/contract/complaint';
import type { ComplaintView } from '@shared/contract/types';
import Card from '../../components/Card';
import DeadlineBadge from '../../components/DeadlineBadge';
import { ComplaintStatusTag, ToneTag } from '../../components/StatusTag';
import { dateTime } from '../../utils/format';
import './index.css';
import { navigate } from '../../services/navigate';

/** One complaint of the queue: what, where it stands, who has it, and the time left; a tap opens it. */
export default function QueueItem({ complaint: c }: { complaint: ComplaintView }) {
  const step = c.next?.mine ? c.next.step : null;
  const tags = (
    <View className="queue__tags">
      {c.deadline?.breached && <ToneTag tone="danger" label="超时" />}
      <ComplaintStatusTag status={c.status} />
    </View>
  );
  const meta = [COMPLAINT_CHANNEL_LABELS[c.channel], dateTime(c.createdAt), c.departmentName ?? '尚未转交'];
  if (c.reopens > 0) meta.push(`重新处理${c.reopens}次`);
  return (
    <Card
      title={COMPLAINT_CATEGORY_LABELS[c.category]}
      extra={tags}
      testId={`complaint-${c.id}`}
      onClick={() => navigate('manager/complaint/index', { complaintId: c.id })}
    >
      <Text className="queue__content">{c.content}</Text>
      <Text className="queue__meta">{meta.join(' · ')}</Text>
      {c.deadline && <DeadlineBadge deadline={c.deadline} />}
      {step && <Text className="queue__step">{`待您处理：${COMPLAINT_ACTION_LABELS[step]} ›`}</Text>}
    </Card>
  );
}
