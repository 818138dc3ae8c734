import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { BookingView, CheckinTokenView } from '@shared/contract';
import { maskName } from '@shared/rules/idDocument';
import { parseIso } from '@shared/time';
import Card from '../Card';
import QrCode from '../QrCode';
import RemoteView from '../RemoteView';
import { usePageShown } from '../../hooks/usePolling';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { slotWhen, timeRange } from '../../utils/format';
import './index.css';

/** The function issues a new token every 30 s and still accepts the previous one for a short grace. */
const ROTATION_MS = 30_000;
const MIN_REFRESH_MS = 5_000;

/** When to fetch the next token: at refreshAt by the phone's clock, unless that clock is clearly off the server's. */
function refreshDelay({ refreshAt, expiresAt }: CheckinTokenView): number {
  const wait = parseIso(refreshAt) - Date.now();
  if (wait > 0 && wait <= ROTATION_MS) return wait;
  // A skewed clock: refreshing within the grace (a difference of two server times) keeps the code valid.
  return Math.min(ROTATION_MS, Math.max(MIN_REFRESH_MS, parseIso(expiresAt) - parseIso(refreshAt)));
}

/** The booking is no longer waiting for its check-in (checked in meanwhile, cancelled). */
const isStale = (e: unknown) =>
  e instanceof CallError && (e.code === 'INVALID_STATE' || e.code === 'ALREADY_CHECKED_IN');

interface EntryPassProps {
  booking: BookingView;
  /** The token was refused because the booking changed: load the booking again. */
  onStale: () => void;
}

/**
 * The visitor's entry code for a confirmed booking: a QR code of a short-lived token that renews itself
 * (a screenshot stops working), with what staff compare it with.
 */
export default function EntryPass({ booking, onStale }: EntryPassProps) {
  const token = useRemote(() => call('checkin.token', { bookingId: booking.id }), [booking.id], { reloadOnShow: true });
  const shown = usePageShown();

  useEffect(() => {
    if (token.state.status === 'error' && isStale(token.state.error)) onStale();
    if (!shown || token.state.status !== 'ok') return;
    const timer = setTimeout(token.refresh, refreshDelay(token.state.data));
    return () => clearTimeout(timer);
  }, [shown, token.state, token.refresh, onStale]);

  return (
    <Card title="入场码" extra={<Text className="entry-pass__hint">每30秒自动刷新</Text>} testId="entry-pass">
      <View className="entry-pass__code">
        <RemoteView state={token.state} onRetry={token.reload}>
          {(t) => (
            <View className="entry-pass__qr">
              <QrCode value={t.token} size={232} />
              <Text className="entry-pass__token" data-testid="checkin-token">
                {t.token}
              </Text>
            </View>
          )}
        </RemoteView>
      </View>
      <Text className="entry-pass__when">{slotWhen(booking.start, booking.end)}</Text>
      <Text className="card__line">地点：{[booking.venueName, booking.location].filter(Boolean).join(' · ')}</Text>
      <Text className="card__line">核验时段：{timeRange(booking.checkinOpensAt, booking.end)}，截图无效</Text>
      <View className="entry-pass__people">
        {booking.attendees.map((a) => (
          <View key={a.id} className="entry-pass__person">
            <Text className="entry-pass__name">{maskName(a.name)}</Text>
            {a.seat && <Text className="entry-pass__seat">{a.seat}</Text>}
            <Text className="entry-pass__id">{a.idMasked}</Text>
          </View>
        ))}
      </View>
    </Card>
  );
}
