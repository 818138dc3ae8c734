// booking.create by the hour (seed 004): a colleague books a meeting room as themselves for a range on
// the room's grid; the rules refuse in api.md's order; a taken range is SLOT_FULL with nearer times of the
// same room and other rooms that seat the party; simultaneous overlapping requests leave non-overlapping
// winners; a cancellation frees the time; a repeat or a lost answer leaves one booking and one hold.
import type { BookingView, CheckinTokenView, CheckinView, IntervalDayView, IntervalOffer } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import type { DayLedgerDoc } from '../src/modules/interval/dayLedger';
import { makeAttendee, unwrap } from './fixtures';
import {
  businessInstant,
  makeCompany,
  type IntervalPolicy,
  type IntervalResourceSpec,
  type IntervalRules,
} from './intervalFixtures';

const ADMIN = 'ib-admin';
const STAFF = 'ib-staff';
const EMPLOYEE = 'ib-employee';
const COLLEAGUE = 'ib-colleague';
const NO_PROFILE = 'ib-anonymous';
const RUSH = Array.from({ length: 30 }, (_, i) => `ib-rush-${i}`);
const DAY = '2026-12-09'; // a Wednesday; the clock is Monday 2026-12-07 10:00
const at = (hhmm: string, date = DAY) => businessInstant(date, hhmm);

let h: Harness;

const room = (
  id: string,
  name: string,
  kind: IntervalResourceSpec['kind'],
  interval: IntervalRules,
  extra: Partial<IntervalPolicy> = {},
): IntervalResourceSpec => ({ id, name, kind, policy: { realName: false, ...extra, interval } });

const GRID = { granularityMinutes: 15, minMinutes: 30, maxMinutes: 240, leadWorkingDays: 1 };

beforeAll(async () => {
  h = await startHarness('2026-12-07T10:00:00+08:00');
  await makeCompany(h, {
    admin: ADMIN,
    staff: STAFF,
    resources: [
      room('room-a', '会议室A', 'room', { ...GRID, capacity: 10 }),
      room('room-b', '会议室B', 'room', { ...GRID, capacity: 12 }),
      room('room-c', '小会议室C', 'room', { ...GRID, capacity: 4 }),
      room('showroom', '展厅', 'showroom', { ...GRID, capacity: 30 }, { realName: true }),
      room('projectors', '投影仪', 'equipment', { ...GRID, quantity: 3, capacity: 1 }),
    ],
    colleagues: {
      [EMPLOYEE]: '张伟',
      [COLLEAGUE]: '李娜',
      ...Object.fromEntries(
        RUSH.map((o, i) => [o, `员工${String(i).replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)])}`]),
      ),
    },
  });
});
afterAll(() => h.close());
afterEach(() => h.faults.clear());

const book = (openid: string, data: Record<string, unknown>, requestId = rid()) =>
  h.call<BookingView>(openid, 'booking.create', { purpose: '项目周会', headcount: 6, ...data }, requestId);

const range = (resourceId: string, from: string, to: string, date = DAY) => ({
  resourceId,
  start: at(from, date),
  end: at(to, date),
});

const day = async (resourceId: string, openid: string | null = null, date = DAY) =>
  unwrap(await h.call<IntervalDayView>(openid, 'resource.day', { resourceId, date }));

const cellAt = (view: IntervalDayView, hhmm: string) => view.cells.find((c) => c.start === at(hhmm, view.date));

test('a colleague books 会议室A 14:00–15:15 as themselves: no attendees, their name, the purpose and the party', async () => {
  const booked = unwrap(await book(EMPLOYEE, range('room-a', '14:00', '15:15')));
  expect(booked).toMatchObject({
    resourceId: 'room-a',
    resourceName: '会议室A',
    start: at('14:00'),
    end: at('15:15'),
    status: 'confirmed',
    attendees: [],
    purpose: '项目周会',
    headcount: 6,
    booker: { name: '张伟', phoneMasked: '139****5678' },
  });
  const seen = await day('room-a', EMPLOYEE);
  expect(seen.hours).toEqual({ opens: '09:00', closes: '18:00' });
  expect(seen.cells).toHaveLength(36);
  expect(['13:45', '14:00', '15:00', '15:15'].map((t) => cellAt(seen, t)?.free)).toEqual([1, 0, 0, 1]);
  expect(cellAt(seen, '14:00')?.mine).toBe(true);
  // Others see the time taken, not whose.
  expect(cellAt(await day('room-a', COLLEAGUE), '14:00')).toMatchObject({ free: 0, mine: false, bookable: true });
  const mine = unwrap(await h.call<BookingView[]>(EMPLOYEE, 'booking.list', {}));
  expect(mine.map((b) => b.id)).toContain(booked.id);
});

