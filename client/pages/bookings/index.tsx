import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { WaitEntryView } from '@shared/contract';
import BookingCard from '../../components/BookingCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import WaitEntryCard from '../../components/WaitEntryCard';
import { useRemote } from '../../hooks/useRemote';
import { useTabPage } from '../../hooks/useTabPage';
import { call } from '../../services/cloud';

const PATH = 'pages/bookings/index';

const newestFirst = <T extends { createdAt: string }>(list: T[]) => list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** Entries still waiting first, then the newest. */
const waitingFirst = (list: WaitEntryView[]) =>
  newestFirst(list).sort((a, b) => Number(b.status === 'waiting') - Number(a.status === 'waiting'));

function MyBookings() {
  const data = useRemote(
    async () => {
      const [bookings, entries] = await Promise.all([call('booking.list', {}), call('waitlist.mine', {})]);
      return { bookings: newestFirst(bookings), entries: waitingFirst(entries) };
    },
    [],
    { reloadOnShow: true },
  );
  return (
    <RemoteView
      state={data.state}
      onRetry={data.reload}
      empty="还没有预约，去首页看看吧"
      isEmpty={(d) => !d.bookings.length && !d.entries.length}
    >
      {({ bookings, entries }) => (
        <View>
          {entries.length > 0 && <Text className="section-title">候补</Text>}
          {entries.map((e) => (
            <WaitEntryCard
              key={e.id}
              entry={e}
              onLeft={(left) => data.setData({ bookings, entries: entries.map((x) => (x.id === left.id ? left : x)) })}
            />
          ))}
          {entries.length > 0 && bookings.length > 0 && <Text className="section-title">预约</Text>}
          {bookings.map((b) => (
            <BookingCard key={b.id} booking={b} onClick={() => Taro.navigateTo({ url: `/booking/detail/index?bookingId=${b.id}` })} />
          ))}
        </View>
      )}
    </RemoteView>
  );
}

export default function BookingsPage() {
  useTabPage(PATH);
  return (
    <Page tab={PATH}>
      <SignInGate>
        <MyBookings />
      </SignInGate>
    </Page>
  );
}
