// An event for the phone's calendar (seed 004: the booked room in one's own diary), and the iCalendar
// (RFC 5545) text of it that the H5 build downloads as an .ics file. Pure, tested beside.

export interface CalendarEvent {
  /** Stable across downloads, so a calendar that imports it twice updates one event. */
  id: string;
  title: string;
  /** ISO 8601 instants with offset. */
  start: string;
  end: string;
  location?: string;
  description?: string;
}

export const CALENDAR_ADDED = '已添加到手机日历';
export const CALENDAR_FAILED = '未能添加到日历，请检查日历权限';

/** `20261208T060000Z`: the instant in UTC, as iCalendar's basic format. */
const utc = (iso: string): string =>
  new Date(Date.parse(iso))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
const text = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Octets of one character in UTF-8. */
function utf8Length(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets continue on the next line after a space (§3.1), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function icsOf(event: CalendarEvent, now: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//venue-booking//zh-CN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${event.id}@venue-booking`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${text(event.title)}`,
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
