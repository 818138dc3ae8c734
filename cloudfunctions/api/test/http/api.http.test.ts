// The function's contract over HTTP: envelope, caller identity, roles, validation, idempotency.
import { startHttpCloud, type HttpCloud } from './localCloud';
import { idNumberFor, makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from '../fixtures';
import { rid } from '../harness';
import { ACTIONS } from '@shared/contract';
import type { BookingView } from '@shared/contract';

const ADMIN = 'admin-1';
const MANAGER = 'manager-1';
const V1 = 'visitor-1';
const V2 = 'visitor-2';
let t: HttpCloud;
let slot: string;
let resource: string;
let attendee: string;
const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startHttpCloud([
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: MANAGER, roles: [{ role: 'manager', venueId: 'v1' }] },
  ]);
  await makeVenue(t.call, ADMIN, 'v1');
  await makeVenue(t.call, ADMIN, 'v2');
  resource = await makeResource(t.call, MANAGER, 'v1');
  slot = await makeSlot(t.call, MANAGER, resource, `${day}T10:00:00+08:00`, `${day}T11:00:00+08:00`, 10);
  attendee = await makeAttendee(t.call, V1, 1);
});
afterAll(() => t.close());

const USER_ACTIONS = Object.entries(ACTIONS)
  .filter(([, s]) => s.access !== 'public')
  .map(([a]) => a);
const ADMIN_ACTIONS = Object.entries(ACTIONS)
  .filter(([, s]) => ['staff', 'manager', 'admin'].includes(s.access))
  .map(([a]) => a);

const VALID_INPUT: Record<string, unknown> = {
  'user.me': {},
  'attendee.add': { name: '张三', phone: '13800000000', idType: 'id_card', idNumber: idNumberFor(900), consent: true },
  'attendee.list': {},
  'attendee.remove': { attendeeId: 'x' },
  'booking.create': { slotId: 'x', attendeeIds: ['y'] },
  'booking.list': {},
  'booking.get': { bookingId: 'x' },
  'booking.cancel': { bookingId: 'x' },
  'order.pay': { bookingId: 'x' },
  'order.check': { bookingId: 'x' },
  'admin.venue.upsert': { name: '场馆', kind: 'museum' },
  'admin.resource.upsert': { venueId: 'v1', name: '项目', kind: 'exhibit', mode: 'slot', allocation: 'fcfs' },
  'admin.slot.create': { resourceId: 'r1', start: `${day}T12:00:00+08:00`, end: `${day}T13:00:00+08:00`, capacity: 1 },
  'booking.change': { bookingId: 'x', slotId: 'y' },
  'booking.rebook': { bookingId: 'x', slotId: 'y' },
  'waitlist.join': { slotId: 'x', attendeeIds: ['y'] },
  'waitlist.leave': { entryId: 'x' },
  'waitlist.mine': {},
  'notice.list': {},
  'notice.read': { noticeIds: ['x'] },
  'booking.approve': { bookingId: 'x' },
  'booking.reject': { bookingId: 'x', reason: '资料不全' },
  'admin.booking.pending': {},
  'admin.slot.bulkCreate': {
    resourceId: 'r1',
    from: day,
    to: day,
    weekdays: [0, 1, 2, 3, 4, 5, 6],
    times: [{ start: '09:00', end: '10:00' }],
    capacity: 5,
  },
  'admin.slot.capacity': { slotId: 'x', capacity: 5 },
  'admin.slot.close': { slotId: 'x', reason: '设备维护' },
  'admin.resource.close': { resourceId: 'r1', from: day, to: day, reason: '设备维护' },
  'admin.credit.lift': { attendeeId: 'x', reason: '核实为误记' },
  'admin.credit.blocked': {},
  'checkin.token': { bookingId: 'x' },
  'feedback.create': { bookingId: 'x', experience: 5, exhibitCondition: 4, service: 5 },
  'checkin.scan': { token: 'v1.x.y.z' },
  'checkin.manual': { bookingId: 'x' },
  'checkin.attendance': { bookingId: 'x', attendeeIds: ['y'] },
  'checkin.find': { date: day, phone: '13800000000' },
  'checkin.roster': { date: day },
  'admin.role.grant': { openid: 'someone', role: 'staff', venueId: 'v1' },
  'admin.role.revoke': { openid: 'someone', role: 'staff', venueId: 'v1' },
  'admin.role.list': {},
  'lottery.apply': { slotId: 'x', attendeeIds: ['y'] },
  'lottery.withdraw': { applicationId: 'x' },
  'lottery.confirm': { applicationId: 'x' },
  'lottery.mine': {},
  'lottery.draw': { slotId: 'x' },
  'admin.lottery.list': {},
  'department.list': {},
  'admin.department.upsert': { id: 'dept-x', name: '测试部', categories: ['other'] },
  'complaint.create': { category: 'service', content: '态度不好' },
  'complaint.register': { channel: 'phone', category: 'service', content: '态度不好', contact: '13800000000' },
  'complaint.list': {},
  'complaint.get': { complaintId: 'x' },
  'complaint.route': { complaintId: 'x', departmentId: 'dept-x', complexity: 'general' },
  'complaint.propose': { complaintId: 'x', text: '方案' },
  'complaint.resolve': { complaintId: 'x', text: '结果' },
  'complaint.reply': { complaintId: 'x' },
  'complaint.confirm': { complaintId: 'x', satisfied: true },
  'complaint.followUp': { complaintId: 'x' },
  'complaint.archive': { complaintId: 'x' },
  'complaint.stats': { month: '2026-12' },
  'notify.templates': {},
  'notify.subscribed': { results: { 'local-booking-success': 'accept' } },
  'setup.claim': { code: 'NOT-THE-CODE' },
  'profile.update': { name: '张三' },
  'admin.invite.create': { role: 'staff', venueId: 'v1' },
  'admin.invite.list': {},
  'admin.invite.revoke': { inviteId: 'x' },
  'invite.accept': { code: 'ABCDEFGH2345' },
  'desk.book': {
    slotId: 'x',
    name: '李四',
    phone: '13800000000',
    idType: 'id_card',
    idNumber: idNumberFor(901),
  },
  'desk.booking': { bookingId: 'x' },
  'desk.return': { bookingId: 'x', condition: 'ok' },
  'admin.resource.usage': { resourceId: 'x', from: '2026-12-01', to: '2026-12-31' },
  'desk.bookRange': {
    resourceId: 'x',
    start: '2026-12-09T10:00:00+08:00',
    end: '2026-12-09T11:00:00+08:00',
    purpose: '客户参观',
    headcount: 3,
    name: '李四',
    phone: '13800000000',
    company: '某建材公司',
  },
  'booking.use': { bookingId: 'x' },
  'booking.return': { bookingId: 'x', condition: 'ok' },
  'booking.confirm': { bookingId: 'x' },
  'admin.audit.list': {},
  'admin.feedback.list': {},
  'admin.feedback.followUp': { feedbackId: 'x', note: '已电话回访' },
  'admin.seatmap.save': { resourceId: 'x', seatMap: null },
  'admin.seatmap.get': { resourceId: 'x' },
  'desk.sell': { slotId: 'x', tickets: [{ ticketTypeId: 'full' }], method: 'cash' },
  'desk.refund': { bookingId: 'x' },
  'desk.statement': { venueId: 'v1', date: '2026-12-02' },
  'admin.finance.statement': { venueId: 'v1', month: '2026-12' },
};

