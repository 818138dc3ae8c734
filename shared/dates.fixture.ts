// What business time reads at the instants a host's zone would get wrong: Shanghai midnight (still the
// previous day in UTC and in New York) and around the days New York's clocks change. Tests compare these
// readings taken in Node processes with different host zones (a zone cannot be changed inside Jest).
import { execFileSync } from 'node:child_process';
import { clockTime, dateTime, fullDate, fullDateTime, longDate, monthDayTime, slotWhen, weekday } from './dates';
import { addDays, atLocal, dateOf, daysBetween, timeOf, toIso, weekdayOf } from './time';

/** 23:59 on 1 December and 00:00 on 2 December in Shanghai; 14:30 before New York springs forward, 13:30 before it falls back. */
export const INSTANTS = {
  late: Date.parse('2026-12-01T23:59:00+08:00'),
  midnight: Date.parse('2026-12-02T00:00:00+08:00'),
  nySpring: Date.parse('2026-03-08T06:30:00Z'),
  nyFall: Date.parse('2026-11-01T05:30:00Z'),
};
const DATES = ['2026-03-08', '2026-11-01', '2026-12-01', '2026-12-02'];

export function readings(): Record<string, string[]> {
  const instants = Object.values(INSTANTS);
  const each = (f: (ms: number) => string | number) => instants.map((ms) => String(f(ms)));
  return {
    toIso: each(toIso),
    dateOf: each(dateOf),
    timeOf: each(timeOf),
    clockTime: each(clockTime),
    dateTime: each(dateTime),
    monthDayTime: each(monthDayTime),
    fullDate: each(fullDate),
    fullDateTime: each(fullDateTime),
    slotWhen: each((ms) => slotWhen(ms, ms + 60 * 60 * 1000)),
    atLocal: DATES.map((d) => toIso(atLocal(d, '02:30'))),
    addDays: DATES.map((d) => addDays(d, 1)),
    daysBetween: DATES.map((d) => String(daysBetween('2026-03-07', d))),
    weekdayOf: DATES.map((d) => String(weekdayOf(d))),
    weekday: DATES.map(weekday),
    longDate: DATES.map(longDate),
  };
}

/** `readings()` taken in a new Node process whose host zone is `zone`. */
export function readingsIn(zone: string): Record<string, string[]> {
  const script = `console.log(JSON.stringify(require(${JSON.stringify(__filename)}).readings()))`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, string[]>;
}
