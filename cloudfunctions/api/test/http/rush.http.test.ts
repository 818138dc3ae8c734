// The rush: 400 visitors book one slot of 40 places at the same instant, through the local cloud's
// function instances and the real SDK. Exactly 40 win; every loser is told SLOT_FULL.
import { startHttpCloud, type HttpCloud } from './localCloud';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from '../fixtures';
import type { SlotView } from '@shared/contract';

const ADMIN = 'admin-1';
const VISITORS = 400;
const PLACES = 40;
let t: HttpCloud;

beforeAll(async () => {
  t = await startHttpCloud([{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
});
afterAll(() => t.close());

test(`${VISITORS} simultaneous bookings of ${PLACES} places → exactly ${PLACES} bookings, 0 places left`, async () => {
  await makeVenue(t.call, ADMIN);
  const resource = await makeResource(t.call, ADMIN, 'v1');
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const slot = await makeSlot(t.call, ADMIN, resource, `${day}T10:00:00+08:00`, `${day}T11:00:00+08:00`, PLACES);
  const visitors = Array.from({ length: VISITORS }, (_, i) => `rush-${i}`);
  const attendees: string[] = [];
  for (let i = 0; i < VISITORS; i += 50) {
    attendees.push(...(await Promise.all(visitors.slice(i, i + 50).map((v, j) => makeAttendee(t.call, v, i + j)))));
  }

  const answers = await Promise.all(
    visitors.map((v, i) => t.call(v, 'booking.create', { slotId: slot, attendeeIds: [attendees[i]] })),
  );

  const won = answers.filter((a) => a.ok);
  const codes = answers.flatMap((a) => (a.ok ? [] : [a.error.code]));
  expect(won).toHaveLength(PLACES);
  expect(new Set(codes)).toEqual(new Set(['SLOT_FULL']));
  const [view] = unwrap(await t.call<SlotView[]>(null, 'slot.list', { resourceId: resource, from: day, to: day }));
  expect(view).toMatchObject({ remaining: 0, status: 'full' });
  expect(t.cloud.store.count('bookings', { slotId: slot })).toBe(PLACES);
  // Losers left no claim behind: each winner holds its person's claim and one of its account's places.
  expect(t.cloud.store.count('claims', {})).toBe(2 * PLACES);
}, 120_000);
