// `npm run bench` (1/7): the booking rush through the local cloud, run as its own process (HTTP → warm
// instances → real SDK → cloud API endpoint → store), against a no-op action through the same path.
// Then the cost of each kind of answer on its own: a burst of bookings that all succeed (a second
// resource, so nobody is already booked that day) and a burst of refusals of the full slot.
// BENCH_CALLS (2000), BENCH_PLACES (200), BENCH_INSTANCES (4), BENCH_DATA_DIR (a fresh temp dir on
// disk, the store `npm start` uses; ':memory:' for the in-memory store), BENCH_PORT (8797).
import { addAttendees, benchSlot, burst, must, runBench, type BenchCloud } from './cloudProcess';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const PLACES = Number(process.env.BENCH_PLACES ?? 200);

const book = (visitors: string[], attendees: string[], slotId: string, tag: string) =>
  visitors.map((openid, i) => ({
    openid,
    body: { action: 'booking.create', requestId: `bench-${tag}-${i}`, data: { slotId, attendeeIds: [attendees[i]] } },
  }));

async function remaining(cloud: BenchCloud, resourceId: string, day: string): Promise<number> {
  const [slot] = must(
    await cloud.call<{ remaining: number }[]>(null, { action: 'slot.list', data: { resourceId, from: day, to: day } }),
  );
  return slot.remaining;
}

const goal = (value: number, max: number) =>
  `${value.toFixed(2)} (goal ≤ ${max}${value <= max ? '' : ', missed: see docs/architecture.md'})`;

runBench(async (cloud, admin, instances) => {
  const { slotId, day } = await benchSlot(admin, 'bench-res', '压测项目', PLACES);
  const visitors = Array.from({ length: CALLS }, (_, i) => `bench-visitor-${i}`);
  const attendees = await addAttendees(cloud, visitors, 0);
  const booking = await burst(cloud, book(visitors, attendees, slotId, 'book'));
  const won = booking.answers.filter((a) => a.ok).length;
  const codes = new Set(booking.answers.flatMap((a) => (a.ok ? [] : [a.error!.code])));
  const left = await remaining(cloud, 'bench-res', day);
  // Every success is a booking holding one place: more successes than places, or places left
  // while someone was refused SLOT_FULL, would both be errors.
  const oversold = Math.max(0, won - PLACES);
  const lost = left > 0 && codes.has('SLOT_FULL') ? left : 0;

  const noop = await burst(
    cloud,
    visitors.map((openid) => ({ openid, body: { action: 'system.ping', data: {} } })),
  );

  // Each kind alone, PLACES calls each: successes on a fresh resource, then refusals of the full slot.
  const fresh = await benchSlot(admin, 'bench-res-2', '压测项目二', PLACES);
  const successes = await burst(cloud, book(visitors.slice(0, PLACES), attendees, fresh.slotId, 'ok'));
  const losers = visitors
    .map((_, i) => i)
    .filter((i) => !booking.answers[i].ok)
    .slice(0, PLACES);
  const refusals = await burst(
    cloud,
    book(
      losers.map((i) => visitors[i]),
      losers.map((i) => attendees[i]),
      slotId,
      'full',
    ),
  );
  const allOk = successes.answers.every((a) => a.ok);
  const allFull = refusals.answers.every((a) => !a.ok && a.error?.code === 'SLOT_FULL');

  const row = (label: string, r: typeof booking, extra: string) =>
    `${label.padEnd(15)} ${r.perSecond.toFixed(0).padStart(6)} calls/s   p50 ${r.p50.toFixed(0).padStart(6)} ms   p99 ${r.p99.toFixed(0).padStart(6)} ms   ${extra}`;
  const ratio = booking.perSecond / noop.perSecond;
  console.log(
    `rush: ${CALLS} simultaneous calls from ${CALLS} visitors on ${PLACES} places; ${instances} instances; store ${cloud.dataDir === ':memory:' ? 'in memory' : 'on disk (fdatasync per write batch)'}`,
  );
  console.log(row('booking.create', booking, `db ops/call ${(booking.dbOps / CALLS).toFixed(2)}`));
  console.log(row('system.ping', noop, `db ops/call ${(noop.dbOps / CALLS).toFixed(2)}`));
  console.log(
    `bookings made ${won}, refusals ${[...codes].join(', ') || 'none'}, places left ${left}, oversold ${oversold} (goal 0), places lost ${lost} (goal 0)`,
  );
  console.log(
    `booking.create / no-op throughput: ${ratio.toFixed(2)} (goal ≥ 0.4${ratio >= 0.4 ? '' : ', missed: see docs/architecture.md'}); p50 ${(booking.p50 / noop.p50).toFixed(1)}x`,
  );
  console.log(
    `db ops per successful booking: ${goal(successes.dbOps / PLACES, 6)}   (${PLACES} at once, ${successes.perSecond.toFixed(0)} calls/s)`,
  );
  console.log(
    `db ops per refusal of a full slot: ${goal(refusals.dbOps / PLACES, 3)}   (${PLACES} at once, ${refusals.perSecond.toFixed(0)} calls/s)`,
  );
  if (!allOk || !allFull) return 'the per-kind bursts did not answer as expected';
  return oversold !== 0 || lost !== 0 || won !== Math.min(PLACES, CALLS) ? 'the rush oversold or lost places' : null;
});
