import { View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingView } from '@shared/contract';
import { parseIso } from '@shared/time';
import Button from '../../ui/button';
import { addToCalendar, type CalendarEvent } from '../../services/calendar';
import { CALENDAR_ADDED } from '../../services/calendar.common';
import { toastError, toastSuccess } from '../../services/toast';
import { bookerName } from './ByTheHour';

/** The booking as an event of the phone's calendar: what, when, where, and for whom. */
export function calendarEvent(b: BookingView): CalendarEvent {
  const description = [
    b.purpose && `使用目的：${b.purpose}`,
    b.headcount !== undefined && `人数：${b.headcount}人`,
    b.booker && `预约人：${bookerName(b.booker)}`,
    b.attendees.length > 0 && `参观人：${b.attendees.map((a) => a.name).join('、')}`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    id: b.id,
    title: `${b.resourceName}${b.purpose ? ` · ${b.purpose}` : ''}`,
    start: b.start,
    end: b.end,
    location: [b.venueName, b.location].filter(Boolean).join(' '),
    ...(description ? { description } : {}),
  };
}

/** A booking that is going ahead (confirmed or awaiting review) and has not started yet. */
export const mayAddToCalendar = (b: BookingView, now: number) =>
  (b.status === 'confirmed' || b.status === 'pending_approval') && parseIso(b.start) > now;

/**
 * 添加到日历: the phone's calendar in WeChat (said with a toast), an .ics download on H5 (the download is the
 * feedback); a refusal (no calendar permission) is said with its message.
 */
export default function AddToCalendar({ booking }: { booking: BookingView }) {
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await addToCalendar(calendarEvent(booking));
      if (process.env.TARO_ENV !== 'h5') toastSuccess(CALENDAR_ADDED);
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="detail__calendar">
      <Button type="primary" fill="outline" size="small" loading={busy} data-testid="add-to-calendar" onClick={add}>
        添加到日历
      </Button>
    </View>
  );
}
