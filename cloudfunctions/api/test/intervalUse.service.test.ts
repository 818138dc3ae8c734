// Use and return of resources booked by the hour (seed 004): the booker starts using a room in its
// check-in window and ends it with the condition; damage reaches the venue's desk as a facilities
// complaint, once; equipment is handed out by staff (their scan), taken back by staff, and flagged when
// not back by its end.
import type { BookingView, CheckinTokenView, ComplaintView, NoticeView } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import { unwrap } from './fixtures';
import { bookRange, businessInstant, getBooking, makeCompany } from './intervalFixtures';

const ADMIN = 'iu-admin';
const MANAGER = 'iu-manager';
const STAFF = 'iu-staff';
const EMPLOYEE = 'iu-employee';
const DAY = '2026-12-08';
const at = (hhmm: string, date = DAY) => businessInstant(date, hhmm);
const PHOTO = 'cloud://local-env/complaints/dent.jpg';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-07T10:00:00+08:00');
  await makeCompany(h, {
    admin: ADMIN,
    manager: MANAGER,
    staff: STAFF,
    resources: (
      [
        ['room', '会议室A', 'room', { granularityMinutes: 15, capacity: 12 }],
        ['projector', '便携投影仪', 'equipment', { granularityMinutes: 30, quantity: 3, capacity: 1 }],
      ] as const
    ).map(([id, name, kind, interval]) => ({ id, name, kind, policy: { realName: false, perIdPerDay: 5, interval } })),
    colleagues: { [EMPLOYEE]: '张伟' },
  });
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-07T10:00:00+08:00'));

const book = async (resourceId: string, from: string, to: string) =>
  unwrap(await bookRange(h.call, EMPLOYEE, { resourceId, date: DAY, from, to, purpose: '部门例会', headcount: 1 }));
const get = (bookingId: string) => getBooking(h.call, EMPLOYEE, bookingId);

test('the booker starts using the room in its window and leaves it in good order', async () => {
  const booked = await book('room', '09:00', '10:00');
  expect(booked.actions).not.toContain('use');
  const early = await h.call(EMPLOYEE, 'booking.use', { bookingId: booked.id }, rid());
  expect(early).toMatchObject({ ok: false, error: { code: 'NOT_IN_CHECKIN_WINDOW' } });

  h.setNow(at('08:45'));
  expect((await get(booked.id)).actions).toContain('use');
  // Two taps at once (two requests): one starts the use, the other finds it started.
  const requestId = rid();
  const [used, other] = await Promise.all([
    h.call<BookingView>(EMPLOYEE, 'booking.use', { bookingId: booked.id }, requestId),
    h.call<BookingView>(EMPLOYEE, 'booking.use', { bookingId: booked.id }, rid()),
  ]);
  const answers = [used, other];
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'INVALID_STATE' } });
  const started = await get(booked.id);
  expect(started.status).toBe('checked_in');
  expect(started.actions).toContain('return');
  // The same request again (its answer lost) answers as the first time did, if it won.
  if (used.ok)
    expect(unwrap(await h.call<BookingView>(EMPLOYEE, 'booking.use', { bookingId: booked.id }, requestId)).status).toBe(
      'checked_in',
    );

  h.setNow(at('09:55'));
  const back = unwrap(
    await h.call<BookingView>(EMPLOYEE, 'booking.return', { bookingId: booked.id, condition: 'ok' }, rid()),
  );
  expect(back.returned).toMatchObject({ at: at('09:55'), condition: 'ok' });
  expect(back.actions).not.toContain('return');
  const twice = await h.call(EMPLOYEE, 'booking.return', { bookingId: booked.id, condition: 'ok' }, rid());
  expect(twice).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', details: { reason: 'already_returned' } } });
});

test('a room left damaged reaches the desk as one facilities complaint with the note and photo', async () => {
  const booked = await book('room', '11:00', '12:00');
  h.setNow(at('11:00'));
  unwrap(await h.call(EMPLOYEE, 'booking.use', { bookingId: booked.id }, rid()));
  const noNote = await h.call(EMPLOYEE, 'booking.return', { bookingId: booked.id, condition: 'damaged' }, rid());
  expect(noNote).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.note', message: '请描述损坏情况' }] } },
  });
  const report = { bookingId: booked.id, condition: 'damaged', note: '投影幕布卡住无法收回', photos: [PHOTO] } as const;
  const [first, second] = await Promise.all([
    h.call<BookingView>(EMPLOYEE, 'booking.return', report, rid()),
    h.call<BookingView>(STAFF, 'desk.return', report, rid()),
  ]);
  const won = [first, second].filter((a) => a.ok);
  expect(won).toHaveLength(1);
  expect([first, second].find((a) => !a.ok)).toMatchObject({
    error: { code: 'INVALID_STATE', details: { reason: 'already_returned' } },
  });
  expect((await get(booked.id)).returned).toMatchObject({
    condition: 'damaged',
    note: '投影幕布卡住无法收回',
    photos: [PHOTO],
  });

  const queue = unwrap(await h.call<ComplaintView[]>(MANAGER, 'complaint.list', { view: 'queue' }));
  const damage = queue.filter((c) => c.bookingId === booked.id);
  expect(damage).toHaveLength(1);
  expect(damage[0]).toMatchObject({ category: 'facility', status: 'received' });
  expect(damage[0].content).toBe('【使用后损坏报告】会议室A：投影幕布卡住无法收回');
  // Reported by the booker, they follow it as the complainant; reported by staff, the desk does.
  const own = unwrap(await h.call<ComplaintView[]>(EMPLOYEE, 'complaint.list', {}));
  expect(own.some((c) => c.id === damage[0].id)).toBe(first.ok);
});

test('a projector is handed out by a staff scan, flagged when not back by its end, and taken back by staff', async () => {
  const booked = await book('projector', '14:00', '15:00');
  expect(booked.equipment).toBe(true);
  h.setNow(at('13:50'));
  expect((await get(booked.id)).actions).not.toContain('use');
  const self = await h.call(EMPLOYEE, 'booking.use', { bookingId: booked.id }, rid());
  expect(self).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  const { token } = unwrap(await h.call<CheckinTokenView>(EMPLOYEE, 'checkin.token', { bookingId: booked.id }));
  unwrap(await h.call(STAFF, 'checkin.scan', { token }, rid()));

  h.setNow(at('15:30'));
  await h.tick();
  expect((await get(booked.id)).unreturned).toBe(true);
  const notices = unwrap(await h.call<NoticeView[]>(EMPLOYEE, 'notice.list', {}));
  expect(notices.filter((n) => n.kind === 'return_overdue' && n.data.bookingId === booked.id)).toHaveLength(1);
  await h.tick();
  expect(
    unwrap(await h.call<NoticeView[]>(EMPLOYEE, 'notice.list', {})).filter((n) => n.kind === 'return_overdue'),
  ).toHaveLength(1);

  const outsider = await h.call(EMPLOYEE, 'desk.return', { bookingId: booked.id, condition: 'ok' }, rid());
  expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const back = unwrap(
    await h.call<BookingView>(STAFF, 'desk.return', { bookingId: booked.id, condition: 'ok' }, rid()),
  );
  expect(back.returned?.condition).toBe('ok');
  expect(back.unreturned).toBeUndefined();
  expect((await get(booked.id)).unreturned).toBeUndefined();
});
