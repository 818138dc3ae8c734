import { Buffer } from 'buffer';
import { icsOf } from './calendar.common';

const EVENT = {
  id: 'b123',
  title: '会议室A · 项目周会',
  start: '2026-12-08T14:00:00+08:00',
  end: '2026-12-08T15:15:00+08:00',
  location: '创新园区 A座3楼',
  description: '预约人：张伟; 人数：8, 使用目的：项目周会\n请按时使用',
};

describe('the .ics of a booking', () => {
  const ics = icsOf(EVENT, '2026-12-07T09:00:00+08:00');
  const lines = ics.split('\r\n');

  test('the instants are in UTC; one event with a stable id', () => {
    expect(lines).toContain('DTSTART:20261208T060000Z');
    expect(lines).toContain('DTEND:20261208T071500Z');
    expect(lines).toContain('DTSTAMP:20261207T010000Z');
    expect(lines).toContain('UID:b123@venue-booking');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('text is escaped, and long lines folded at 75 octets without splitting a character', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:预约人：张伟\\; 人数：8\\, 使用目的：项目周会\\n请按时使用');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });
});
