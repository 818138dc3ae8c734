// A venue's opening hours, closed days and contact: admin.venue.upsert stores them and venue.list
// answers them. The upsert writes the whole venue: what an edit leaves out is gone afterwards.
import type { ActionInput, VenueView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { unwrap } from './fixtures';

const ADMIN = 'vs-admin';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
});
afterAll(() => h.close());

const upsert = (data: ActionInput<'admin.venue.upsert'>) => h.call<VenueView>(ADMIN, 'admin.venue.upsert', data);
const listed = async (id: string) => unwrap(await h.call<VenueView[]>(null, 'venue.list', {})).find((v) => v.id === id);

test('hours, closed weekdays and dates and the contact round-trip through venue.list', async () => {
  const answer = unwrap(
    await upsert({
      id: 'vs-1',
      name: '市科技馆',
      kind: 'museum',
      address: '人民路1号',
      hours: { opens: '09:00', closes: '17:00' },
      closedWeekdays: [1, 1],
      closedDates: ['2027-01-01', '2026-12-31'],
      contact: '021-12345678',
    }),
  );
  const expected: VenueView = {
    id: 'vs-1',
    name: '市科技馆',
    kind: 'museum',
    address: '人民路1号',
    hours: { opens: '09:00', closes: '17:00' },
    closedWeekdays: [1],
    closedDates: ['2026-12-31', '2027-01-01'],
    contact: '021-12345678',
    // Not given: listed after the venues that have a place.
    order: 100,
  };
  expect(answer).toEqual(expected);
  expect(await listed('vs-1')).toEqual(expected);
});

test('an upsert of an existing venue replaces it whole: fields left out are removed', async () => {
  unwrap(
    await upsert({
      id: 'vs-2',
      name: '文化馆',
      kind: 'culture_center',
      hours: { opens: '08:30', closes: '21:00' },
      closedWeekdays: [1],
      contact: '010-87654321',
    }),
  );
  unwrap(await upsert({ id: 'vs-2', name: '市文化馆', kind: 'culture_center', closedDates: ['2027-02-17'] }));
  expect(await listed('vs-2')).toEqual({
    id: 'vs-2',
    name: '市文化馆',
    kind: 'culture_center',
    closedDates: ['2027-02-17'],
    order: 100,
  });
});

test('bad hours and days are refused with the field named', async () => {
  expect(await upsert({ name: '馆', kind: 'museum', hours: { opens: '18:00', closes: '09:00' } })).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      details: { fields: [{ path: 'data.hours.closes', message: '闭馆时间必须晚于开馆时间' }] },
    },
  });
  expect(await upsert({ name: '馆', kind: 'museum', closedWeekdays: [7] })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.closedWeekdays.0' }] } },
  });
  expect(await upsert({ name: '馆', kind: 'museum', closedDates: ['2026-02-30'] })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('slots in bulk are not made on the venue’s closed days', async () => {
  unwrap(
    await upsert({ id: 'vs-3', name: '市博物馆', kind: 'museum', closedWeekdays: [1], closedDates: ['2026-12-10'] }),
  );
  unwrap(
    await h.call(ADMIN, 'admin.resource.upsert', {
      id: 'vs-3-r',
      venueId: 'vs-3',
      name: '常设展',
      kind: 'admission',
      mode: 'slot',
      allocation: 'fcfs',
    }),
  );
  // Mon 7 … Sun 13 December: Monday and Thursday the 10th are closed.
  const made = unwrap(
    await h.call(ADMIN, 'admin.slot.bulkCreate', {
      resourceId: 'vs-3-r',
      from: '2026-12-07',
      to: '2026-12-13',
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      times: [{ start: '09:00', end: '12:00' }],
      capacity: 100,
    }),
  );
  expect(made).toEqual({ created: 5, skipped: 0 });
  const dates = h.store.find('slots', { where: { resourceId: 'vs-3-r' } }).map((d) => d.date);
  expect(dates.sort()).toEqual(['2026-12-08', '2026-12-09', '2026-12-11', '2026-12-12', '2026-12-13']);
});
