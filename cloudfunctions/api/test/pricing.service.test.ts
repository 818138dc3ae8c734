// Prices and refund rules as data (seed 001): admin.resource.upsert stores a resource's ticket types, hold
// and refund rule, which resource.list answers with their defaults; the contract refuses what does not
// add up, field by field; slots keep their own prices. Nothing is sold by them yet: a free resource
// stays exactly as before.
import type { ActionInput, ResourceView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeResource, makeVenue, unwrap } from './fixtures';

const ADMIN = 'pr-admin';
const DAY = '2026-12-12';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'culture');
});
afterAll(() => h.close());

type Pricing = NonNullable<NonNullable<ActionInput<'admin.resource.upsert'>['policy']>['pricing']>;

const CONCERT: Pricing = {
  ticketTypes: [
    { id: 'full', name: '全价', priceFen: 8000 },
    { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
    { id: 'child', name: '儿童', priceFen: 3000 },
  ],
  refund: { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 70 },
};

const upsert = (id: string, policy: Record<string, unknown>, mode: 'slot' | 'interval' = 'slot') =>
  h.call<ResourceView>(ADMIN, 'admin.resource.upsert', {
    id,
    venueId: 'culture',
    name: '新年音乐会',
    kind: 'event',
    mode,
    allocation: 'fcfs',
    policy,
  });

const listed = async (id: string) =>
  unwrap(await h.call<ResourceView[]>(null, 'resource.list', { venueId: 'culture' })).find((r) => r.id === id);

/** The field errors of a refused call. */
async function fieldsOf(answer: Promise<{ ok: boolean; error?: { code: string; details?: unknown } }>) {
  const res = await answer;
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  return (res.error?.details as { fields: { path: string; message: string }[] }).fields;
}

describe('resource prices', () => {
  test('a priced resource answers its prices with the defaults it left out', async () => {
    const answer = unwrap(await upsert('pr-concert', { maxAttendees: 4, pricing: CONCERT }));
    const expected = { ...CONCERT, holdMinutes: 15, zones: [] };
    expect(answer.policy.pricing).toEqual(expected);
    expect((await listed('pr-concert'))?.policy.pricing).toEqual(expected);
  });

  test('an upsert that leaves the prices out keeps them; null removes them, and the resource is free', async () => {
    const save = async (policy: Record<string, unknown>) => unwrap(await upsert('pr-kept', policy));
    await save({ pricing: CONCERT });
    await save({ maxAttendees: 2 });
    const kept = await listed('pr-kept');
    expect(kept?.policy.maxAttendees).toBe(2);
    expect(kept?.policy.pricing?.ticketTypes).toEqual(CONCERT.ticketTypes);
    const free = await save({ pricing: null });
    expect(free.policy).not.toHaveProperty('pricing');
    expect((await listed('pr-kept'))?.policy).not.toHaveProperty('pricing');
    expect(h.store.find('resources', { id: 'pr-kept' })[0].policy).toEqual({ maxAttendees: 2, pricing: null });
  });

  test('a resource without prices has none in its policy, as before prices existed', async () => {
    await makeResource(h.call, ADMIN, 'culture', { maxAttendees: 3 }, 'pr-free');
    expect((await listed('pr-free'))?.policy).not.toHaveProperty('pricing');
  });

  test.each<[string, Pricing, string, string]>([
    [
      'a repeated ticket type id',
      { ticketTypes: [CONCERT.ticketTypes[0], { ...CONCERT.ticketTypes[1], id: 'full' }] },
      'data.policy.pricing.ticketTypes.1.id',
      '票种编号重复',
    ],
    [
      'a zone price for a type the resource does not sell',
      { ...CONCERT, zones: [{ id: 'stalls', name: '池座', prices: { full: 12000, vip: 20000 } }] },
      'data.policy.pricing.zones.0.prices.vip',
      '没有此票种',
    ],
    [
      'a partial tier that starts before the full one ends',
      { ...CONCERT, refund: { fullHoursBefore: 2, partialHoursBefore: 24, partialPercent: 50 } },
      'data.policy.pricing.refund.partialHoursBefore',
      '不能大于全额退款的小时数',
    ],
    [
      'a partial tier alone beyond the default full tier',
      { ...CONCERT, refund: { partialHoursBefore: 48 } },
      'data.policy.pricing.refund.partialHoursBefore',
      '不能大于全额退款的小时数',
    ],
    [
      'a price in fractions of a fen',
      { ticketTypes: [{ id: 'full', name: '全价', priceFen: 40.5 }] },
      'data.policy.pricing.ticketTypes.0.priceFen',
      '金额须精确到分',
    ],
    [
      'a price above ¥10,000',
      { ticketTypes: [{ id: 'full', name: '全价', priceFen: 1_000_001 }] },
      'data.policy.pricing.ticketTypes.0.priceFen',
      '金额不能超过10000元',
    ],
    [
      'a name longer than ten characters',
      { ticketTypes: [{ id: 'full', name: '全价全价全价全价全价全', priceFen: 100 }] },
      'data.policy.pricing.ticketTypes.0.name',
      '票种名称最多10个字',
    ],
    [
      'an id that is not lower-case letters, digits and _',
      { ticketTypes: [{ id: 'Full-1', name: '全价', priceFen: 100 }] },
      'data.policy.pricing.ticketTypes.0.id',
      '编号格式不正确',
    ],
    ['no ticket type', { ticketTypes: [] }, 'data.policy.pricing.ticketTypes', '至少设置一种票'],
    ['a hold of three minutes', { ...CONCERT, holdMinutes: 3 }, 'data.policy.pricing.holdMinutes', '不能小于5'],
    [
      'a refund share of 100 %',
      { ...CONCERT, refund: { partialPercent: 100 } },
      'data.policy.pricing.refund.partialPercent',
      '不能大于99',
    ],
  ])('%s is refused at its field', async (_label, pricing, path, message) => {
    expect(await fieldsOf(upsert('pr-bad', { pricing }))).toContainEqual({ path, message });
  });

  test('a resource booked by the hour takes no prices', async () => {
    expect(await fieldsOf(upsert('pr-room', { pricing: CONCERT }, 'interval'))).toContainEqual({
      path: 'data.policy.pricing',
      message: '按时间区间预约的项目暂不支持票价',
    });
  });
});

describe('slot prices', () => {
  const storedPrices = (where: Record<string, unknown>) =>
    h.store.find('slots', { where }).map((s) => s.prices as Record<string, number> | undefined);

  beforeAll(async () => {
    unwrap(await upsert('pr-gala', { pricing: CONCERT }));
  });

  test('a slot created with prices of its own keeps them; one without has none', async () => {
    const gala = unwrap(
      await h.call<{ id: string }>(ADMIN, 'admin.slot.create', {
        resourceId: 'pr-gala',
        start: `${DAY}T19:30:00+08:00`,
        end: `${DAY}T21:30:00+08:00`,
        capacity: 300,
        prices: { full: 12000, student: 6000 },
      }),
    );
    const plain = unwrap(
      await h.call<{ id: string }>(ADMIN, 'admin.slot.create', {
        resourceId: 'pr-gala',
        start: `${DAY}T14:30:00+08:00`,
        end: `${DAY}T16:00:00+08:00`,
        capacity: 300,
      }),
    );
    expect(storedPrices({ _id: gala.id })).toEqual([{ full: 12000, student: 6000 }]);
    expect(h.store.find('slots', { id: plain.id })[0]).not.toHaveProperty('prices');
  });

  test('slots made in bulk each keep the request’s prices', async () => {
    unwrap(
      await h.call(ADMIN, 'admin.slot.bulkCreate', {
        resourceId: 'pr-gala',
        from: '2026-12-14',
        to: '2026-12-16',
        weekdays: [0, 1, 2, 3, 4, 5, 6],
        times: [{ start: '19:30', end: '21:00' }],
        capacity: 200,
        prices: { child: 0 },
      }),
    );
    const prices = storedPrices({ resourceId: 'pr-gala', date: { $gte: '2026-12-14' } });
    expect(prices).toEqual([{ child: 0 }, { child: 0 }, { child: 0 }]);
  });

  test('a slot price is checked as money, and its ticket type id as an id', async () => {
    const slot = {
      resourceId: 'pr-gala',
      start: `${DAY}T10:00:00+08:00`,
      end: `${DAY}T11:00:00+08:00`,
      capacity: 10,
    };
    expect(await fieldsOf(h.callRaw(ADMIN, 'admin.slot.create', { ...slot, prices: { full: -1 } }))).toContainEqual({
      path: 'data.prices.full',
      message: '金额不能为负',
    });
    const badKey = await fieldsOf(h.callRaw(ADMIN, 'admin.slot.create', { ...slot, prices: { 'a.b': 100 } }));
    expect(badKey.map((f) => f.path)).toContain('data.prices.a.b');
  });
});
