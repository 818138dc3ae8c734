// What the detail page shows of a booking by the hour (seed 004: meeting rooms, the showroom, equipment):
// its status as people in an office say it, the confirmation it awaits, and its use from start to return.
import { Text, View } from '@tarojs/components';
import type { BookingView } from '@shared/contract';
import { RETURN_CONDITION_LABELS } from '@shared/contract/booking';
import { monthDayTime } from '@shared/dates';
import Card from '../../components/Card';
import { BookingStatusTag, ToneTag } from '../../components/StatusTag';
import { dateTime } from '../../utils/format';
import PhotoGrid from '../../complaint/components/PhotoGrid';

/** A booking by the hour has a purpose (使用目的); a booking of a slot never has one. */
export const isByTheHour = (b: BookingView) => b.purpose !== undefined;

/** Who booked, as the page and the calendar name them: the colleague with their department, 李雷（市场部）. */
export const bookerName = ({ name, department }: NonNullable<BookingView['booker']>) =>
  department ? `${name}（${department}）` : name;

/**
 * The status tag, and 未归还 beside it for equipment kept past its end. A room or an item in use reads 使用中
 * rather than 已入场, and 已结束 once its use has ended.
 */
export function StatusTags({ booking }: { booking: BookingView }) {
  const inUse = isByTheHour(booking) && booking.status === 'checked_in';
  return (
    <View className="detail__tags" data-testid="booking-status">
      {!inUse && <BookingStatusTag status={booking.status} />}
      {inUse && !booking.returned && <ToneTag tone="primary" label="使用中" />}
      {inUse && booking.returned && <ToneTag tone="muted" label="已结束" />}
      {booking.unreturned && <ToneTag tone="danger" label="未归还" />}
    </View>
  );
}

/** An approved booking that lapses unless its applicant confirms it in time. */
export function ConfirmNotice({ booking }: { booking: BookingView }) {
  if (!booking.confirmBy) return null;
  const alsoByUse = booking.actions.includes('use');
  return (
    <Card title="待确认使用" testId="confirm-notice">
      <Text className="detail__notice">
        审核已通过，请在 {monthDayTime(booking.confirmBy)} 前确认使用，逾期自动释放
        {alsoByUse ? '；开始使用即视为确认。' : '。'}
      </Text>
    </Card>
  );
}

/** The hints of the info card: where equipment is collected, and that it is overdue. */
export function UsageHints({ booking }: { booking: BookingView }) {
  const active = ['pending_approval', 'confirmed', 'checked_in'].includes(booking.status) && !booking.returned;
  return (
    <>
      {booking.equipment && active && !booking.unreturned && (
        <Text className="detail__hint detail__hint--info" data-testid="equipment-hint">
          设备请到管理处领取和归还
        </Text>
      )}
      {booking.unreturned && (
        <Text className="detail__hint detail__hint--danger" data-testid="unreturned-hint">
          已超过预约结束时间，请尽快将设备归还管理处
        </Text>
      )}
    </>
  );
}

/** From the start of use (the booker's own, or the item handed out by staff) to its end and the condition. */
export function UsageCard({ booking }: { booking: BookingView }) {
  const { checkedInAt, returned } = booking;
  if (!checkedInAt && !returned) return null;
  const damaged = returned?.condition === 'damaged';
  return (
    <Card title="使用情况" testId="usage">
      {checkedInAt && (
        <Text className={returned ? 'detail__usage-line' : 'detail__checked-in'} data-testid="checked-in">
          {booking.equipment ? '已领取' : '开始使用'} · {dateTime(checkedInAt)}
        </Text>
      )}
      {returned && (
        <View className="detail__returned" data-testid="returned">
          <Text className={`detail__returned-title${damaged ? ' detail__returned-title--damaged' : ''}`}>
            已结束使用 · {RETURN_CONDITION_LABELS[returned.condition]}
            {damaged && returned.note ? `：${returned.note}` : ''}
          </Text>
          <Text className="detail__usage-line">结束时间 · {dateTime(returned.at)}</Text>
          {damaged && <Text className="detail__routed">已转行政部处理（设施设备）</Text>}
          {damaged && returned.photos?.length ? <PhotoGrid fileIDs={returned.photos} /> : null}
        </View>
      )}
    </Card>
  );
}