test('every action that needs a caller has a valid input here', () => {
  expect(USER_ACTIONS.filter((a) => !(a in VALID_INPUT))).toEqual([]);
});

test.each(USER_ACTIONS)('%s without a caller → UNAUTHENTICATED', async (action) => {
  expect(await t.callRaw(null, action, VALID_INPUT[action])).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
  });
});

test.each(ADMIN_ACTIONS)('%s by a visitor → FORBIDDEN, nothing written', async (action) => {
  // (staff, manager and admin actions alike)
  const before =
    t.cloud.store.count('slots', {}) + t.cloud.store.count('resources', {}) + t.cloud.store.count('venues', {});
  expect(await t.callRaw(V1, action, VALID_INPUT[action])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(
    t.cloud.store.count('slots', {}) + t.cloud.store.count('resources', {}) + t.cloud.store.count('venues', {}),
  ).toBe(before);
});

test('a manager of another venue is FORBIDDEN there', async () => {
  const res = await t.callRaw(MANAGER, 'admin.resource.upsert', {
    ...(VALID_INPUT['admin.resource.upsert'] as object),
    venueId: 'v2',
  });
  expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

const BAD_BOOKING_INPUTS: [string, unknown, string][] = [
  ['missing slotId', { attendeeIds: ['a'] }, 'data.slotId'],
  ['slotId not a string', { slotId: 7, attendeeIds: ['a'] }, 'data.slotId'],
  ['empty slotId', { slotId: '', attendeeIds: ['a'] }, 'data.slotId'],
  ['no attendees', { slotId: 's', attendeeIds: [] }, 'data.attendeeIds'],
  ['attendees not an array', { slotId: 's', attendeeIds: 'a' }, 'data.attendeeIds'],
  ['repeated attendee', { slotId: 's', attendeeIds: ['a', 'a'] }, 'data.attendeeIds'],
  [
    'too many attendees',
    { slotId: 's', attendeeIds: Array.from({ length: 21 }, (_, i) => `a${i}`) },
    'data.attendeeIds',
  ],
  ['unknown field', { slotId: 's', attendeeIds: ['a'], openid: 'someone-else' }, 'data'],
];

test.each(BAD_BOOKING_INPUTS)(
  'booking.create with %s → INVALID_INPUT naming the field, nothing written',
  async (_l, data, path) => {
    const res = await t.callRaw(V1, 'booking.create', data);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('INVALID_INPUT');
    expect((res.error.details as { fields: { path: string }[] }).fields.map((f) => f.path)).toContain(path);
    expect(t.cloud.store.count('bookings', {})).toBe(0);
  },
);

const BAD_SLOT_INPUTS: [string, Record<string, unknown>, string][] = [
  ['start without offset', { start: `${day}T12:00:00` }, 'data.start'],
  ['end before start', { end: `${day}T11:00:00+08:00` }, 'data.end'],
  ['capacity 0', { capacity: 0 }, 'data.capacity'],
  ['capacity fractional', { capacity: 1.5 }, 'data.capacity'],
  ['capacity a string', { capacity: '10' }, 'data.capacity'],
];

test.each(BAD_SLOT_INPUTS)('admin.slot.create with %s → INVALID_INPUT', async (_l, patch, path) => {
  const before = t.cloud.store.count('slots', {});
  const res = await t.callRaw(MANAGER, 'admin.slot.create', {
    ...(VALID_INPUT['admin.slot.create'] as object),
    resourceId: resource,
    ...patch,
  });
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (!res.ok) expect((res.error.details as { fields: { path: string }[] }).fields.map((f) => f.path)).toContain(path);
  expect(t.cloud.store.count('slots', {})).toBe(before);
});

test('a mutating action without requestId, an unknown action, a non-object body → INVALID_INPUT', async () => {
  expect(await t.call(V1, 'booking.cancel', { bookingId: 'x' }, null)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'requestId' }] } },
  });
  expect(await t.callRaw(V1, 'booking.delete', {})).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'action' }] } },
  });
  const raw = await t.post('/api/call/api', 'just a string');
  expect(((await raw.json()) as { result: unknown }).result).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('invalid input wins over a missing caller (api.md precedence)', async () => {
  expect(await t.callRaw(null, 'booking.create', { slotId: '' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('the same requestId twice → one booking, the same answer', async () => {
  const requestId = rid();
  const first = unwrap(
    await t.call<BookingView>(V1, 'booking.create', { slotId: slot, attendeeIds: [attendee] }, requestId),
  );
  const second = unwrap(
    await t.call<BookingView>(V1, 'booking.create', { slotId: slot, attendeeIds: [attendee] }, requestId),
  );
  expect(second).toEqual(first);
  expect(t.cloud.store.count('bookings', { openid: V1 })).toBe(1);
  unwrap(await t.call(V1, 'booking.cancel', { bookingId: first.id }));
});

test('ten simultaneous deliveries of one requestId → one booking; the rest answer it or CONFLICT', async () => {
  const requestId = rid();
  const answers = await Promise.all(
    Array.from({ length: 10 }, () =>
      t.call<BookingView>(V1, 'booking.create', { slotId: slot, attendeeIds: [attendee] }, requestId),
    ),
  );
  const ids = new Set(answers.flatMap((a) => (a.ok ? [a.data.id] : [])));
  expect(ids.size).toBe(1);
  for (const a of answers) if (!a.ok) expect(a.error.code).toBe('CONFLICT');
  expect(t.cloud.store.count('bookings', { openid: V1, status: 'confirmed' })).toBe(1);
});

test("another visitor's booking → NOT_FOUND", async () => {
  const [mine] = unwrap(await t.call<BookingView[]>(V1, 'booking.list', { status: 'confirmed' }));
  expect(await t.call(V2, 'booking.get', { bookingId: mine.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await t.call(V2, 'booking.cancel', { bookingId: mine.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('the caller comes from the context, never the payload', async () => {
  const res = await t.post('/api/call/api', { action: 'user.me', data: {}, openid: V1, userInfo: { openId: V1 } });
  expect(((await res.json()) as { result: unknown }).result).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});
