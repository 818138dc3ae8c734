import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '@shared/contract';
import ApplicationCard from '../../components/ApplicationCard';
import BookingCard from '../../components/BookingCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import WaitEntryCard from '../../components/WaitEntryCard';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';

const PATH = 'pages/bookings/index';

const newestFirst = <T extends { createdAt: string }>(list: T[]) =>
  list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** Items still in play first (`live`), then the newest. */
const liveFirst = <T extends { createdAt: string }>(list: T[], live: (item: T) => boolean) =>
  newestFirst(list).sort((a, b) => Number(live(b)) - Number(live(a)));

/** The list with one item swapped for its changed version. */
const replaced = <T extends { id: string }>(list: T[], changed: T) =>
  list.map((x) => (x.id === changed.id ? changed : x));

/** Wins to confirm and applications awaiting the draw. */
const pendingApplication = (a: ApplicationView) => a.status === 'won' || a.status === 'applied';

function MyBookings() {
  const data = useRemote(
    async () => {
      const [bookings, entries, applications] = await Promise.all([
        call('booking.list', {}),
        call('waitlist.mine', {}),
        call('lottery.mine', {}),
      ]);
      return {
        bookings: newestFirst(bookings),
        entries: liveFirst(entries, (e) => e.status === 'waiting'),
        applications: liveFirst(applications, pendingApplication),
      };
    },
    [],
    { reloadOnShow: true },
  );
  return (
    <RemoteView
      state={data.state}
      onRetry={data.reload}
      empty="还没有预约，去首页看看吧"
      isEmpty={(d) => !d.bookings.length && !d.entries.length && !d.applications.length}
    >
      {(mine) => (
        <View>
          {mine.bookings.length > 0 && (
            <Text
              className="section-title"
              style={{ textAlign: 'right', color: '#1677ff' }}
              onClick={() => navigate('booking/week/index')}
            >
              按周查看 ›
            </Text>
          )}
          {mine.applications.length > 0 && <Text className="section-title">抽签</Text>}
          {mine.applications.map((a) => (
            <ApplicationCard
              key={a.id}
              application={a}
              linkToLottery
              onChange={(changed) => data.setData({ ...mine, applications: replaced(mine.applications, changed) })}
            />
          ))}
          {mine.entries.length > 0 && <Text className="section-title">候补</Text>}
          {mine.entries.map((e) => (
            <WaitEntryCard
              key={e.id}
              entry={e}
              onLeft={(left) => data.setData({ ...mine, entries: replaced(mine.entries, left) })}
            />
          ))}
          {(mine.applications.length > 0 || mine.entries.length > 0) && mine.bookings.length > 0 && (
            <Text className="section-title">预约</Text>
          )}
          {mine.bookings.map((b) => (
            <BookingCard key={b.id} booking={b} onClick={() => navigate('booking/detail/index', { bookingId: b.id })} />
          ))}
        </View>
      )}
    </RemoteView>
  );
}

export default definePage(MyBookings, { tab: PATH });
