// Resources booked by the hour keep their interval rules in the policy: opening hours by weekday, the
// grid, the shortest and longest use, the buffer, lead working days, units and seats, and whether people
// book under their real names. Bad rules are refused with Chinese field messages.
import { startHarness, type Harness } from './harness';
import { unwrap } from './fixtures';
import { intervalResourceInput, makeCompany, type IntervalPolicy } from './intervalFixtures';
import type { ResourceView } from '@shared/contract';
import type { FieldError } from '@shared/errors';

const ADMIN = 'ir-admin';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await makeCompany(h, { admin: ADMIN });
});
afterAll(() => h.close());

const room = (policy: IntervalPolicy) =>
  h.call<ResourceView>(
    ADMIN,
    'admin.resource.upsert',
    intervalResourceInput({ id: 'room-a', name: '会议室A', kind: 'room', policy }),
  );

test('a meeting room’s rules are kept and answered with the defaults filled in', async () => {
  unwrap(
    await room({
      realName: false,
      interval: {
        hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '18:00' })),
        granularityMinutes: 15,
        bufferMinutes: 10,
        leadWorkingDays: 1,
        capacity: 12,
      },
    }),
  );
  const [listed] = unwrap(await h.call<ResourceView[]>(null, 'resource.list', { venueId: 'company' }));
  expect(listed.policy.realName).toBe(false);
  expect(listed.policy.interval).toEqual({
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '18:00' })),
    workingDaysOnly: true,
    granularityMinutes: 15,
    minMinutes: 30,
    maxMinutes: 240,
    bufferMinutes: 10,
    leadWorkingDays: 1,
    quantity: 1,
    capacity: 12,
    confirmHours: 0,
    customerExtraDays: 0,
  });
});

test('rules that cannot work are refused under their fields, in Chinese', async () => {
  const answer = await room({
    interval: {
      granularityMinutes: 7,
      minMinutes: 120,
      maxMinutes: 60,
      hours: [
        { weekday: 1, opens: '18:00', closes: '09:00' },
        { weekday: 1, opens: '09:00', closes: '12:00' },
      ],
    },
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (answer.ok) throw new Error('expected a refusal');
  // The error body types its details loosely; an INVALID_INPUT refusal carries the failing fields.
  const fields = (answer.error.details as { fields: FieldError[] }).fields;
  expect(fields).toEqual(
    expect.arrayContaining([
      { path: 'data.policy.interval.granularityMinutes', message: '时间粒度应为5、10、15、30、60分钟之一' },
      { path: 'data.policy.interval.hours.0.closes', message: '结束时间必须晚于开始时间' },
    ]),
  );
  for (const f of fields) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
});
