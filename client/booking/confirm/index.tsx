import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { AttendeeView, BookingView, ResourceView, SlotView, TemplateKind, WaitEntryView } from '@shared/contract';
import { ERROR_MESSAGES } from '@shared/errors';
import { yuan } from '@shared/rules/money';
import { DEFAULT_PRICING } from '@shared/rules/policy';
import Button from '../../ui/button';
import AttendeePicker from '../../components/AttendeePicker';
import BlockBanner from '../../components/BlockBanner';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { SlotStatusTag } from '../../components/StatusTag';
import WaitEntryCard from '../../components/WaitEntryCard';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { redirect, switchTab } from '../../services/navigate';
import { loadTemplates } from '../../services/subscribe';
import { useAskFirst } from '../../services/subscribe.hook';
import { slotWhen } from '../../utils/format';
import TicketTypes from '../components/TicketTypes';
import { loadResource } from '../loadResource';
import { refundText } from '../resource/priceRules';
import { ticketOrder, type TicketChoice } from './tickets';
import { assignSeats } from './seated';
import { indexSeats, parseSeatsParam, type SeatIndex } from '../seats/selection';
import { priceOf } from '@shared/rules/pricing';
import './index.css';

interface Props {
  resource: ResourceView;
  slot: SlotView;
  attendees: AttendeeView[];
  /** A seated session: the seats chosen on the map (booking/seats), and the map's seats. */
  seating?: { seatIds: string[]; index: SeatIndex };
  /** Joining the full slot's waiting list instead of booking it. */
  waitlist: boolean;
}

/** After joining: the entry with its place in the queue. */
function Joined({ entry, onLeft }: { entry: WaitEntryView; onLeft: (entry: WaitEntryView) => void }) {
  return (
    <View>
      {entry.status === 'waiting' && (
        <View className="confirm__joined" data-testid="waitlist-joined">
          <Text className="confirm__joined-title">
            已加入候补{entry.position !== null && `，当前第${entry.position}位`}
          </Text>
          <Text className="confirm__joined-text">有名额释放时，将按候补顺序自动为所选参观人预约，并发消息通知您。</Text>
        </View>
      )}
      <WaitEntryCard entry={entry} onLeft={onLeft} />
      <FooterBar>
        <Button type="primary" block size="large" onClick={() => switchTab('pages/bookings/index')}>
          查看我的预约
        </Button>
      </FooterBar>
    </View>
  );
}

/** The messages a booking will send: its result (the review's, when the venue approves each booking), the reminder, a change. */
const bookingKinds = (resource: ResourceView): TemplateKind[] => [
  resource.policy.requiresApproval ? 'approval_result' : 'booking_success',
  'booking_reminder',
  'booking_changed',
];
const WAITLIST_KINDS: TemplateKind[] = ['waitlist_promoted', 'booking_reminder', 'booking_changed'];

/** A paid ticket is booked once paid: until then the order only holds the places for the payment. */
const bookedText = (resource: ResourceView) => (b: BookingView) =>
  b.status === 'pending_payment'
    ? `订单已提交，请在${resource.policy.pricing?.holdMinutes ?? DEFAULT_PRICING.holdMinutes}分钟内支付`
    : '预约成功';

