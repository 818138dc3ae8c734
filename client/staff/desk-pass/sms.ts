// The text message staff send to the person they booked for: where, when, what to bring, the booking number.
import type { BookingView } from '@shared/contract';
import { clockTime, monthDayTime } from '@shared/dates';

/** The booking number people read out or type: the id's last 8 characters, uppercased. */
export const shortBookingNo = (bookingId: string) => bookingId.slice(-8).toUpperCase();

/** Who the booking is for: the name staff took down, else its attendee's. */
export const deskName = (b: BookingView) => b.desk?.name ?? b.attendees[0]?.name ?? '';

/** 「【星河科技馆】王小明，您已预约 VR飞行体验 12月3日 14:00–15:00。…预约号 8F3A21C0」 */
export const deskSms = (b: BookingView) =>
  `【${b.venueName}】${deskName(b)}，您已预约 ${b.resourceName} ${monthDayTime(b.start)}–${clockTime(b.end)}。` +
  `入场时请出示证件，工作人员凭手机号或证件核验。预约号 ${shortBookingNo(b.id)}`;
