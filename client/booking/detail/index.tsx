import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingAction, BookingView } from '@shared/contract';
import { yuan } from '@shared/rules/money';
import Button from '../../ui/button';
import Card from '../../components/Card';
import ConfirmDialog from '../../components/ConfirmDialog';
import EntryPass from '../../components/EntryPass';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RebookOffer from '../../components/RebookOffer';
import RemoteView from '../../components/RemoteView';
import VisitRating from '../../components/VisitRating';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateTime, slotWhen } from '../../utils/format';
import OrderCard from '../components/OrderCard';
import AddToCalendar, { mayAddToCalendar } from './AddToCalendar';
import { ConfirmNotice, StatusTags, UsageCard, UsageHints, bookerName, isByTheHour } from './ByTheHour';
import IntervalRebook from './IntervalRebook';
import { refundNotice } from './orderRules';
import PayCountdown from './PayCountdown';
import { usePayOrder } from './usePayOrder';
import './index.css';

interface BookingDetailProps {
  booking: BookingView;
  onChange: (b: BookingView) => void;
  /** Loads the booking again, keeping it on screen meanwhile. */
  onRefresh: () => void;
}

/** The toast of a cancel: an unpaid order given up, a paid one's refund on its way, or a booking cancelled. */
function cancelledText(b: BookingView): string {
  if (b.order?.status === 'cancelled') return '订单已取消';
  if (b.order && b.order.refundedFen > 0) return `已取消，${yuan(b.order.refundedFen)}将原路退回`;
  return '已取消预约';
}

/** What the cancel dialog asks: an unpaid order, a paid ticket with the refund it gets now, or a booking. */
function cancelQuestion(booking: BookingView): string {
  const refundRule = booking.order?.refundRule;
  if (booking.status === 'pending_payment') return '取消后名额将释放给其他观众，确定要取消这个订单吗？';
  const refund = booking.order && refundRule && refundNotice(booking.order, booking.start, Date.now(), refundRule);
  if (refund) return `${refund}，确定要取消这次预约吗？`;
  return booking.attendees.length
    ? '取消后名额将释放给其他观众，确定要取消这次预约吗？'
    : '取消后该时间将释放给其他人预约，确定要取消这次预约吗？';
}

/** What giving back one ticket of a group order asks: the refund that ticket gets now. */
function returnQuestion(booking: BookingView, attendeeId: string): string {
  const order = booking.order as NonNullable<BookingView['order']>;
  const line = order.lines.filter((l) => l.attendeeId === attendeeId);
  const name = booking.attendees.find((a) => a.id === attendeeId)?.name ?? '该参观人';
  const refund = refundNotice({ ...order, lines: line }, booking.start, Date.now(), order.refundRule);
  return `${refund ? `${refund}，` : ''}确定要退${name}的票吗？其他人的票不受影响。`;
}

