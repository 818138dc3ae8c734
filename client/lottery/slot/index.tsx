import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LOTTERY_UNCONFIRMED_LABELS } from '@shared/contract/lottery';
import type { ApplicationView, AttendeeView, LotteryView, ResourceView, WaitEntryView } from '@shared/contract/types';
import type { TemplateKind } from '@shared/contract/notice';
import Button from '../../ui/button';
import AttendeePicker from '../../components/AttendeePicker';
import ApplicationCard from '../../components/ApplicationCard';
import BlockBanner from '../../components/BlockBanner';
import WaitEntryCard from '../../components/WaitEntryCard';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { LotteryStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { loadTemplates } from '../../services/subscribe';
import { useAskFirst } from '../../services/subscribe.hook';
import { dateTime, duration, slotWhen } from '../../utils/format';
import { loadResource } from '../../booking/loadResource';
import HashValue from '../components/HashValue';
import './index.css';

/** What a loser can still hope for: unconfirmed places go down the ranks, or to the waiting list. */
const LOST_TEXT: Record<LotteryView['unconfirmed'], string> = {
  nextRanks: '如中签者逾期未确认，名额将按签位依次递补，递补成功会通知您。',
  waitlist: '中签者逾期未确认的名额将转入候补，您可以加入候补。',
};

/** The result as the applicant reads it first, once the draw is done. */
function resultOf(
  status: ApplicationView['status'],
  lottery: LotteryView,
  entry: WaitEntryView | null,
): { title: string; text: string; won: boolean } | undefined {
  // A loser on the waiting list: where the line has got them.
  if (status === 'lost' && entry?.status === 'promoted') {
    return {
      title: '候补成功',
      text: '中签者未确认的名额已转给您，预约已生效，可在“我的预约”中查看入场码。',
      won: true,
    };
  }
  if (status === 'lost' && entry?.status === 'waiting') {
    return { title: '很遗憾，未中签', text: '您已加入候补，有名额释放时将按候补顺序为您自动预约。', won: false };
  }
  switch (status) {
    case 'won':
      return { title: '恭喜，您已中签', text: '请在确认时限内确认预约，逾期名额将重新分配。', won: true };
    case 'confirmed':
      return { title: '恭喜，您已中签', text: '已确认预约，可在“我的预约”中查看入场码。', won: true };
    case 'lost':
      return { title: '很遗憾，未中签', text: LOST_TEXT[lottery.unconfirmed], won: false };
    case 'forfeited':
      return { title: '中签后未按时确认', text: '确认时限已过，名额已重新分配。', won: false };
  }
  return undefined;
}

/** Lottery facts everyone sees: the slot, the window, the draw time, places and applicants. */
function LotteryInfo({ lottery, resource }: { lottery: LotteryView; resource: ResourceView }) {
  return (
    <InfoCard
      title={lottery.resourceName}
      extra={
        <View data-testid="lottery-status">
          <LotteryStatusTag status={lottery.status} />
        </View>
      }
      rows={[
        ['时间', slotWhen(lottery.start, lottery.end)],
        ['地点', resource.location],
        ['报名时间', `${dateTime(lottery.opensAt)} 至 ${dateTime(lottery.closesAt)}`],
        ['开奖时间', dateTime(lottery.drawnAt ?? lottery.drawAt)],
        ['名额', `${lottery.places}人`],
        ['已报名', `${lottery.applicants}组 · 共${lottery.people}人`],
        ['中签', lottery.winners === undefined ? undefined : `${lottery.winners}组`],
      ]}
    />
  );
}

/** The published commitment, and after the draw the way to check it. */
function Commitment({ lottery }: { lottery: LotteryView }) {
  return (
    <Card title="抽签承诺">
      <HashValue label="承诺值" value={lottery.commitment} testId="lottery-commitment" />
      <Text className="lottery__explain">抽签种子的SHA-256承诺，开奖后公布种子，任何人可复核</Text>
      {lottery.status === 'drawn' && (
        <Text
          className="card__link"
          data-testid="lottery-verify"
          onClick={() => navigate('lottery/verify/index', { slotId: lottery.slotId })}
        >
          验证抽签结果 ›
        </Text>
      )}
    </Card>
  );
}

/** The messages an application will send: the draw's result, then the visit's reminder. */
const APPLY_KINDS: TemplateKind[] = ['lottery_result', 'booking_reminder'];
/** A loser on the waiting list: the promotion, then the reminder. */
const WAITLIST_KINDS: TemplateKind[] = ['waitlist_promoted', 'booking_reminder'];

interface ApplyFormProps {
  lottery: LotteryView;
  resource: ResourceView;
  attendees: AttendeeView[];
  onApplied: () => void;
}

function ApplyForm({ lottery, resource, attendees, onApplied }: ApplyFormProps) {
  const [selected, setSelected] = useState<string[]>([]);
  const apply = useAction('lottery.apply', { success: '报名成功' });
  const { asking, askFirst } = useAskFirst();
  const { maxAttendees, lottery: rules } = resource.policy;

  const submit = async () => {
    if (asking || apply.busy) return;
    await askFirst(APPLY_KINDS);
    if (!(await apply.run({ slotId: lottery.slotId, attendeeIds: selected }))) return;
    setSelected([]);
    onApplied();
  };

  return (
    <View>
      <AttendeePicker
        attendees={attendees}
        maxAttendees={maxAttendees}
        max={Math.min(maxAttendees, lottery.places)}
        value={selected}
        onChange={setSelected}
      />
      <Text className="lottery__note">
        一次报名的参观人为一组，一起中签或一起未中签；每个证件每个时段只能报名一次。开奖后中签者须在
        {duration(rules.confirmHours * 60)}
        内确认预约，逾期名额{LOTTERY_UNCONFIRMED_LABELS[lottery.unconfirmed]}。
      </Text>
      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          data-testid="lottery-apply"
          loading={apply.busy || asking}
          disabled={!selected.length}
          onClick={submit}
        >
          报名抽签
        </Button>
      </FooterBar>
    </View>
  );
}

/** Where the caller stands when they have no application: too late to apply, or not drawn in. */
function NotApplied({ lottery }: { lottery: LotteryView }) {
  const text =
    lottery.status === 'drawn'
      ? '本场已开奖，您没有报名本场抽签。'
      : `报名已截止，将于 ${dateTime(lottery.drawAt)} 开奖。`;
  return <Text className="lottery__note">{text}</Text>;
}

/** A loser joins the waiting list with the same attendees (when unconfirmed places go there). */
function JoinWaitlist({ application, onJoined }: { application: ApplicationView; onJoined: () => void }) {
  const join = useAction('waitlist.join', { success: '已加入候补' });
  const { asking, askFirst } = useAskFirst();
  const submit = async () => {
    if (asking || join.busy) return;
    await askFirst(WAITLIST_KINDS);
    if (await join.run({ slotId: application.slotId, attendeeIds: application.attendees.map((a) => a.id) })) onJoined();
  };
  return (
    <FooterBar>
      <Button
        type="primary"
        block
        size="large"
        data-testid="lottery-join-waitlist"
        loading={join.busy || asking}
        onClick={submit}
      >
        加入候补
      </Button>
    </FooterBar>
  );
}

function Result({
  application,
  lottery,
  entry,
}: {
  application: ApplicationView;
  lottery: LotteryView;
  entry: WaitEntryView | null;
}) {
  const result = resultOf(application.status, lottery, entry);
  if (!result) return null;
  return (
    <View className={`lottery__result${result.won ? ' lottery__result--won' : ''}`} data-testid="lottery-result">
      <Text className="lottery__result-title">{result.title}</Text>
      <Text className="lottery__result-text">{result.text}</Text>
    </View>
  );
}

function LotterySlot() {
  const { slotId } = usePageParams('lottery/slot/index');
  const data = useRemote(
    async () => {
      const lottery = await call('lottery.get', { slotId });
      const [resource, attendees, mine, waiting] = await Promise.all([
        loadResource(lottery.venueId, lottery.resourceId),
        call('attendee.list', {}),
        call('lottery.mine', {}),
        call('waitlist.mine', {}),
        // The template ids must be known before the tap that asks for them; never fails the page.
        loadTemplates(),
      ]);
      // A withdrawn application no longer counts: the caller may apply again while applications are open.
      const application = mine.find((a) => a.slotId === slotId && a.status !== 'withdrawn') ?? null;
      const entry: WaitEntryView | null = waiting.find((w) => w.slotId === slotId && w.status !== 'left') ?? null;
      return { lottery, resource, attendees, application, entry };
    },
    [slotId],
    { reloadOnShow: true },
  );
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {({ lottery, resource, attendees, application, entry }) => {
        const open = lottery.status === 'open';
        const canWait = application?.status === 'lost' && lottery.unconfirmed === 'waitlist' && !entry;
        return (
          <View>
            {application && <Result application={application} lottery={lottery} entry={entry} />}
            {open && !application && <BlockBanner />}
            <LotteryInfo lottery={lottery} resource={resource} />
            <Commitment lottery={lottery} />
            {application ? (
              <View>
                <Text className="section-title">我的报名</Text>
                <ApplicationCard application={application} withdrawable={open} onChange={data.refresh} />
                {entry && <WaitEntryCard entry={entry} onLeft={data.refresh} />}
                {canWait && <JoinWaitlist application={application} onJoined={data.refresh} />}
              </View>
            ) : open ? (
              <ApplyForm lottery={lottery} resource={resource} attendees={attendees} onApplied={data.refresh} />
            ) : (
              <NotApplied lottery={lottery} />
            )}
          </View>
        );
      }}
    </RemoteView>
  );
}

export default definePage(LotterySlot, { withFooter: true });
