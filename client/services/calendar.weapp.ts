// WeChat: the phone's own calendar (wx.addPhoneCalendar), reminding 15 minutes before. Called with its
// callbacks: Taro does not promisify this API, and a promise from WeChat itself depends on the base
// library's version.
import Taro from '@tarojs/taro';
import { CallError, NETWORK } from './callError';
import { CALENDAR_FAILED, type CalendarEvent } from './calendar.common';

export type { CalendarEvent } from './calendar.common';

export function addToCalendar(event: CalendarEvent): Promise<void> {
  return new Promise((resolve, reject) => {
    void Taro.addPhoneCalendar({
      title: event.title,
      startTime: Math.floor(Date.parse(event.start) / 1000),
      endTime: String(Math.floor(Date.parse(event.end) / 1000)),
      ...(event.location ? { location: event.location } : {}),
      ...(event.description ? { description: event.description } : {}),
      alarm: true,
      alarmOffset: 15 * 60,
      success: () => resolve(),
      fail: () => reject(new CallError(NETWORK, CALENDAR_FAILED)),
    });
  });
}
