import { Text } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { parseIso } from '@shared/time';
import { countdownText } from './orderRules';

interface PayCountdownProps {
  holdUntil: string;
  /** Called once when the countdown reaches 00:00 on screen (the page loads the booking again). */
  onExpired: () => void;
}

/**
 * 剩余支付时间 14:59, ticking each second by the phone's clock. It stops at 00:00 and tells the page once;
 * a hold already over when shown does not, so a phone clock ahead of the function's cannot make the page
 * reload over and over: the function's answer (no 'pay' action, then 支付超时) is what the page shows.
 */
export default function PayCountdown({ holdUntil, onExpired }: PayCountdownProps) {
  const until = parseIso(holdUntil);
  const [now, setNow] = useState(() => Date.now());
  const expired = useRef(onExpired);
  expired.current = onExpired;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Each tick lands on the next whole second of the time left, so 00:00 shows when the hold ends.
    const tick = () => {
      const t = Date.now();
      setNow(t);
      const left = until - t;
      if (left <= 0) return expired.current();
      timer = setTimeout(tick, left % 1000 || 1000);
    };
    if (until > Date.now()) timer = setTimeout(tick, (until - Date.now()) % 1000 || 1000);
    return () => clearTimeout(timer);
  }, [until]);

  return (
    <Text className="detail__countdown" data-testid="pay-countdown">
      剩余支付时间 {countdownText(until - now)}
    </Text>
  );
}