test('a colleague with a department on their profile books with it: the booking names it beside them', async () => {
  const colleague = 'ib-marketing';
  unwrap(await h.call(colleague, 'profile.update', { name: '赵敏', phone: '13912345678', department: '市场部' }));
  const booked = unwrap(await book(colleague, range('room-a', '09:00', '10:00', '2026-12-11'), rid()));
  expect(booked.booker).toEqual({ name: '赵敏', phoneMasked: '139****5678', department: '市场部' });
  const [stored] = await h.store.find('bookings', { id: booked.id });
  expect((stored as { booker?: unknown }).booker).toEqual(booked.booker);
});

test('the colleague asking for an overlapping time is offered nearer times of 会议室A and 会议室B, not the room too small', async () => {
  const refused = await book(COLLEAGUE, range('room-a', '14:30', '15:30'));
  expect(refused.ok).toBe(false);
  if (refused.ok) return;
  expect(refused.error.code).toBe('SLOT_FULL');
  const offers = refused.error.details?.alternatives as IntervalOffer[];
  const sameRoom = offers.filter((o) => o.resourceId === 'room-a');
  expect(sameRoom.map((o) => [o.start, o.end])[0]).toEqual([at('15:15'), at('16:15')]);
  expect(sameRoom.every((o) => Date.parse(o.end) - Date.parse(o.start) === 3600_000)).toBe(true);
  expect(offers.filter((o) => o.resourceId !== 'room-a')).toEqual([
    { resourceId: 'room-b', resourceName: '会议室B', capacity: 12, start: at('14:30'), end: at('15:30') },
  ]);
  // Taking the offer books it.
  const other = unwrap(await book(COLLEAGUE, range('room-b', '14:30', '15:30')));
  expect(other).toMatchObject({ resourceName: '会议室B', booker: { name: '李娜' } });
});

test('the rules refuse with their codes and Chinese messages, before any time is taken', async () => {
  const refusal = async (openid: string, data: Record<string, unknown>) => {
    const answer = await book(openid, data);
    return answer.ok ? null : { code: answer.error.code, message: answer.error.message, ...answer.error.details };
  };
  expect(await refusal(COLLEAGUE, range('room-c', '10:05', '11:00'))).toMatchObject({
    code: 'INVALID_INPUT',
    reason: 'not_on_grid',
    fields: [{ path: 'data.start', message: '开始和结束时间须为整15分钟' }],
  });
  expect(await refusal(COLLEAGUE, range('room-c', '10:00', '10:15'))).toMatchObject({ reason: 'too_short' });
  expect(await refusal(COLLEAGUE, range('room-c', '17:00', '18:30'))).toMatchObject({ reason: 'outside_hours' });
  expect(await refusal(COLLEAGUE, range('room-c', '10:00', '11:00', '2026-12-12'))).toMatchObject({
    code: 'INVALID_INPUT',
    reason: 'closed_day',
  });
  expect(await refusal(COLLEAGUE, range('room-c', '10:00', '11:00', '2026-12-07'))).toMatchObject({
    code: 'BOOKING_CLOSED',
  });
  expect(await refusal(COLLEAGUE, range('room-c', '15:00', '16:00', '2026-12-07'))).toMatchObject({
    code: 'BOOKING_CLOSED',
    reason: 'too_late',
    message: '须至少提前1个工作日预约',
  });
  expect(await refusal(COLLEAGUE, range('room-c', '10:00', '11:00', '2026-12-16'))).toMatchObject({
    code: 'SLOT_NOT_OPEN',
  });
  expect(await refusal(COLLEAGUE, { ...range('room-c', '10:00', '11:00'), headcount: 5 })).toMatchObject({
    code: 'LIMIT_EXCEEDED',
    message: '最多可容纳4人',
  });
  expect(await refusal(NO_PROFILE, range('room-c', '10:00', '11:00'))).toMatchObject({
    code: 'INVALID_STATE',
    reason: 'profile_missing',
  });
  expect(await refusal(COLLEAGUE, { ...range('room-c', '10:00', '11:00'), purpose: undefined })).toMatchObject({
    code: 'INVALID_INPUT',
    fields: [{ path: 'data.purpose', message: '请填写使用目的' }],
  });
  expect(await refusal(COLLEAGUE, { resourceId: 'nope', start: at('10:00'), end: at('11:00') })).toMatchObject({
    code: 'NOT_FOUND',
  });
  expect(cellAt(await day('room-c'), '10:00')?.free).toBe(1);
  // A slot cannot be made on a resource booked by the hour.
  const slot = await h.call(ADMIN, 'admin.slot.create', {
    resourceId: 'room-c',
    start: at('10:00'),
    end: at('11:00'),
    capacity: 4,
  });
  expect(slot).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', details: { reason: 'interval_resource' } } });
});

