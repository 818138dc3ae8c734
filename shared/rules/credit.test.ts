import { creditFrom, worstCredit } from './credit';

const DAY = 86_400_000;
const rule = { limit: 3, windowDays: 90, blockDays: 30 };
const now = Date.parse('2026-12-01T12:00:00+08:00');

test('fewer than the limit in the window: counted, not blocked', () => {
  expect(creditFrom([now - 10 * DAY, now - 5 * DAY], rule, now)).toEqual({ noShows: 2, blockedUntil: null });
});

test('the limit-th no-show within the window blocks for blockDays from it', () => {
  const third = now - 2 * DAY;
  expect(creditFrom([now - 80 * DAY, now - 40 * DAY, third], rule, now)).toEqual({
    noShows: 3,
    blockedUntil: third + 30 * DAY,
  });
});

test('three no-shows spread over more than the window do not block', () => {
  expect(creditFrom([now - 200 * DAY, now - 100 * DAY, now - 1 * DAY], rule, now).blockedUntil).toBeNull();
});

test('a block that has run out is over', () => {
  expect(creditFrom([now - 50 * DAY, now - 45 * DAY, now - 40 * DAY], rule, now).blockedUntil).toBeNull();
});

test('worst over several people', () => {
  expect(
    worstCredit([
      { noShows: 1, blockedUntil: null },
      { noShows: 3, blockedUntil: now + DAY },
      { noShows: 2, blockedUntil: now + 2 * DAY },
    ]),
  ).toEqual({
    noShows: 3,
    blockedUntil: now + 2 * DAY,
  });
});
