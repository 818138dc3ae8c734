import Taro from '@tarojs/taro';
import BookingCard from '../../components/BookingCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { useRemote } from '../../hooks/useRemote';
import { useTabPage } from '../../hooks/useTabPage';
import { call } from '../../services/cloud';

const PATH = 'pages/bookings/index';

function BookingList() {
  const bookings = useRemote(
    async () => (await call('booking.list', {})).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [],
    { reloadOnShow: true },
  );
  return (
    <RemoteView state={bookings.state} onRetry={bookings.reload} empty="还没有预约，去首页看看吧">
      {(list) =>
        list.map((b) => (
          <BookingCard key={b.id} booking={b} onClick={() => Taro.navigateTo({ url: `/booking/detail/index?bookingId=${b.id}` })} />
        ))
      }
    </RemoteView>
  );
}

export default function BookingsPage() {
  useTabPage(PATH);
  return (
    <Page tab={PATH}>
      <SignInGate>
        <BookingList />
      </SignInGate>
    </Page>
  );
}
