import { bookingClosesAt, bookingOpensAt, cancelDeadline, DEFAULT_POLICY, resolvePolicy, slotStatus } from './policy';

const at = (iso: string) => Date.parse(iso);
const slot = {
  start: at('2026-12-10T10:00:00+08:00'),
  end: at('2026-12-10T11:00:00+08:00'),
  remaining: 3,
  cancelled: false,
};

beforeAll(() => {
  process.env.TZ = 'UTC';
});

test('overrides merge into the defaults, nested ones too', () => {
  const p = resolvePolicy({ maxAttendees: 2, noShow: { limit: 5 } });
  expect(p.maxAttendees).toBe(2);
  expect(p.noShow).toEqual({ ...DEFAULT_POLICY.noShow, limit: 5 });
  expect(p.cancelMinutesBefore).toBe(120);
});

test("booking opens N days before the slot's Shanghai date at opensAt", () => {
  expect(bookingOpensAt(slot, DEFAULT_POLICY)).toBe(at('2026-12-03T09:00:00+08:00'));
  // A slot at 00:30 Shanghai is still on its Shanghai date (the UTC date is the day before).
  const early = { ...slot, start: at('2026-12-10T00:30:00+08:00'), end: at('2026-12-10T01:00:00+08:00') };
  expect(bookingOpensAt(early, DEFAULT_POLICY)).toBe(at('2026-12-03T09:00:00+08:00'));
});

test('closing and cancel deadlines count back from the start', () => {
  expect(bookingClosesAt(slot, DEFAULT_POLICY)).toBe(at('2026-12-10T09:00:00+08:00'));
  expect(cancelDeadline(slot, DEFAULT_POLICY)).toBe(at('2026-12-10T08:00:00+08:00'));
});

test.each([
  ['2026-12-03T08:59:59.999+08:00', 'not_open'],
  ['2026-12-03T09:00:00+08:00', 'open'],
  ['2026-12-10T08:59:59.999+08:00', 'open'],
  ['2026-12-10T09:00:00+08:00', 'closed'],
  ['2026-12-10T10:59:59.999+08:00', 'closed'],
  ['2026-12-10T11:00:00+08:00', 'ended'],
])('at %s the slot is %s', (now, status) => {
  expect(slotStatus(slot, DEFAULT_POLICY, at(now))).toBe(status);
});

test('full only while open; cancelled wins over everything', () => {
  const now = at('2026-12-05T12:00:00+08:00');
  expect(slotStatus({ ...slot, remaining: 0 }, DEFAULT_POLICY, now)).toBe('full');
  expect(slotStatus({ ...slot, remaining: 0 }, DEFAULT_POLICY, at('2026-12-01T12:00:00+08:00'))).toBe('not_open');
  expect(slotStatus({ ...slot, cancelled: true }, DEFAULT_POLICY, at('2026-12-11T00:00:00+08:00'))).toBe('cancelled');
});

test('perAccountPerDay defaults to maxAttendees, and stands when set', () => {
  expect(resolvePolicy(undefined).perAccountPerDay).toBe(DEFAULT_POLICY.maxAttendees);
  expect(resolvePolicy({ maxAttendees: 2 }).perAccountPerDay).toBe(2);
  expect(resolvePolicy({ maxAttendees: 2, perAccountPerDay: 6 }).perAccountPerDay).toBe(6);
});

describe('pricing (seed 001)', () => {
  const TYPES = [{ id: 'full', name: '全价', priceFen: 4000 }];

  test('a resource without prices is free: its policy has no pricing at all, as before prices existed', () => {
    expect('pricing' in resolvePolicy(undefined)).toBe(false);
    expect('pricing' in resolvePolicy({ maxAttendees: 2 })).toBe(false);
    // Prices removed (an upsert merges fields, so removing sends null): free again.
    expect('pricing' in resolvePolicy({ pricing: null })).toBe(false);
    expect(resolvePolicy({ maxAttendees: 2 })).toEqual({ ...DEFAULT_POLICY, maxAttendees: 2, perAccountPerDay: 2 });
  });

  test('a priced resource gets a 15-minute hold, full refunds until 24 hours before and none after', () => {
    expect(resolvePolicy({ pricing: { ticketTypes: TYPES } }).pricing).toEqual({
      ticketTypes: TYPES,
      holdMinutes: 15,
      refund: { fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 },
      zones: [],
    });
  });

  test('set parts stand; a partial tier’s hours default to the full tier’s', () => {
    const p = resolvePolicy({ pricing: { ticketTypes: TYPES, holdMinutes: 30, refund: { fullHoursBefore: 48 } } });
    expect(p.pricing?.holdMinutes).toBe(30);
    expect(p.pricing?.refund).toEqual({ fullHoursBefore: 48, partialHoursBefore: 48, partialPercent: 50 });
    const partial = resolvePolicy({
      pricing: { ticketTypes: TYPES, refund: { partialHoursBefore: 2, partialPercent: 70 } },
    });
    expect(partial.pricing?.refund).toEqual({ fullHoursBefore: 24, partialHoursBefore: 2, partialPercent: 70 });
  });
});
