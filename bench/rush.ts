// `npm run bench` (1/5): the booking rush through the local cloud, run as its own process (HTTP → warm
// instances → real SDK → cloud API endpoint → store), against a no-op action through the same path.
// BENCH_CALLS (2000), BENCH_PLACES (200), BENCH_INSTANCES (4), BENCH_DATA_DIR (a fresh temp dir on
// disk, the store `npm start` uses; ':memory:' for the in-memory store), BENCH_PORT (8797).
import { addAttendees, benchSlot, burst, must, runBench } from './cloudProcess';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const PLACES = Number(process.env.BENCH_PLACES ?? 200);

runBench(async (cloud, admin, instances) => {
  const { slotId, day } = await benchSlot(admin, 'bench-res', '压测项目', PLACES);
  const visitors = Array.from({ length: CALLS }, (_, i) => `bench-visitor-${i}`);
  const attendees = await addAttendees(cloud, visitors, 0);
  const booking = await burst(
    cloud,
    visitors.map((openid, i) => ({ openid, body: { action: 'booking.create', requestId: `bench-book-${i}`, data: { slotId, attendeeIds: [attendees[i]] } } })),
  );
  const won = booking.answers.filter((a) => a.ok).length;
  const codes = new Set(booking.answers.flatMap((a) => (a.ok ? [] : [a.error!.code])));
  const [after] = must(await cloud.call<{ remaining: number }[]>(null, { action: 'slot.list', data: { resourceId: 'bench-res', from: day, to: day } }));
  // Every success is a booking holding one place: more successes than places, or places left
  // while someone was refused SLOT_FULL, would both be errors.
  const oversold = Math.max(0, won - PLACES);
  const lost = after.remaining > 0 && codes.has('SLOT_FULL') ? after.remaining : 0;

  const noop = await burst(cloud, visitors.map((openid) => ({ openid, body: { action: 'system.ping', data: {} } })));

  const row = (label: string, r: typeof booking, extra: string) =>
    `${label.padEnd(15)} ${r.perSecond.toFixed(0).padStart(6)} calls/s   p50 ${r.p50.toFixed(0).padStart(6)} ms   p99 ${r.p99.toFixed(0).padStart(6)} ms   ${extra}`;
  console.log(`rush: ${CALLS} simultaneous calls from ${CALLS} visitors on ${PLACES} places; ${instances} instances; store ${cloud.dataDir === ':memory:' ? 'in memory' : 'on disk (fdatasync per write batch)'}`);
  console.log(row('booking.create', booking, `db ops/call ${(booking.dbOps / CALLS).toFixed(2)}`));
  console.log(row('system.ping', noop, `db ops/call ${(noop.dbOps / CALLS).toFixed(2)}`));
  console.log(`bookings made ${won}, refusals ${[...codes].join(', ') || 'none'}, places left ${after.remaining}, oversold ${oversold}, places lost ${lost}`);
  console.log(`booking.create vs no-op: p50 ${(booking.p50 / noop.p50).toFixed(1)}x, calls/s ${(noop.perSecond / booking.perSecond).toFixed(1)}x`);
  return oversold !== 0 || lost !== 0 || won !== Math.min(PLACES, CALLS) ? 'the rush oversold or lost places' : null;
});
