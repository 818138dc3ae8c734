import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { COMPLAINT_CATEGORY_LABELS } from '@shared/contract/complaint';
import type { ComplaintView, TimelineEntryView } from '@shared/contract/types';
import { SLA } from '@shared/rules/complaintSla';
import { DAY_MS } from '@shared/time';
import Button from '../../ui/button';
import Card from '../../components/Card';
import ComplaintTimeline from '../../components/ComplaintTimeline';
import ConfirmDialog from '../../components/ConfirmDialog';
import DeadlineBadge from '../../components/DeadlineBadge';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ComplaintStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { toastSuccess } from '../../services/toast';
import { dateTime } from '../../utils/format';
import PhotoGrid from '../components/PhotoGrid';
import './index.css';

const MAX_COMMENT = 500;
const CONFIRM_DAYS = SLA.confirm / DAY_MS;

/** The answer the desk gave: the last reply's text, or, for a reply without text, the result it passed on. */
function replyOf(timeline: TimelineEntryView[]): { text: string; at: string } | undefined {
  let i = timeline.length - 1;
  while (i >= 0 && timeline[i].kind !== 'replied') i--;
  if (i < 0) return undefined;
  const replied = timeline[i];
  if (replied.text) return { text: replied.text, at: replied.at };
  for (let j = i - 1; j >= 0; j--) {
    const e = timeline[j];
    if (e.kind === 'resolved' && e.text) return { text: e.text, at: replied.at };
  }
  return undefined;
}

function Visit({ complaint }: { complaint: ComplaintView }) {
  const { visit, bookingId } = complaint;
  if (!visit) return null;
  return (
    <InfoCard
      title="投诉的参观"
      testId="complaint-visit"
      rows={[
        ['项目', visit.resourceName],
        ['场馆', visit.venueName],
        ['时间', dateTime(visit.start)],
        ['入场', visit.checkedInAt ? `已入场 · ${dateTime(visit.checkedInAt)}` : '未入场'],
      ]}
    >
      {bookingId && (
        <Text className="card__link" onClick={() => navigate('booking/detail/index', { bookingId })}>
          查看预约 ›
        </Text>
      )}
    </InfoCard>
  );
}

/** The complainant's answer to the reply: satisfied, or not (with why), which sends it back to the department. */
interface ConfirmResultProps {
  complaint: ComplaintView;
  onConfirmed: (c: ComplaintView) => void;
}

/** A complaint that moved meanwhile (e.g. closed unanswered) is refused as stale, and the page loads it again. */
function ConfirmResult({ complaint, onConfirmed }: ConfirmResultProps) {
  const [asking, setAsking] = useState(false);
  const [unhappy, setUnhappy] = useState(false);
  const [comment, setComment] = useState('');
  const confirm = useAction('complaint.confirm');

  const send = async (satisfied: boolean) => {
    const text = comment.trim();
    const moved = await confirm.run({
      complaintId: complaint.id,
      satisfied,
      ...(!satisfied && text ? { comment: text } : {}),
    });
    if (!moved) return;
    toastSuccess(satisfied ? '感谢您的确认' : '已提交，我们将重新处理');
    onConfirmed(moved);
  };

  return (
    <Card title="您对处理结果满意吗？" testId="complaint-confirm">
      <Text className="complaint-detail__note">
        请确认处理结果，{CONFIRM_DAYS}天内未确认将自动关闭。不满意时我们将重新处理。
      </Text>
      {unhappy ? (
        <View>
          <View className="complaint-detail__box">
            <Textarea
              className="complaint-detail__textarea"
              value={comment}
              placeholder="请说明不满意的原因（选填）"
              maxlength={MAX_COMMENT}
              onInput={(e) => setComment(e.detail.value)}
            />
          </View>
          <View className="complaint-detail__actions">
            <Button className="complaint-detail__action" size="large" fill="outline" onClick={() => setUnhappy(false)}>
              返回
            </Button>
            <Button
              className="complaint-detail__action"
              size="large"
              type="danger"
              data-testid="confirm-unsatisfied"
              loading={confirm.busy}
              onClick={() => send(false)}
            >
              提交不满意
            </Button>
          </View>
        </View>
      ) : (
        <View className="complaint-detail__actions">
          <Button
            className="complaint-detail__action"
            size="large"
            type="primary"
            data-testid="confirm-satisfied"
            onClick={() => setAsking(true)}
          >
            满意
          </Button>
          <Button
            className="complaint-detail__action"
            size="large"
            type="primary"
            fill="outline"
            data-testid="confirm-not-satisfied"
            onClick={() => setUnhappy(true)}
          >
            不满意
          </Button>
        </View>
      )}
      <ConfirmDialog
        visible={asking}
        title="确认满意"
        content="确认后本次投诉处理完结，客服中心将进行回访。"
        confirmText="确认满意"
        onConfirm={() => send(true)}
        onClose={() => setAsking(false)}
      />
    </Card>
  );
}

interface ComplaintDetailProps {
  complaint: ComplaintView;
  onChange: (c: ComplaintView) => void;
}

function ComplaintDetail({ complaint, onChange }: ComplaintDetailProps) {
  const reply = replyOf(complaint.timeline);
  // The function says whether the result awaits the caller's answer (only the complainant confirms).
  const confirming = complaint.next?.step === 'confirm' && complaint.next.mine;
  return (
    <View>
      <InfoCard
        title={COMPLAINT_CATEGORY_LABELS[complaint.category]}
        extra={
          <View data-testid="complaint-status">
            <ComplaintStatusTag status={complaint.status} />
          </View>
        }
        rows={[
          ['提交时间', dateTime(complaint.createdAt)],
          ['处理部门', complaint.departmentName],
          ['联系方式', complaint.contact],
        ]}
      >
        {complaint.deadline && (
          <View className="complaint-detail__deadline">
            <DeadlineBadge deadline={complaint.deadline} />
          </View>
        )}
      </InfoCard>
      <Card title="投诉内容">
        <Text className="complaint-detail__content">{complaint.content}</Text>
        {complaint.expected && (
          <View className="complaint-detail__expected">
            <Text className="complaint-detail__label">期望处理</Text>
            <Text className="complaint-detail__text">{complaint.expected}</Text>
          </View>
        )}
        {complaint.photos.length > 0 && <PhotoGrid fileIDs={complaint.photos} />}
      </Card>
      <Visit complaint={complaint} />
      {reply && (
        <Card title="处理答复" testId="complaint-reply">
          <Text className="complaint-detail__reply">{reply.text}</Text>
          <Text className="complaint-detail__when">答复于 {dateTime(reply.at)}</Text>
        </Card>
      )}
      {confirming && <ConfirmResult complaint={complaint} onConfirmed={onChange} />}
      <Card title="处理进度">
        <ComplaintTimeline entries={complaint.timeline} />
      </Card>
    </View>
  );
}

function Detail() {
  const { complaintId } = usePageParams('complaint/detail/index');
  const data = useRemote(() => call('complaint.get', { complaintId }), [complaintId], { reloadOnShow: true });
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {(complaint) => (
        // Confirming answers with the contact masked (the answer is stored for retries): keep the one read.
        <ComplaintDetail complaint={complaint} onChange={(c) => data.setData({ ...c, contact: complaint.contact })} />
      )}
    </RemoteView>
  );
}

export default definePage(Detail);
