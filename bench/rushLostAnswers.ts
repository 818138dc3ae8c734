// `npm run bench` (2/7): the rush again, with writes whose answers are lost. The local cloud runs in
// this process (its fault injection is an in-process test hook), so the figures here are about
// correctness, not speed: a share of the inserts and updates the function sends are applied and then
// answered with an error, as a timeout after the database committed would be, and visitors retry with
// the same requestId as the mini-program does. BENCH_LOST_CALLS (1000), BENCH_LOST_PLACES (100),
// BENCH_INSTANCES (4); one write in BENCH_LOST_EVERY (7) of each kind loses its answer.
import { spawnSync } from 'child_process';
import path from 'path';
import { startLocalCloud, type LocalCloud } from '../emulator/localCloud';
import { addDays, dateOf } from '../shared/time';
import { idNumberFor } from './cloudProcess';

const CALLS = Number(process.env.BENCH_LOST_CALLS ?? 1000);
const PLACES = Number(process.env.BENCH_LOST_PLACES ?? 100);
const EVERY = Number(process.env.BENCH_LOST_EVERY ?? 7);
const ADMIN = 'demo-admin-1';

interface Answer {
  ok: boolean;
  data?: { id: string };
  error?: { code: string };
}

async function call(cloud: LocalCloud, openid: string, body: unknown): Promise<Answer> {
  const r = await cloud.call(openid, body);
  return r.ok ? (r.result as Answer) : { ok: false, error: { code: 'INTERNAL' } };
}

/** The mini-program's retry: the same requestId until the answer is not an internal error. */
async function untilAnswered(
  cloud: LocalCloud,
  openid: string,
  body: unknown,
): Promise<{ answer: Answer; tries: number }> {
  for (let tries = 1; ; tries++) {
    const answer = await call(cloud, openid, body);
    if (answer.ok || answer.error?.code !== 'INTERNAL' || tries === 10) return { answer, tries };
  }
}

const summary = (a: Answer) => (a.ok ? `ok:${a.data!.id}` : a.error!.code);

(async () => {
  const built = spawnSync(process.execPath, [path.resolve(__dirname, '../scripts/build-cloud.mjs')], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('build failed');
  const cloud = await startLocalCloud({
    dataDir: ':memory:',
    seed: 'demo',
    instances: Number(process.env.BENCH_INSTANCES ?? 4),
  });
  try {
    let n = 0;
    const admin = async (action: string, data: unknown) => {
      const a = await call(cloud, ADMIN, { action, data, requestId: `lost-admin-${++n}` });
      if (!a.ok) throw new Error(`${action}: ${JSON.stringify(a.error)}`);
      return a.data!;
    };
    await admin('admin.resource.upsert', {
      id: 'bench-lost',
      venueId: 'venue-museum',
      name: '压测项目',
      kind: 'exhibit',
      mode: 'slot',
      allocation: 'fcfs',
    });
    const day = addDays(dateOf(Date.now()), 2);
    const slot = await admin('admin.slot.create', {
      resourceId: 'bench-lost',
      start: `${day}T10:00:00+08:00`,
      end: `${day}T11:00:00+08:00`,
      capacity: PLACES,
    });
    const visitors = Array.from({ length: CALLS }, (_, i) => `lost-visitor-${i}`);
    const attendees: string[] = [];
    for (let i = 0; i < CALLS; i += 100) {
      const batch = visitors.slice(i, i + 100).map(async (v, j) => {
        const k = i + j;
        const data = {
          name: '压测观众',
          phone: `138${String(k).padStart(8, '0')}`,
          idType: 'id_card',
          idNumber: idNumberFor(50_000 + k),
          consent: true,
        };
        return (await untilAnswered(cloud, v, { action: 'attendee.add', requestId: `lost-add-${k}`, data })).answer
          .data!.id;
      });
      attendees.push(...(await Promise.all(batch)));
    }

    // One write in EVERY of each kind on the booking path applies and then loses its answer.
    const kinds: [string, string][] = [
      ['database.insertDocument', 'claims'],
      ['database.modifyDocument', 'slots'],
      ['database.insertDocument', 'bookings'],
      ['database.removeDocument', 'claims'],
    ];
    for (const [action, collectionName] of kinds) {
      for (let i = 0; i < CALLS / EVERY; i++)
        cloud.faults.inject({ action, collectionName, mode: 'applyThenFail', skip: EVERY - 1 });
    }
    const injected = cloud.faults.waiting;
    const bodies = visitors.map((_, i) => ({
      action: 'booking.create',
      requestId: `lost-book-${i}`,
      data: { slotId: slot.id, attendeeIds: [attendees[i]] },
    }));
    const before = cloud.cloudApiRequests();
    const results = await Promise.all(visitors.map((v, i) => untilAnswered(cloud, v, bodies[i])));
    const ops = cloud.cloudApiRequests() - before;
    const met = injected - cloud.faults.waiting;
    cloud.faults.clear();

    const answers = results.map((r) => r.answer);
    const won = answers.filter((a) => a.ok).length;
    const codes = new Set(answers.filter((a) => !a.ok).map((a) => a.error!.code));
    const slotDoc = cloud.store.find('slots', { id: slot.id })[0] as unknown as { remaining: number };
    const bookings = cloud.store.find('bookings', { where: { slotId: slot.id } }) as unknown as {
      _id: string;
      claimIds: string[];
      claimHolder?: string;
    }[];
    const claims = cloud.store.find('claims', { where: { _id: { $regex: 'bench-lost' } } }) as unknown as {
      _id: string;
      bookingId: string;
      holder?: string;
    }[];
    // Places taken from the slot against bookings that hold them: more bookings is overselling, fewer
    // (or places left while someone was refused) is places lost.
    const taken = PLACES - slotDoc.remaining;
    const oversold = Math.max(0, bookings.length - taken) + Math.max(0, -slotDoc.remaining);
    const lostPlaces =
      Math.max(0, taken - bookings.length) + (slotDoc.remaining > 0 && codes.has('SLOT_FULL') ? slotDoc.remaining : 0);
    const lostClaims = bookings.reduce(
      (k, b) =>
        k +
        b.claimIds.filter(
          (id) => !claims.some((c) => c._id === id && (c.holder ?? c.bookingId) === (b.claimHolder ?? b._id)),
        ).length,
      0,
    );
    const leftover = claims.filter((c) => !bookings.some((b) => b.claimIds.includes(c._id))).length;
    const again = await Promise.all(visitors.map((v, i) => call(cloud, v, bodies[i])));
    const inconsistent = again.filter((a, i) => summary(a) !== summary(answers[i])).length;
    const retried = results.filter((r) => r.tries > 1).length;

    console.log(
      `rush with lost answers: ${CALLS} visitors on ${PLACES} places; 1 in ${EVERY} claim inserts, slot updates, booking inserts and claim removals applied, then answered with an error (${met} such answers lost); ${retried} visitors had to retry`,
    );
    console.log(
      `bookings ${won} (answers) / ${bookings.length} (stored), refusals ${[...codes].join(', ')}, db ops/call ${(ops / CALLS).toFixed(2)}`,
    );
    console.log(
      `oversold ${oversold} (goal 0), places lost ${lostPlaces} (goal 0), claims lost ${lostClaims} (goal 0), claims left over ${leftover} (goal 0), answers changed when asked again ${inconsistent} (goal 0)`,
    );
    if (oversold || lostPlaces || lostClaims || leftover || inconsistent || won !== PLACES) {
      console.error('FAILED: lost answers broke the rush');
      process.exitCode = 1;
    }
  } finally {
    await cloud.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
