import { Text } from '@tarojs/components';
import type { NoticeView } from '@shared/contract';
import Card from '../../components/Card';
import { definePage } from '../../components/Page';
import RebookOffer from '../../components/RebookOffer';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateTime } from '../../utils/format';
import './index.css';

/** notice.read takes at most this many ids; any others are marked on a later visit. */
const READ_BATCH = 100;

/** The caller's notices, newest first; opening the page marks the unread ones read (their dots stay until the next visit). */
async function loadNotices(): Promise<NoticeView[]> {
  const list = (await call('notice.list', {})).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const unread = list.filter((n) => !n.read).map((n) => n.id);
  // Not awaited: the list shows at once; a failure leaves them unread for the next visit.
  if (unread.length) call('notice.read', { noticeIds: unread.slice(0, READ_BATCH) }).catch(() => undefined);
  return list;
}

const openBooking = (bookingId: string) => navigate('booking/detail/index', { bookingId });

/** Complaint notices open the complaint: the complainant's page, or the handling page for staff. */
const COMPLAINT_PAGES: Partial<Record<NoticeView['kind'], 'complaint/detail/index' | 'manager/complaint/index'>> = {
  complaint_received: 'complaint/detail/index',
  complaint_replied: 'complaint/detail/index',
  complaint_routed: 'manager/complaint/index',
  complaint_escalated: 'manager/complaint/index',
};

function Notice({ notice }: { notice: NoticeView }) {
  const { bookingId, alternatives, offers, complaintId } = notice.data;
  const complaintPage = complaintId && COMPLAINT_PAGES[notice.kind];
  return (
    <Card
      title={
        <>
          {!notice.read && <Text className="notice__dot" />}
          {notice.title}
        </>
      }
      extra={<Text className="notice__time">{dateTime(notice.createdAt)}</Text>}
      testId={`notice-${notice.id}`}
    >
      <Text className="notice__body">{notice.body}</Text>
      {notice.kind === 'closed_by_venue' && bookingId && alternatives && (
        <RebookOffer bookingId={bookingId} alternatives={alternatives} onRebooked={(b) => openBooking(b.id)} />
      )}
      {notice.kind === 'closed_by_venue' && bookingId && offers?.length ? (
        <Text className="notice__body">有{offers.length}个空闲的时间或场地，可在预约详情中一键改约。</Text>
      ) : null}
      {bookingId && (
        <Text
          className="notice__link"
          data-testid={`notice-booking-${notice.id}`}
          onClick={() => openBooking(bookingId)}
        >
          查看预约 ›
        </Text>
      )}
      {complaintPage && (
        <Text
          className="notice__link"
          data-testid={`notice-complaint-${notice.id}`}
          onClick={() => navigate(complaintPage, { complaintId })}
        >
          查看投诉 ›
        </Text>
      )}
    </Card>
  );
}

function Notices() {
  const notices = useRemote(loadNotices, [], { reloadOnShow: true });
  return (
    <RemoteView state={notices.state} onRetry={notices.reload} empty="暂无消息">
      {(list) => list.map((n) => <Notice key={n.id} notice={n} />)}
    </RemoteView>
  );
}

export default definePage(Notices);