function ConfirmForm({ resource, slot, attendees, waitlist, seating }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const [entry, setEntry] = useState<WaitEntryView | null>(null);
  const [chosen, setChosen] = useState<TicketChoice>({});
  const { asking, askFirst } = useAskFirst();
  const create = useAction('booking.create', { success: bookedText(resource) });
  const join = useAction('waitlist.join', { success: '已加入候补' });
  // A waiting group is booked together once enough places free up, so only the policy limits it.
  // On a seated session, one attendee per seat chosen on the map.
  const max = seating
    ? seating.seatIds.length
    : waitlist
      ? resource.policy.maxAttendees
      : Math.min(resource.policy.maxAttendees, slot.remaining);
  const seats = seating && assignSeats(selected, seating.seatIds, seating.index);
  // Joining a waiting list takes no tickets (waitlist.join has no ticket types).
  const pricing = waitlist ? undefined : resource.policy.pricing;
  const order = pricing && ticketOrder(pricing, selected, chosen, seats?.zones);
  const ready = seating ? selected.length === seating.seatIds.length : selected.length > 0;

  const book = async () => {
    if (asking || create.busy) return;
    await askFirst(bookingKinds(resource));
    const booking = await create.run({
      slotId: slot.id,
      attendeeIds: selected,
      ...(order ? { ticketTypes: order.types } : {}),
      ...(seats ? { seats: seats.seats } : {}),
    });
    if (booking) setTimeout(() => redirect('booking/detail/index', { bookingId: booking.id }), 800);
  };

  const joinWaitlist = async () => {
    if (asking || join.busy) return;
    await askFirst(WAITLIST_KINDS);
    const joined = await join.run({ slotId: slot.id, attendeeIds: selected });
    if (joined) setEntry(joined);
  };

  if (entry) return <Joined entry={entry} onLeft={setEntry} />;

  return (
    <View>
      <BlockBanner />
      <InfoCard
        title={resource.name}
        extra={<SlotStatusTag status={slot.status} />}
        rows={[
          ['时间', slotWhen(slot.start, slot.end)],
          ['地点', resource.location],
          ['余量', `${slot.remaining} / ${slot.capacity}`],
          ['候补', waitlist ? `${slot.waiting}人排队中` : undefined],
        ]}
      />
      <AttendeePicker
        attendees={attendees}
        maxAttendees={resource.policy.maxAttendees}
        max={max}
        value={selected}
        onChange={setSelected}
      />
      {order && selected.length > 0 && (
        <TicketTypes
          pricing={order.pricing}
          attendees={selected.map((id) => {
            const a = attendees.find((x) => x.id === id) as AttendeeView;
            return { id, name: seats?.labels[id] ? `${a.name} · ${seats.labels[id]}` : a.name };
          })}
          value={order.types}
          onChange={(attendeeId, type) => setChosen({ ...chosen, [attendeeId]: type })}
          total={order.totalFen}
          priceOf={(attendeeId, type) => priceOf(order.pricing, type, { zoneId: seats?.zones[attendeeId] })}
        />
      )}
      {seating && (
        <Text className="confirm__note" data-testid="seat-note">
          已选{seating.seatIds.length}个座位，请选择{seating.seatIds.length}位参观人，按选择先后依次对应座位。
        </Text>
      )}
      <Text className="confirm__note">
        {waitlist
          ? '候补按加入先后排序；有名额释放时自动为所选参观人预约，候补成功的预约同样可以取消。'
          : `请携带所选参观人的有效证件，开始前${resource.policy.checkinOpensMinutesBefore}分钟起可入场核验。`}
      </Text>
      {order && (
        <Text className="confirm__note" data-testid="order-rules">
          提交后请在{order.pricing.holdMinutes}分钟内完成支付，逾期名额自动释放。{refundText(order.pricing.refund)}。
        </Text>
      )}
      <FooterBar>
        {waitlist ? (
          <Button
            type="primary"
            block
            size="large"
            loading={join.busy || asking}
            disabled={!selected.length}
            onClick={joinWaitlist}
          >
            加入候补
          </Button>
        ) : (
          <Button type="primary" block size="large" loading={create.busy || asking} disabled={!ready} onClick={book}>
            {order ? `提交订单${selected.length ? ` ${yuan(order.totalFen)}` : ''}` : '确认预约'}
          </Button>
        )}
      </FooterBar>
    </View>
  );
}

function Confirm() {
  const { venueId, resourceId, slotId, date, mode, seats } = usePageParams('booking/confirm/index');
  const seatIds = parseSeatsParam(seats);
  const waitlist = mode === 'waitlist';
  useEffect(() => {
    if (waitlist) Taro.setNavigationBarTitle({ title: '加入候补' });
  }, [waitlist]);
  const data = useRemote(
    async () => {
      const [resource, slots, attendees, map] = await Promise.all([
        loadResource(venueId, resourceId),
        call('slot.list', { resourceId, from: date, to: date }),
        call('attendee.list', {}),
        seatIds.length ? call('slot.seats', { slotId }) : null,
        // The template ids must be known before the tap that asks for them; never fails the page.
        loadTemplates(),
      ]);
      const slot = slots.find((s) => s.id === slotId);
      if (!slot) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
      return { resource, slot, attendees, ...(map ? { seating: { seatIds, index: indexSeats(map.seatMap) } } : {}) };
    },
    [venueId, resourceId, slotId, date, seats],
    { reloadOnShow: true },
  );
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {(props) => <ConfirmForm {...props} waitlist={waitlist} />}
    </RemoteView>
  );
}

export default definePage(Confirm, { withFooter: true });
