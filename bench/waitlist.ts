// `npm run bench` (3/7): waiting-list promotion. A full slot of BENCH_WAIT_PLACES (100) with
// BENCH_WAIT_ENTRIES (1000) people in line; BENCH_WAIT_PLACES holders cancel at once, and each cancel
// hands its place to the next in line within the same call. Reports the cancels' latency, promotions
// per second, database operations per promotion, and checks that exactly the first in line got them.
import { addAttendees, benchSlot, burst, must, runBench } from './cloudProcess';

const ENTRIES = Number(process.env.BENCH_WAIT_ENTRIES ?? 1000);
const RELEASES = Number(process.env.BENCH_WAIT_PLACES ?? 100);

interface Entry {
  id: string;
  position: number | null;
  status: string;
}

runBench(async (cloud, admin, instances) => {
  const { slotId, day } = await benchSlot(admin, 'bench-wait', '候补压测', RELEASES);
  const holders = Array.from({ length: RELEASES }, (_, i) => `bench-holder-${i}`);
  const waiters = Array.from({ length: ENTRIES }, (_, i) => `bench-waiter-${i}`);
  const holderIds = await addAttendees(cloud, holders, 0);
  const waiterIds = await addAttendees(cloud, waiters, RELEASES);
  const bookings: string[] = [];
  for (let i = 0; i < RELEASES; i++)
    bookings.push(
      must(
        await cloud.call(holders[i], {
          action: 'booking.create',
          requestId: `bench-hold-${i}`,
          data: { slotId, attendeeIds: [holderIds[i]] },
        }),
      ).id,
    );
  // One after another, so the order in line is known: waiter i is number i + 1.
  const joinStart = performance.now();
  for (let i = 0; i < ENTRIES; i++) {
    const entry = must(
      await cloud.call<Entry>(waiters[i], {
        action: 'waitlist.join',
        requestId: `bench-join-${i}`,
        data: { slotId, attendeeIds: [waiterIds[i]] },
      }),
    );
    if (entry.position !== i + 1) throw new Error(`waiter ${i} is number ${entry.position} in line`);
  }
  const joinSeconds = (performance.now() - joinStart) / 1000;

  const cancels = await burst(
    cloud,
    holders.map((openid, i) => ({
      openid,
      body: { action: 'booking.cancel', requestId: `bench-cancel-${i}`, data: { bookingId: bookings[i] } },
    })),
  );
  const cancelled = cancels.answers.filter((a) => a.ok).length;
  const tickStart = performance.now();
  await cloud.tick();
  const tickMs = performance.now() - tickStart;

  const statuses = await Promise.all(
    waiters.map(async (w) => must(await cloud.call<Entry[]>(w, { action: 'waitlist.mine', data: {} }))[0].status),
  );
  const promoted = statuses.filter((s) => s === 'promoted').length;
  const inOrder = statuses.every((s, i) => (i < RELEASES ? s === 'promoted' : s === 'waiting'));
  const [after] = must(
    await cloud.call<{ remaining: number; waiting: number }[]>(null, {
      action: 'slot.list',
      data: { resourceId: 'bench-wait', from: day, to: day },
    }),
  );

  console.log(
    `waiting list: ${ENTRIES} in line for a full slot of ${RELEASES}; ${RELEASES} holders cancel at once; ${instances} instances`,
  );
  console.log(`joins (one after another): ${(ENTRIES / joinSeconds).toFixed(0)} joins/s`);
  console.log(
    `cancel + promotion: ${cancels.perSecond.toFixed(0)} calls/s   p50 ${cancels.p50.toFixed(0)} ms   p99 ${cancels.p99.toFixed(0)} ms   ` +
      `${(promoted / cancels.seconds).toFixed(0)} promotions/s   db ops per cancel + its promotion ${(cancels.dbOps / Math.max(promoted, 1)).toFixed(1)} (goal ≤ 8${cancels.dbOps / Math.max(promoted, 1) <= 8 ? '' : ', missed: see docs/architecture.md'})   jobs after: ${tickMs.toFixed(0)} ms`,
  );
  console.log(
    `cancelled ${cancelled}, promoted ${promoted}, first ${RELEASES} in line served in order: ${inOrder ? 'yes' : 'NO'}, places left ${after.remaining}, still waiting ${after.waiting}`,
  );
  return cancelled !== RELEASES || promoted !== RELEASES || !inOrder || after.remaining !== 0
    ? 'promotion lost a place, skipped the order, or promoted twice'
    : null;
});
