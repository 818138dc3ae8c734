import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_CHANNEL_LABELS, COMPLEXITY_LABELS } from '@shared/contract/complaint';
import type { ComplaintView } from '@shared/contract/types';
import Card from '../../components/Card';
import ComplaintTimeline from '../../components/ComplaintTimeline';
import DeadlineBadge from '../../components/DeadlineBadge';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ComplaintStatusTag, ToneTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { toastSuccess } from '../../services/toast';
import { imageUrl } from '../../services/storage';
import { dateTime } from '../../utils/format';
import StepPanel from './StepPanel';
import './index.css';

function Photos({ photos }: { photos: string[] }) {
  const urls = photos.map(imageUrl);
  return (
    <View className="complaint__photos">
      {urls.map((src) => (
        <Image
          key={src}
          className="complaint__photo"
          src={src}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ urls, current: src })}
        />
      ))}
    </View>
  );
}

function Summary({ complaint: c, waiting }: { complaint: ComplaintView; waiting?: string }) {
  const breached = Boolean(c.deadline?.breached);
  return (
    <Card
      title={COMPLAINT_CATEGORY_LABELS[c.category]}
      extra={<ComplaintStatusTag status={c.status} />}
      testId="complaint-summary"
    >
      {(breached || c.reopens > 0) && (
        <View className="complaint__flags">
          {breached && <ToneTag tone="danger" label="超时" />}
          {c.reopens > 0 && <ToneTag tone="warning" label={`重新处理${c.reopens}次`} />}
        </View>
      )}
      <Text className="complaint__content">{c.content}</Text>
      {c.expected && <Text className="complaint__expected">期望的解决方式：{c.expected}</Text>}
      {c.photos.length > 0 && <Photos photos={c.photos} />}
      {c.deadline && (
        <View className="complaint__deadline">
          <DeadlineBadge deadline={c.deadline} />
        </View>
      )}
      {waiting && (
        <Text className="complaint__awaiting" data-testid="complaint-awaiting">
          {waiting}
        </Text>
      )}
    </Card>
  );
}

function visitRows(visit: ComplaintView['visit']): [string, string | undefined][] {
  if (!visit) return [];
  return [
    ['关联预约', `${visit.venueName} · ${visit.resourceName}`],
    ['参观时间', dateTime(visit.start)],
    ['入场核验', visit.checkedInAt ? `已于 ${dateTime(visit.checkedInAt)} 核验入场` : '未核验入场'],
  ];
}

function Details({ complaint: c }: { complaint: ComplaintView }) {
  return (
    <InfoCard
      title="投诉信息"
      testId="complaint-info"
      rows={[
        ['来源', COMPLAINT_CHANNEL_LABELS[c.channel]],
        ['投诉人', c.name ?? (c.online ? '小程序用户' : undefined)],
        ['联系方式', c.contact],
        ['提交时间', dateTime(c.createdAt)],
        ...visitRows(c.visit),
        ['处理部门', c.departmentName ?? '尚未转交'],
        ['复杂程度', c.complexity && COMPLEXITY_LABELS[c.complexity]],
        ['重新处理', `${c.reopens} 次`],
        ['超时', `${c.breaches} 次`],
        ['是否满意', c.satisfied === undefined ? undefined : c.satisfied ? '满意' : '不满意'],
      ]}
    />
  );
}

function ComplaintDetail({ complaint, onChange }: { complaint: ComplaintView; onChange: (c: ComplaintView) => void }) {
  const step = complaint.next?.mine ? complaint.next.step : null;
  return (
    <View>
      <Summary complaint={complaint} waiting={complaint.awaiting} />
      <Details complaint={complaint} />
      {step && (
        <StepPanel
          key={`${complaint.id}-${complaint.status}`}
          step={step}
          complaint={complaint}
          onDone={(next, message) => {
            onChange(next);
            toastSuccess(message);
          }}
        />
      )}
      <Card title="处理记录">
        <ComplaintTimeline entries={complaint.timeline} />
      </Card>
    </View>
  );
}

/**
 * A step's answer carries the contact and name masked (it is stored to answer retries); the full ones,
 * which the desk calls back on, are those complaint.get gave this page.
 */
const keepPersonalData = (next: ComplaintView, read: ComplaintView): ComplaintView => ({
  ...next,
  contact: read.contact,
  name: read.name,
});

function Detail() {
  const { complaintId } = usePageParams('manager/complaint/index');
  const data = useRemote(() => call('complaint.get', { complaintId }), [complaintId]);
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {(complaint) => (
        <ComplaintDetail complaint={complaint} onChange={(next) => data.setData(keepPersonalData(next, complaint))} />
      )}
    </RemoteView>
  );
}

export default definePage(Detail);
