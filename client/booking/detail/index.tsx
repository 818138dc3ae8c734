import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingAction, BookingView } from '@shared/contract';
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
import AddToCalendar, { mayAddToCalendar } from './AddToCalendar';
import { ConfirmNotice, StatusTags, UsageCard, UsageHints, bookerName, isByTheHour } from './ByTheHour';
import IntervalRebook from './IntervalRebook';
import './index.css';

interface BookingDetailProps {
  booking: BookingView;
  onChange: (b: BookingView) => void;
  /** Loads the booking again, keeping it on screen meanwhile. */
  onRefresh: () => void;
}

function BookingDetail({ booking, onChange, onRefresh }: BookingDetailProps) {
  const [asking, setAsking] = useState(false);
  // A stale refusal (cancelled meanwhile, past the deadline) loads the booking again.
  const cancel = useAction('booking.cancel', { success: '已取消预约' });
  // The answers are the booking as it is now, as for a cancel.
  const confirm = useAction('booking.confirm', { success: '已确认使用' });
  const use = useAction('booking.use', { success: '已开始使用' });

  const confirmCancel = async () => {
    const cancelled = await cancel.run({ bookingId: booking.id });
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
  /** The one primary action of the footer; using a room also confirms it, so 开始使用 comes first. */
  const primary = may('return')
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
              <Text className="detail__id">{a.idMasked}</Text>
            </View>
          ))}
        </InfoCard>
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
                onClick={() => setAsking(true)}
              >
                取消预约
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
        visible={asking}
        title="取消预约"
        content={
          booking.attendees.length
            ? '取消后名额将释放给其他观众，确定要取消这次预约吗？'
            : '取消后该时间将释放给其他人预约，确定要取消这次预约吗？'
        }
        confirmText="确认取消"
        onConfirm={confirmCancel}
        onClose={() => setAsking(false)}
      />
    </View>
  );
}

function Detail() {
  const { bookingId } = usePageParams('booking/detail/index');
  // Shown again after a change: the booking has a new slot.
  const booking = useRemote(() => call('booking.get', { bookingId }), [bookingId], { reloadOnShow: true });
  return (
    <RemoteView state={booking.state} onRetry={booking.reload}>
      {(b) => <BookingDetail booking={b} onChange={booking.setData} onRefresh={booking.refresh} />}
    </RemoteView>
  );
}

export default definePage(Detail, { withFooter: true });
