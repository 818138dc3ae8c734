// `npm run bench` (4/7): check-in. BENCH_SCANS (500) bookings on one slot, each visitor fetches an
// entry code, then floor staff scan all of them at once through the local cloud. Reports scans per
// second, latency, and database operations per scan (target ≤ 2: read the booking, one conditional
// update; the staff member's roles come from the warm instance's short cache).
import { addAttendees, benchSlot, burst, must, runBench } from './cloudProcess';

const SCANS = Number(process.env.BENCH_SCANS ?? 500);
const STAFF = 'demo-staff-1';

runBench(async (cloud, admin, instances) => {
  const { slotId, day } = await benchSlot(admin, 'bench-gate', '核验压测', SCANS, '12:00');
  const visitors = Array.from({ length: SCANS }, (_, i) => `bench-visitor-${i}`);
  const attendees = await addAttendees(cloud, visitors, 0);
  const bookings: string[] = [];
  for (let i = 0; i < SCANS; i += 50) {
    const batch = visitors.slice(i, i + 50).map(
      async (v, j) =>
        must(
          await cloud.call(v, {
            action: 'booking.create',
            requestId: `bench-book-${i + j}`,
            data: { slotId, attendeeIds: [attendees[i + j]] },
          }),
        ).id,
    );
    bookings.push(...(await Promise.all(batch)));
  }
  // Into the check-in window: ten minutes before the start.
  await cloud.setClock(`${day}T09:50:00+08:00`);
  const tokens = await Promise.all(
    visitors.map(
      async (v, i) =>
        must(await cloud.call<{ token: string }>(v, { action: 'checkin.token', data: { bookingId: bookings[i] } }))
          .token,
    ),
  );
  const scans = await burst(
    cloud,
    tokens.map((token, i) => ({
      openid: STAFF,
      body: { action: 'checkin.scan', requestId: `bench-scan-${i}`, data: { token } },
    })),
  );
  const ok = scans.answers.filter((a) => a.ok).length;
  const again = await burst(
    cloud,
    tokens.slice(0, 50).map((token, i) => ({
      openid: STAFF,
      body: { action: 'checkin.scan', requestId: `bench-rescan-${i}`, data: { token } },
    })),
  );
  const already = again.answers.filter((a) => !a.ok && a.error?.code === 'ALREADY_CHECKED_IN').length;
  await cloud.setClock(null);

  console.log(`check-in: ${SCANS} entry codes scanned at once by one staff member; ${instances} instances`);
  console.log(
    `checkin.scan    ${scans.perSecond.toFixed(0).padStart(6)} scans/s   p50 ${scans.p50.toFixed(0).padStart(5)} ms   p99 ${scans.p99.toFixed(0).padStart(5)} ms   db ops/scan ${(scans.dbOps / SCANS).toFixed(2)} (target ≤ 2)`,
  );
  console.log(`checked in ${ok} of ${SCANS}; a second scan of 50 codes: ${already} ALREADY_CHECKED_IN`);
  return ok !== SCANS || already !== 50 ? 'a scan was lost or a booking checked in twice' : null;
});
