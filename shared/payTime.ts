// WeChat Pay's times, in Asia/Shanghai business time: the function reads them (time_end of a payment)
// and the local cloud writes them.
import { businessTime } from './time';

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** `yyyyMMddHHmmss` in Asia/Shanghai: WeChat Pay's time (time_end, time_expire). */
export const payTime = (ms: number): string => businessTime(ms).format('YYYYMMDDHHmmss');

/** `yyyy-MM-dd HH:mm:ss` in Asia/Shanghai: a refund's success_time. */
export const refundTime = (ms: number): string => businessTime(ms).format('YYYY-MM-DD HH:mm:ss');

/** The instant a `yyyyMMddHHmmss` business time names, or null when it names none. */
export function parsePayTime(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - OFFSET_MS;
  // Date.UTC rolls 20261332 over into the next year: only a real time formats back to itself.
  return payTime(ms) === text ? ms : null;
}
