// resource.day for a customer (seed 004: customer service books for customers, who may book further ahead):
// `for: 'customer'` draws the day by desk.bookRange's window (opensDaysBefore + customerExtraDays), for the
// staff of the resource's venue only; the staff member's own bookings are then just taken time. And a day
// the venue closed (the closure in the day's ledger document) says so and offers no cell.
import type { BookingView, IntervalDayView } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import { unwrap } from './fixtures';
import { businessInstant as at, makeColleagues, makeCompany } from './intervalFixtures';

const ADMIN = 'dc-admin';
const SERVICE = 'dc-service';
const OTHER_STAFF = 'dc-other';
const EMPLOYEE = 'dc-employee';
/** Monday 2026-12-07: employees book up to 12-14, customers up to 12-28. */
const ELEVEN_DAYS_AHEAD = '2026-12-18';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-07T10:00:00+08:00');
  await makeCompany(h, {
    admin: ADMIN,
    staff: SERVICE,
    outsider: { openid: OTHER_STAFF, role: 'staff' },
    resources: [
      {
        id: 'showroom',
        name: '产品展厅',
        kind: 'showroom',
        policy: {
          realName: false,
          opensDaysBefore: 7,
          interval: { granularityMinutes: 30, customerExtraDays: 14, capacity: 30 },
        },
      },
    ],
  });
  // Names only: no phone on their profiles.
  await makeColleagues(h.call, { [EMPLOYEE]: '周敏', [SERVICE]: '李娜' }, {});
});
afterAll(() => h.close());

const dayOf = (openid: string | null, date: string, extra: Record<string, unknown> = {}) =>
  h.call<IntervalDayView>(openid, 'resource.day', { resourceId: 'showroom', date, ...extra });
const forCustomer = { for: 'customer' };
const bookable = (day: IntervalDayView) => day.cells.filter((c) => c.bookable).length;

test('11 days ahead: nothing bookable for an employee, every cell for customer service booking a customer', async () => {
  const employee = unwrap(await dayOf(EMPLOYEE, ELEVEN_DAYS_AHEAD));
  expect(employee).toMatchObject({ earliestDate: '2026-12-07', latestDate: '2026-12-14' });
  expect(employee.cells).toHaveLength(18);
  expect(bookable(employee)).toBe(0);
  // The staff member asking for themselves is an employee too.
  expect(bookable(unwrap(await dayOf(SERVICE, ELEVEN_DAYS_AHEAD)))).toBe(0);

  const customer = unwrap(await dayOf(SERVICE, ELEVEN_DAYS_AHEAD, forCustomer));
  expect(customer).toMatchObject({ earliestDate: '2026-12-07', latestDate: '2026-12-28' });
  expect(bookable(customer)).toBe(18);
  // The same window desk.bookRange holds the customer to: its last day can be booked, the next cannot.
  expect(bookable(unwrap(await dayOf(SERVICE, '2026-12-28', forCustomer)))).toBe(18);
  expect(bookable(unwrap(await dayOf(SERVICE, '2026-12-29', forCustomer)))).toBe(0);
  const booked = await h.call<BookingView>(
    SERVICE,
    'desk.bookRange',
    {
      resourceId: 'showroom',
      start: at(ELEVEN_DAYS_AHEAD, '10:00'),
      end: at(ELEVEN_DAYS_AHEAD, '11:00'),
      purpose: '客户参观新品',
      headcount: 6,
      name: '陈总',
      phone: '13800001111',
      company: '华东建材贸易有限公司',
    },
    rid(),
  );
  expect(booked).toMatchObject({ ok: true });
  const after = unwrap(await dayOf(SERVICE, ELEVEN_DAYS_AHEAD, forCustomer));
  expect(after.cells.filter((c) => c.free === 0).map((c) => c.start)).toEqual([
    at(ELEVEN_DAYS_AHEAD, '10:00'),
    at(ELEVEN_DAYS_AHEAD, '10:30'),
  ]);
});

test('for a customer, the staff member’s own booking is just taken time', async () => {
  unwrap(
    await h.call<BookingView>(
      SERVICE,
      'booking.create',
      {
        resourceId: 'showroom',
        start: at('2026-12-09', '14:00'),
        end: at('2026-12-09', '15:00'),
        purpose: '部门培训',
        headcount: 10,
      },
      rid(),
    ),
  );
  const own = unwrap(await dayOf(SERVICE, '2026-12-09'));
  expect(own.cells.find((c) => c.start === at('2026-12-09', '14:00'))).toMatchObject({ free: 0, mine: true });
  const customer = unwrap(await dayOf(SERVICE, '2026-12-09', forCustomer));
  expect(customer.cells.find((c) => c.start === at('2026-12-09', '14:00'))).toMatchObject({ free: 0, mine: false });
  expect(customer.cells.some((c) => c.mine)).toBe(false);
});

test('only the venue’s staff may ask for a customer: a visitor and other staff are FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
  for (const openid of [EMPLOYEE, OTHER_STAFF])
    expect(await dayOf(openid, ELEVEN_DAYS_AHEAD, forCustomer)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '仅本场馆的现场服务人员可为客户查看预约时间' },
    });
  expect(await dayOf(null, ELEVEN_DAYS_AHEAD, forCustomer)).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  // Without the flag the day stays public.
  expect(await dayOf(null, ELEVEN_DAYS_AHEAD)).toMatchObject({ ok: true });
  expect(await dayOf(SERVICE, ELEVEN_DAYS_AHEAD, { for: 'vip' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.for', message: '取值不在允许范围内' }] } },
  });
});

test('a day the venue closed says why and has no bookable cell, for employees and customers alike', async () => {
  const date = '2026-12-10';
  // The closure as admin.resource.close writes it into the day's ledger document.
  await h.store.insert('intervalDays', [
    {
      _id: `showroom:${date}`,
      resourceId: 'showroom',
      date,
      reservations: [],
      version: 1,
      closed: { reason: '设备检修' },
    },
  ]);
  for (const [openid, extra] of [
    [EMPLOYEE, {}],
    [SERVICE, forCustomer],
  ] as const) {
    const closed = unwrap(await dayOf(openid, date, extra));
    expect(closed.closed).toEqual({ reason: '设备检修' });
    expect(closed.cells).toHaveLength(18);
    expect(bookable(closed)).toBe(0);
  }
  const open = unwrap(await dayOf(EMPLOYEE, '2026-12-11'));
  expect(open).not.toHaveProperty('closed');
  expect(bookable(open)).toBe(18);
});
