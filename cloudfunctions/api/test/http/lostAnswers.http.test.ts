// Writes that commit but answer an error (a timeout after the database applied them), scattered over a
// rush and the cancels after it, through the local cloud's instances. Visitors retry with the same
// requestId, as the mini-program does, until they get an answer that is not INTERNAL. Afterwards: no
// place oversold or lost, no claim lost or left over, and every request answered as it was the first time.
import { startHttpCloud, type HttpCloud } from './localCloud';
import { makeAttendee, makeResource, makeSlot, makeVenue } from '../fixtures';
import type { ActionInput, ActionName, BookingView } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import type { Fault } from '../../../../emulator/cloudApi/faults';

const ADMIN = 'admin-1';
const VISITORS = 90;
const PLACES = 30;
let t: HttpCloud;

beforeAll(async () => {
  t = await startHttpCloud([{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
});
afterAll(() => t.close());

/** `count` faults on the action, each after letting `every - 1` matching requests through. */
function scatter(fault: Omit<Fault, 'skip' | 'mode'>, count: number, every: number): void {
  for (let i = 0; i < count; i++) t.cloud.faults.inject({ ...fault, mode: 'applyThenFail', skip: every - 1 });
}

/** The mini-program's retry: the same requestId until the answer is not an internal error. */
async function untilAnswered<T, A extends ActionName = ActionName>(
  openid: string,
  action: A,
  data: ActionInput<A>,
  requestId: string,
): Promise<Envelope<T>> {
  for (let i = 0; ; i++) {
    const answer = await t.call<T>(openid, action, data, requestId);
    if (answer.ok || answer.error.code !== 'INTERNAL' || i === 6) return answer;
  }
}

const summary = (a: Envelope<BookingView>) => (a.ok ? `ok:${a.data.id}` : a.error.code);

test(`a rush of ${VISITORS} on ${PLACES} places and cancels after it, with writes whose answers are lost`, async () => {
  await makeVenue(t.call, ADMIN);
  const resource = await makeResource(t.call, ADMIN, 'v1');
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const slot = await makeSlot(t.call, ADMIN, resource, `${day}T10:00:00+08:00`, `${day}T11:00:00+08:00`, PLACES);
  const visitors = Array.from({ length: VISITORS }, (_, i) => `lost-${i}`);
  const attendees = await Promise.all(visitors.map((v, i) => makeAttendee(t.call, v, 8000 + i)));

  scatter({ action: 'database.insertDocument', collectionName: 'claims' }, 8, 5);
  scatter({ action: 'database.modifyDocument', collectionName: 'slots' }, 8, 4);
  scatter({ action: 'database.insertDocument', collectionName: 'bookings' }, 6, 3);
  scatter({ action: 'database.removeDocument', collectionName: 'claims' }, 6, 5);
  const requestId = (i: number) => `lost-book-${i}`;
  const answers = await Promise.all(
    visitors.map((v, i) =>
      untilAnswered<BookingView>(v, 'booking.create', { slotId: slot, attendeeIds: [attendees[i]] }, requestId(i)),
    ),
  );
  t.cloud.faults.clear();

  const won = answers.filter((a) => a.ok);
  expect(new Set(answers.map((a) => (a.ok ? 'ok' : a.error.code)))).toEqual(new Set(['ok', 'SLOT_FULL']));
  expect(won).toHaveLength(PLACES);
  const slotDoc = () => t.cloud.store.find<{ remaining: number }>('slots', { id: slot })[0];
  expect(slotDoc().remaining).toBe(0);
  expect(t.cloud.store.count('bookings', { slotId: slot })).toBe(PLACES);

  // Asked again, every request gets the answer it got.
  const again = await Promise.all(
    visitors.map((v, i) =>
      t.call<BookingView>(v, 'booking.create', { slotId: slot, attendeeIds: [attendees[i]] }, requestId(i)),
    ),
  );
  expect(again.map(summary)).toEqual(answers.map(summary));

  // Half the winners cancel, with the same kind of faults on the way back.
  scatter({ action: 'database.modifyDocument', collectionName: 'bookings' }, 4, 3);
  scatter({ action: 'database.modifyDocument', collectionName: 'slots' }, 4, 3);
  scatter({ action: 'database.removeDocument', collectionName: 'claims' }, 4, 2);
  const winners = visitors.filter((_, i) => answers[i].ok);
  const cancelling = winners.slice(0, PLACES / 2);
  const cancels = await Promise.all(
    cancelling.map((v) =>
      untilAnswered<BookingView>(
        v,
        'booking.cancel',
        { bookingId: (answers[visitors.indexOf(v)] as { data: BookingView }).data.id },
        `lost-cancel-${v}`,
      ),
    ),
  );
  t.cloud.faults.clear();
  expect(cancels.map((c) => (c.ok ? c.data.status : c.error.code))).toEqual(cancelling.map(() => 'cancelled'));
  // The repair job finishes releases that were left, after its grace period.
  await t.post('/__dev/clock', { now: new Date(Date.now() + 5 * 60_000).toISOString() });
  await t.post('/__dev/tick', {});
  await t.post('/__dev/clock', { now: null });

  const active = t.cloud.store.find('bookings', { where: { slotId: slot, status: 'confirmed' } }) as {
    _id: string;
    claimIds: string[];
    claimHolder?: string;
  }[];
  expect(active).toHaveLength(PLACES / 2);
  expect(slotDoc().remaining).toBe(PLACES / 2);
  // Every active booking holds each of its claims; no other claim is left.
  const claims = t.cloud.store.find('claims', { where: {} }) as { _id: string; holder?: string; bookingId: string }[];
  for (const b of active) {
    for (const id of b.claimIds)
      expect(claims.find((c) => c._id === id)).toMatchObject({ bookingId: b._id, holder: b.claimHolder ?? b._id });
  }
  expect(claims).toHaveLength(active.reduce((n, b) => n + b.claimIds.length, 0));
}, 180_000);
