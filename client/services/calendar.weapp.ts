// WeChat: the phone's own calendar (wx.addPhoneCalendar), reminding 15 minutes before.
import Taro from '@tarojs/taro';
import { CallError, NETWORK } from './callError';
import { CALENDAR_FAILED, type CalendarEvent } from './calendar.common';

export type { CalendarEvent } from './calendar.common';

export async function addToCalendar(event: CalendarEvent): Promise<void> {
  try {
    await Taro.addPhoneCalendar({
      title: event.title,
      startTime: Math.floor(Date.parse(event.start) / 1000),
      endTime: String(Math.floor(Date.parse(event.end) / 1000)),
      ...(event.location ? { location: event.location } : {}),
      ...(event.description ? { description: event.description } : {}),
      alarm: true,
      alarmOffset: 15 * 60,
    });
  } catch {
    throw new CallError(NETWORK, CALENDAR_FAILED);
  }
}