function BookingDetail({ booking, onChange, onRefresh }: BookingDetailProps) {
  // What the cancel dialog asks about: the whole booking, or one ticket of a group order (its attendee).
  const [asking, setAsking] = useState<'all' | string | null>(null);
  // A stale refusal (cancelled meanwhile, past the deadline) loads the booking again.
  const cancel = useAction('booking.cancel', { success: cancelledText });
  const giveBack = useAction('booking.cancel', { success: '已退票' });
  const payment = usePayOrder(booking, onChange);
  // The answers are the booking as it is now, as for a cancel.
  const confirm = useAction('booking.confirm', { success: '已确认使用' });
  const use = useAction('booking.use', { success: '已开始使用' });

  const confirmCancel = async () => {
    const one = asking !== 'all' ? asking : null;
    const cancelled = one
      ? await giveBack.run({ bookingId: booking.id, attendeeIds: [one] })
      : await cancel.run({ bookingId: booking.id });
    if (cancelled) onChange(cancelled);
  };

  const byTheHour = isByTheHour(booking);
  const may = (action: BookingAction) => booking.actions.includes(action);
  // booking/change moves a booking to another slot, or a booking by the hour to another range.
  const mayChange = may('change');
  // A room or an item is rated once its use has ended, not while the meeting is on.
  const ratedNow = !byTheHour || booking.returned !== undefined;
  const run = async (action: typeof confirm) => {
    const now = await action.run({ bookingId: booking.id });
    if (now) onChange(now);
  };
  const unpaid = booking.status === 'pending_payment';
  const cancelLabel = unpaid ? '取消订单' : '取消预约';
  // A paid group order gives back one ticket at a time, the others kept (the last one is the booking's cancel).
  const returnable =
    may('cancel') && !unpaid && booking.order?.paidAt && booking.attendees.length > 1
      ? (attendeeId: string) => setAsking(attendeeId)
      : undefined;
  /**
   * The one primary action of the footer: 去支付 while a ticket waits for its payment; using a room also
   * confirms it, so 开始使用 comes before 确认使用.
   */
  const primary = may('pay')
    ? { label: '去支付', testId: 'pay-order', busy: payment.paying, onClick: payment.run }
    : may('return')
      ? {
          label: '结束使用',
          testId: 'return-booking',
          busy: false,
          onClick: () => navigate('booking/return/index', { bookingId: booking.id }),
        }
      : may('use')
        ? { label: '开始使用', testId: 'use-booking', busy: use.busy, onClick: () => run(use) }
        : may('confirm')
          ? { label: '确认使用', testId: 'confirm-booking', busy: confirm.busy, onClick: () => run(confirm) }
          : undefined;

  return (
    <View>
      <InfoCard
        title={booking.resourceName}
        extra={<StatusTags booking={booking} />}
        rows={[
          ['场馆', booking.venueName],
          ['地点', booking.location],
          ['时间', slotWhen(booking.start, booking.end)],
          ['使用目的', booking.purpose],
          ['人数', booking.headcount === undefined ? undefined : `${booking.headcount}人`],
          [
            '预约人',
            booking.booker && [bookerName(booking.booker), booking.booker.phoneMasked].filter(Boolean).join(' '),
          ],
          ['原因', booking.reason],
          ['预约号', booking.id],
          ['下单时间', dateTime(booking.createdAt)],
          ['确认使用', booking.confirmedAt && `已确认 · ${dateTime(booking.confirmedAt)}`],
        ]}
      >
        {booking.status === 'pending_approval' && (
          <Text className="detail__hint">场馆审核中，结果将通过消息通知您。</Text>
        )}
        <UsageHints booking={booking} />
        {mayAddToCalendar(booking, Date.now()) && <AddToCalendar booking={booking} />}
      </InfoCard>
      {/* Waiting for its payment the order comes first, with the time left; once paid, after the pass. */}
      {booking.order && unpaid && (
        <OrderCard order={booking.order} attendees={booking.attendees}>
          <PayCountdown holdUntil={booking.order.holdUntil} onExpired={onRefresh} />
        </OrderCard>
      )}
      {may('confirm') && <ConfirmNotice booking={booking} />}
      {may('pass') && <EntryPass booking={booking} onStale={onRefresh} />}
      {byTheHour && <UsageCard booking={booking} />}
      {!byTheHour && booking.status === 'checked_in' && booking.checkedInAt && (
        <Card title="入场码">
          <Text className="detail__checked-in" data-testid="checked-in">
            已入场 · {dateTime(booking.checkedInAt)}
          </Text>
        </Card>
      )}
      {(booking.feedback || (may('rate') && ratedNow)) && (
        <VisitRating
          bookingId={booking.id}
          byTheHour={byTheHour}
          feedback={booking.feedback}
          onRated={(feedback) =>
            onChange({ ...booking, feedback, actions: booking.actions.filter((a) => a !== 'rate') })
          }
        />
      )}
      {may('rebook') && byTheHour && <IntervalRebook booking={booking} onStale={onRefresh} />}
      {may('rebook') && !byTheHour && (
        <Card title="改约">
          <RebookOffer bookingId={booking.id} alternatives={booking.alternatives ?? []} onRebooked={onChange} />
        </Card>
      )}
      {booking.attendees.length > 0 && (
        <InfoCard title={`参观人（${booking.attendees.length}人）`}>
          {booking.attendees.map((a) => (
            <View key={a.id} className="detail__person">
              <Text className="detail__name">{a.name}</Text>
              {a.seat && (
                <Text className="detail__seat" data-testid={`seat-${a.id}`}>
                  {a.seat}
                </Text>
              )}
              <Text className="detail__id">{a.idMasked}</Text>
            </View>
          ))}
        </InfoCard>
      )}
      {booking.order && !unpaid && (
        <OrderCard order={booking.order} attendees={booking.attendees} onReturn={returnable} />
      )}
      {may('complain') && (
        <Text
          className="detail__complain"
          data-testid="complain-booking"
          onClick={() => navigate('complaint/file/index', { bookingId: booking.id })}
        >
          {byTheHour ? '对这次使用有意见？' : '对这次参观有意见？'}投诉建议 ›
        </Text>
      )}
      {mayChange && <Text className="detail__note">开始前可改期的截止时间：{dateTime(booking.changeDeadline)}</Text>}
      {may('cancel') && (
        <Text className="detail__note">开始前可取消的截止时间：{dateTime(booking.cancelDeadline)}</Text>
      )}
      {(mayChange || may('cancel') || primary) && (
        <FooterBar>
          <View className="detail__actions">
            {mayChange && (
              <Button
                className="detail__action"
                size="large"
                type="primary"
                fill="outline"
                data-testid="change-booking"
                onClick={() => navigate('booking/change/index', { bookingId: booking.id })}
              >
                改期
              </Button>
            )}
            {may('cancel') && (
              <Button
                className="detail__action"
                size="large"
                type="danger"
                fill="outline"
                loading={cancel.busy}
                onClick={() => setAsking('all')}
              >
                {cancelLabel}
              </Button>
            )}
            {primary && (
              <Button
                className="detail__action"
                size="large"
                type="primary"
                data-testid={primary.testId}
                loading={primary.busy}
                onClick={primary.onClick}
              >
                {primary.label}
              </Button>
            )}
          </View>
        </FooterBar>
      )}
      <ConfirmDialog
        visible={asking !== null}
        title={asking === 'all' || asking === null ? cancelLabel : '退票'}
        content={asking === null ? '' : asking === 'all' ? cancelQuestion(booking) : returnQuestion(booking, asking)}
        confirmText={asking === 'all' || asking === null ? '确认取消' : '确认退票'}
        onConfirm={confirmCancel}
        onClose={() => setAsking(null)}
      />
    </View>
  );
}

function Detail() {
  const { bookingId } = usePageParams('booking/detail/index');
  // Shown again after a change: the booking has a new slot.
  const detail = useRemote(() => call('booking.get', { bookingId }), [bookingId], { reloadOnShow: true });
  return (
    <RemoteView state={detail.state} onRetry={detail.reload}>
      {(booking) => <BookingDetail booking={booking} onChange={(b) => detail.setData(b)} onRefresh={detail.refresh} />}
    </RemoteView>
  );
}

export default definePage(Detail, { withFooter: true });
