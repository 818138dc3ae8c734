import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { BookingView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../../components/Card';
import EntryPass from '../../components/EntryPass';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { BookingStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { usePolling } from '../../hooks/usePolling';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateTime, slotWhen } from '../../utils/format';
import { deskName, deskSms, shortBookingNo } from './sms';
import './index.css';

interface PassProps {
  booking: BookingView;
  /** Loads the booking again, keeping it on screen meanwhile. */
  onRefresh: () => void;
}

/** 复制短信内容, and 办理入场 while the function says the check-in window is open (its clock decides). */
function PassActions({ booking, onRefresh }: PassProps) {
  const manual = useAction('checkin.manual', { success: '已办理入场' });
  const open = booking.actions.includes('checkin');

  const checkIn = async () => {
    if (await manual.run({ bookingId: booking.id })) onRefresh();
  };

  return (
    <View>
      {booking.status === 'confirmed' && !open && (
        <Text className="desk-pass__window" data-testid="desk-checkin-window">
          {`${dateTime(booking.checkinOpensAt)} 起可办理入场`}
        </Text>
      )}
      <FooterBar>
        <View className="desk-pass__actions">
          <Button
            className="desk-pass__action"
            size="large"
            type="primary"
            fill="outline"
            data-testid="desk-copy-sms"
            onClick={() => Taro.setClipboardData({ data: deskSms(booking) })}
          >
            复制短信内容
          </Button>
          {booking.status === 'confirmed' && (
            <Button
              className="desk-pass__action"
              size="large"
              type="primary"
              disabled={!open}
              loading={manual.busy}
              data-testid="desk-checkin"
              onClick={checkIn}
            >
              办理入场
            </Button>
          )}
        </View>
      </FooterBar>
    </View>
  );
}

function Pass({ booking, onRefresh }: PassProps) {
  const { desk } = booking;
  return (
    <View>
      <InfoCard
        title={booking.resourceName}
        extra={<BookingStatusTag status={booking.status} />}
        testId="desk-booking"
        rows={[
          ['场馆', booking.venueName],
          ['地点', booking.location],
          ['时间', slotWhen(booking.start, booking.end)],
          ['姓名', deskName(booking)],
          ['手机号', desk?.phoneMasked],
          ['证件', booking.attendees[0]?.idMasked],
          ['单位/公司', desk?.company],
          ['特殊需求', desk?.needs],
          ['原因', booking.reason],
          ['预约号', shortBookingNo(booking.id)],
          ['经办人', desk?.bookedBy.name],
          ['下单时间', dateTime(booking.createdAt)],
        ]}
      />
      {booking.actions.includes('pass') && <EntryPass booking={booking} onStale={onRefresh} />}
      {booking.status === 'checked_in' && booking.checkedInAt && (
        <Card title="入场码">
          <Text className="desk-pass__checked-in" data-testid="desk-checked-in">
            已入场 · {dateTime(booking.checkedInAt)}
          </Text>
        </Card>
      )}
      <Text className="desk-pass__note">
        请将入场码或短信内容发送给对方；对方无法出示入场码时，可凭证件或手机号在现场手工核验。
      </Text>
      <PassActions booking={booking} onRefresh={onRefresh} />
    </View>
  );
}

function DeskPass() {
  const { bookingId } = usePageParams('staff/desk-pass/index');
  const booking = useRemote(() => call('desk.booking', { bookingId }), [bookingId], { reloadOnShow: true });
  // The function says when 办理入场 opens (its clock, not the phone's): ask it again now and then.
  usePolling(booking.refresh, 30_000);
  return (
    <RemoteView state={booking.state} onRetry={booking.reload}>
      {(b) => <Pass booking={b} onRefresh={booking.refresh} />}
    </RemoteView>
  );
}

export default definePage(DeskPass, { withFooter: true });