test('30 people asking for overlapping ranges of one room at once: winners never overlap, every loser is blocked by one', async () => {
  const asks = RUSH.map((openid, i) => {
    const from = 9 * 60 + (i % 12) * 30; // starts from 09:00 to 14:30 …
    const minutes = 60 + (i % 3) * 30; // … lasting one to two hours
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return { openid, ...range('room-c', hhmm(from), hhmm(from + minutes), '2026-12-10'), headcount: 2 };
  });
  const answers = await Promise.all(asks.map(({ openid, ...data }) => book(openid, data)));
  const won = answers.flatMap((a) => (a.ok ? [a.data] : []));
  const lost = answers.flatMap((a) => (a.ok ? [] : [a.error]));
  expect(won.length).toBeGreaterThan(1);
  expect(won.length + lost.length).toBe(30);
  expect(lost.every((e) => e.code === 'SLOT_FULL')).toBe(true);
  const spans = won.map((b) => [Date.parse(b.start), Date.parse(b.end)]).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  // Every loser overlaps a winner: nobody was refused a free time.
  answers.forEach((a, i) => {
    if (a.ok) return;
    const [s, e] = [Date.parse(asks[i].start), Date.parse(asks[i].end)];
    expect(spans.some(([ws, we]) => ws < e && s < we)).toBe(true);
  });
  const [ledger] = await h.store.find<DayLedgerDoc>('intervalDays', { id: 'room-c:2026-12-10' });
  expect(ledger.reservations.map((r) => r.id).sort()).toEqual(won.map((b) => b.id).sort());
});

test('three projectors go to three of four overlapping requests, one unit each', async () => {
  const answers = await Promise.all(
    RUSH.slice(0, 4).map((o) => book(o, { ...range('projectors', '10:00', '11:00'), headcount: 1 })),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(3);
  const [ledger] = await h.store.find<DayLedgerDoc>('intervalDays', { id: `projectors:${DAY}` });
  expect(ledger.reservations.map((r) => r.unit).sort()).toEqual([0, 1, 2]);
  expect(cellAt(await day('projectors'), '10:00')?.free).toBe(0);
});

test('a cancellation frees the time for the next colleague', async () => {
  const booked = unwrap(await book(EMPLOYEE, range('room-b', '09:00', '10:00')));
  expect((await book(COLLEAGUE, range('room-b', '09:30', '10:30'))).ok).toBe(false);
  expect(unwrap(await h.call<BookingView>(EMPLOYEE, 'booking.cancel', { bookingId: booked.id }, rid())).status).toBe(
    'cancelled',
  );
  expect(cellAt(await day('room-b'), '09:00')?.free).toBe(1);
  expect(unwrap(await book(COLLEAGUE, range('room-b', '09:30', '10:30'))).status).toBe('confirmed');
});

test('a repeated request answers its booking; its requestId reused for another range is a CONFLICT', async () => {
  const requestId = rid();
  const first = unwrap(await book(EMPLOYEE, range('room-b', '16:00', '17:00'), requestId));
  expect(unwrap(await book(EMPLOYEE, range('room-b', '16:00', '17:00'), requestId)).id).toBe(first.id);
  const reused = await book(EMPLOYEE, range('room-b', '17:00', '18:00'), requestId);
  expect(reused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(cellAt(await day('room-b'), '17:00')?.free).toBe(1);
  expect(cellAt(await day('room-b'), '16:00')?.free).toBe(0);
});

test('the booking written but its answer lost: the retry finds it, one booking and one hold', async () => {
  const requestId = rid();
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'bookings', mode: 'applyThenFail' });
  const first = await book(COLLEAGUE, range('room-b', '11:00', '12:00', '2026-12-10'), requestId);
  h.faults.clear();
  const retried = unwrap(await book(COLLEAGUE, range('room-b', '11:00', '12:00', '2026-12-10'), requestId));
  if (first.ok) expect(first.data.id).toBe(retried.id);
  const bookings = await h.store.find('bookings', { where: { resourceId: 'room-b', date: '2026-12-10' } });
  expect(bookings).toHaveLength(1);
  const [ledger] = await h.store.find<DayLedgerDoc>('intervalDays', { id: 'room-b:2026-12-10' });
  expect(ledger.reservations.map((r) => r.id)).toEqual([retried.id]);
});

test('a real-name resource books named attendees, and staff check the booking in', async () => {
  const guest = await makeAttendee(h.call, EMPLOYEE, 41, '王客户');
  const unnamed = await book(EMPLOYEE, range('showroom', '10:00', '11:00'));
  expect(unnamed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const booked = unwrap(await book(EMPLOYEE, { ...range('showroom', '10:00', '11:00'), attendeeIds: [guest] }));
  expect(booked.attendees.map((a) => a.name)).toEqual(['王客户']);
  expect(booked.booker).toBeUndefined();
  h.setNow(at('09:40'));
  try {
    const { token } = unwrap(await h.call<CheckinTokenView>(EMPLOYEE, 'checkin.token', { bookingId: booked.id }));
    const scanned = unwrap(await h.call<CheckinView>(STAFF, 'checkin.scan', { token }, rid()));
    expect(scanned.booking).toMatchObject({ resourceName: '展厅', status: 'checked_in' });
  } finally {
    h.setNow('2026-12-07T10:00:00+08:00');
  }
});
