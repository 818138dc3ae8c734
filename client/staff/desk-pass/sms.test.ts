import type { BookingView } from '@shared/contract';
import { deskSms, shortBookingNo } from './sms';

const BOOKING = {
  id: 'bk_7d2e9a8f3a21c0',
  venueName: '星河科技馆',
  resourceName: 'VR飞行体验',
  start: '2026-12-03T14:00:00+08:00',
  end: '2026-12-03T15:00:00+08:00',
  attendees: [{ id: 'a-1', name: '王小明', idMasked: '1101**********1234' }],
  desk: { name: '王小明', phoneMasked: '138****1111', bookedBy: { ref: 'r-1', name: '李娜', idMasked: '—' } },
} as BookingView;

describe('desk booking text message', () => {
  test('the short booking number is the id’s last 8 characters, uppercased', () => {
    expect(shortBookingNo('bk_7d2e9a8f3a21c0')).toBe('8F3A21C0');
    expect(shortBookingNo('b-1')).toBe('B-1');
  });

  test('names the venue, the person, the visit in business time and the booking number', () => {
    expect(deskSms(BOOKING)).toBe(
      '【星河科技馆】王小明，您已预约 VR飞行体验 12月3日 14:00–15:00。入场时请出示证件，工作人员凭手机号或证件核验。预约号 8F3A21C0',
    );
    // Business time whatever the phone's zone: an instant written in UTC reads the same.
    expect(deskSms({ ...BOOKING, start: '2026-12-03T06:00:00Z', end: '2026-12-03T07:00:00Z' })).toContain(
      '12月3日 14:00–15:00',
    );
  });
});
