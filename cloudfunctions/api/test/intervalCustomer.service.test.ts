// Customers booked by customer service (seed 004): company, contact and needs on the booking, an earlier
// window than employees have (customerExtraDays), the same ledger and rules as anyone's booking.
import type { BookingView } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import { idNumberFor, unwrap } from './fixtures';
import { bookRange, businessInstant as at, makeCompany } from './intervalFixtures';

const ADMIN = 'cu-admin';
const SERVICE = 'cu-service';
const OTHER_STAFF = 'cu-other';
const EMPLOYEE = 'cu-employee';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-07T10:00:00+08:00'); // Monday
  await makeCompany(h, {
    admin: ADMIN,
    staff: SERVICE,
    outsider: { openid: OTHER_STAFF, role: 'staff' },
    resources: (
      [
        ['showroom', '产品展厅', false],
        ['sample-store', '样品库', true],
      ] as const
    ).map(([id, name, realName]) => ({
      id,
      name,
      kind: id === 'showroom' ? 'showroom' : 'sample_store',
      policy: {
        realName,
        opensDaysBefore: 7,
        interval: { granularityMinutes: 30, customerExtraDays: 14, capacity: 30 },
      },
    })),
    colleagues: { [EMPLOYEE]: '周敏' },
  });
});
afterAll(() => h.close());

const customer = (date: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  resourceId: 'showroom',
  start: at(date, from),
  end: at(date, to),
  purpose: '客户参观新品',
  headcount: 6,
  name: '陈总',
  phone: '13800001111',
  company: '华东建材贸易有限公司',
  needs: '需要讲解员和茶歇',
  ...extra,
});
const employee = (date: string, from: string, to: string) =>
  bookRange(h.call, EMPLOYEE, { resourceId: 'showroom', date, from, to, purpose: '内部培训', headcount: 10 });

test('customer service books a customer three weeks ahead, where employees may book one week ahead', async () => {
  const booked = unwrap(
    await h.call<BookingView>(SERVICE, 'desk.bookRange', customer('2026-12-18', '10:00', '11:30'), rid()),
  );
  expect(booked).toMatchObject({
    resourceName: '产品展厅',
    start: at('2026-12-18', '10:00'),
    end: at('2026-12-18', '11:30'),
    status: 'confirmed',
    purpose: '客户参观新品',
    headcount: 6,
    attendees: [],
    booker: { name: '陈总', phoneMasked: '138****1111' },
    desk: { name: '陈总', phoneMasked: '138****1111', company: '华东建材贸易有限公司', needs: '需要讲解员和茶歇' },
  });
  expect(await employee('2026-12-18', '14:00', '15:00')).toMatchObject({ ok: false, error: { code: 'SLOT_NOT_OPEN' } });
  const beyond = await h.call(SERVICE, 'desk.bookRange', customer('2026-12-29', '10:00', '11:00'), rid());
  expect(beyond).toMatchObject({ ok: false, error: { code: 'SLOT_NOT_OPEN' } });
});

test('a customer booked first keeps the time: the employee asking for it is offered others', async () => {
  unwrap(await h.call(SERVICE, 'desk.bookRange', customer('2026-12-09', '14:00', '16:00'), rid()));
  const refused = await employee('2026-12-09', '15:00', '16:00');
  expect(refused).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
  if (!refused.ok)
    expect((refused.error.details?.alternatives as { start: string }[])[0].start).toBe(at('2026-12-09', '16:00'));
});

test('only staff of the venue book for customers; a real-name store asks the customer’s ID document', async () => {
  const outsider = await h.call(OTHER_STAFF, 'desk.bookRange', customer('2026-12-10', '10:00', '11:00'), rid());
  expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const visitor = await h.call(EMPLOYEE, 'desk.bookRange', customer('2026-12-10', '10:00', '11:00'), rid());
  expect(visitor).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  const store = { resourceId: 'sample-store' };
  const noId = await h.call(SERVICE, 'desk.bookRange', customer('2026-12-10', '10:00', '11:00', store), rid());
  expect(noId).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.idNumber', message: '该项目需登记客户证件' }] } },
  });
  const withId = unwrap(
    await h.call<BookingView>(
      SERVICE,
      'desk.bookRange',
      customer('2026-12-10', '10:00', '11:00', { ...store, idType: 'id_card', idNumber: idNumberFor(77) }),
      rid(),
    ),
  );
  expect(withId.attendees).toHaveLength(1);
  expect(withId.attendees[0].name).toBe('陈总');
});
