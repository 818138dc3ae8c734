import { Text, View } from '@tarojs/components';
import { LOW_RATING } from '@shared/contract/records';
import type { FeedbackRecordView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../../components/Card';
import { ToneTag } from '../../components/StatusTag';
import { dateTime } from '../../utils/format';
import Actions from '../components/Actions';

const ASPECTS = [
  { key: 'experience', label: '体验' },
  { key: 'exhibitCondition', label: '展品状况' },
  { key: 'service', label: '服务' },
] as const;

/** A low rating not yet followed up. */
export const awaitsFollowUp = (r: FeedbackRecordView) => r.needsFollowUp && !r.followUp;

function FollowUpTag({ rating }: { rating: FeedbackRecordView }) {
  if (awaitsFollowUp(rating)) return <ToneTag tone="warning" label="待回访" />;
  return rating.followUp ? <ToneTag tone="success" label="已回访" /> : null;
}

/** One visitor's rating of a visit: the three scores (low ones marked), the comment, the follow-up. */
export default function RatingItem({ rating: r, onFollowUp }: { rating: FeedbackRecordView; onFollowUp: () => void }) {
  return (
    <Card title={r.resourceName} extra={<FollowUpTag rating={r} />} testId={`feedback-${r.id}`}>
      <Text className="card__line">{`参观时间：${dateTime(r.start)} · 评价于 ${dateTime(r.createdAt)}`}</Text>
      <View className="feedback__scores">
        {ASPECTS.map((a) => (
          <Text key={a.key} className={`feedback__score${r[a.key] <= LOW_RATING ? ' feedback__score--low' : ''}`}>
            {`${a.label} ${r[a.key]}分`}
          </Text>
        ))}
      </View>
      {r.comment && <Text className="feedback__comment">{r.comment}</Text>}
      {r.followUp && (
        <View className="feedback__follow-up" data-testid={`feedback-follow-up-${r.id}`}>
          <Text className="feedback__follow-up-note">{`回访：${r.followUp.note}`}</Text>
          <Text className="feedback__follow-up-by">{`${r.followUp.by.name} · ${dateTime(r.followUp.at)}`}</Text>
        </View>
      )}
      {awaitsFollowUp(r) && (
        <Actions>
          <Button size="small" type="primary" data-testid={`feedback-record-${r.id}`} onClick={onFollowUp}>
            记录回访
          </Button>
        </Actions>
      )}
    </Card>
  );
}
