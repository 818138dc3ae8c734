// `npm run bench` (6/7): a draw of BENCH_APPLICATIONS (200,000) applications through the local cloud:
// the function freezes the list and draws page by page (100 documents per read) against the store,
// called as a manager would call lottery.draw (each call within the 60 s limit, resuming from the
// stored cursor), then the timer tells the losers. The applications are imported into the store's
// files while the cloud is stopped (200,000 lottery.apply calls would measure applying, not drawing),
// with ranks computed exactly as lottery.apply computes them. Reports the draw's time as a ratio to a
// bare shuffle of the same list in the same run, and checks the winners against the reference draw.
import { randomBytes } from 'crypto';
import { openStore } from '../emulator/store';
import { draw, rankOf, type LotteryEntry } from '../shared/rules/lottery';
import { addDays, dateOf } from '../shared/time';
import { must, startBenchCloud, type BenchCloud } from './cloudProcess';
import { shuffle } from './shuffle';

const N = Number(process.env.BENCH_APPLICATIONS ?? 200_000);
const PLACES = Math.floor(N / 10);
const ADMIN = 'demo-admin-1';
const LIMIT_MS = 60_000;

interface LotteryState {
  status: string;
  winners?: number;
  seed?: string;
}

async function createLottery(cloud: BenchCloud) {
  let n = 0;
  const admin = async <T = { id: string }>(action: string, data: unknown) =>
    must<T>(await cloud.call<T>(ADMIN, { action, data, requestId: `bench-lottery-${++n}` }));
  const resourceId = 'bench-lottery';
  await admin('admin.resource.upsert', {
    id: resourceId,
    venueId: 'venue-museum',
    name: '抽签压测',
    kind: 'event',
    mode: 'slot',
    allocation: 'lottery',
    policy: { maxAttendees: 3, opensDaysBefore: 7 },
  });
  const today = dateOf(Date.now());
  const day = addDays(today, 3);
  const slot = await admin('admin.slot.create', {
    resourceId,
    start: `${day}T14:00:00+08:00`,
    end: `${day}T15:00:00+08:00`,
    capacity: PLACES,
    closesAt: `${addDays(today, 1)}T20:00:00+08:00`,
    drawAt: `${addDays(today, 1)}T20:30:00+08:00`,
  });
  return { slotId: slot.id, resourceId, drawAfter: `${addDays(today, 1)}T20:31:00+08:00` };
}

/** N applications of 1–3 people (weights 1–2), written straight into the stopped cloud's store. */
async function importApplications(dataDir: string, slotId: string): Promise<LotteryEntry[]> {
  const store = await openStore({ dataDir });
  const [lottery] = store.find('lotteries', { id: slotId });
  const [slot] = store.find('slots', { id: slotId });
  const entries: LotteryEntry[] = [];
  let people = 0;
  for (let i = 0; i < N; i += 10_000) {
    const docs = [];
    for (let k = i; k < Math.min(N, i + 10_000); k++) {
      const entry = { id: `l${randomBytes(12).toString('hex')}`, size: 1 + (k % 3), weight: 1 + (k % 5 === 0 ? 1 : 0) };
      entries.push(entry);
      people += entry.size;
      docs.push({
        _id: entry.id,
        slotId,
        venueId: slot.venueId,
        resourceId: slot.resourceId,
        resourceName: '抽签压测',
        venueName: '城市科技馆',
        openid: `bench-applicant-${k}`,
        start: slot.start,
        end: slot.end,
        drawAt: lottery.drawAt,
        attendees: Array.from({ length: entry.size }, (_, j) => ({
          id: `a${k}x${j}`,
          name: '压测观众',
          idMasked: '1101**********123X',
          idHash: `h${k}x${j}`,
          phoneHash: `p${k}`,
        })),
        size: entry.size,
        weight: entry.weight,
        rank: rankOf(lottery.seed as string, entry),
        status: 'applied',
        claimIds: [],
        createdAt: Date.now(),
        updatedAt: Date.now(),
      });
    }
    await store.insert('applications', docs);
  }
  await store.modify(
    'lotteries',
    { id: slotId },
    { $set: { applicants: N, people } },
    { multi: false, merge: true, upsert: false },
  );
  await store.close();
  return entries;
}

/** The winners and how many losers were told, read from the stopped cloud's store. */
async function outcome(dataDir: string): Promise<{ won: Set<string>; told: number }> {
  const store = await openStore({ dataDir });
  const won = new Set(store.find('applications', { where: { status: 'won' } }).map((d) => String(d._id)));
  const told = store.count('notices', { kind: 'lottery_lost' });
  await store.close();
  return { won, told };
}

(async () => {
  const port = Number(process.env.BENCH_PORT ?? 8797);
  const instances = Number(process.env.BENCH_INSTANCES ?? 4);
  let cloud = await startBenchCloud(port, instances);
  const dataDir = cloud.dataDir;
  let failure: string | null = null;
  try {
    const { slotId, drawAfter } = await createLottery(cloud);
    await cloud.stop(true);
    let t = performance.now();
    const entries = await importApplications(dataDir, slotId);
    const importS = (performance.now() - t) / 1000;
    cloud = await startBenchCloud(port, instances, dataDir);
    await cloud.setClock(drawAfter);

    // The draw: lottery.draw calls until drawn, each timed (the function's own budget is 40 s).
    const calls: number[] = [];
    const opsBefore = await cloud.dbOps();
    t = performance.now();
    let state: LotteryState;
    do {
      const c = performance.now();
      state = must<LotteryState>(
        await cloud.call<LotteryState>(ADMIN, {
          action: 'lottery.draw',
          data: { slotId },
          requestId: `bench-draw-${calls.length}`,
        }),
      );
      calls.push(performance.now() - c);
    } while (state.status !== 'drawn' && calls.length < 50);
    const drawS = (performance.now() - t) / 1000;
    const drawOps = (await cloud.dbOps()) - opsBefore;
    const bareT = performance.now();
    shuffle(entries);
    const bareS = (performance.now() - bareT) / 1000;

    // The losers: timer invocations (each within its budget) until no job has work left.
    t = performance.now();
    let passes = 0;
    for (let more = true; more && passes < 500;) {
      const { rounds } = (await (await fetch(`${cloud.url}/__dev/tick`, { method: 'POST' })).json()) as {
        rounds: { more?: boolean }[];
      };
      passes += rounds.length;
      more = rounds.at(-1)?.more === true;
    }
    const losersS = (performance.now() - t) / 1000;
    await cloud.stop(true);

    const reference = new Set(draw(state.seed!, entries, PLACES));
    const { won, told } = await outcome(dataDir);
    const same = won.size === reference.size && [...won].every((id) => reference.has(id));
    const longest = Math.max(...calls) / 1000;
    console.log(
      `lottery draw through the local cloud: ${N.toLocaleString('en')} applications, ${PLACES.toLocaleString('en')} places (import ${importS.toFixed(1)} s)`,
    );
    console.log(
      `draw ${drawS.toFixed(1)} s in ${calls.length} lottery.draw calls (longest ${longest.toFixed(1)} s, limit 60 s), ${drawOps.toLocaleString('en')} db ops; ` +
        `bare shuffle ${bareS.toFixed(3)} s; draw / shuffle ${(drawS / bareS).toFixed(0)}x`,
    );
    const losers = N - won.size;
    console.log(
      `winners ${won.size.toLocaleString('en')} = reference draw: ${same}; losers told ${told.toLocaleString('en')} of ${losers.toLocaleString('en')} ` +
        `in ${losersS.toFixed(1)} s over ${passes} timer invocations (${(told / losersS).toFixed(0)} notices/s)`,
    );
    if (!same) failure = 'the winners differ from the reference draw';
    else if (told !== losers) failure = 'not every loser was told exactly once';
    else if (longest * 1000 >= LIMIT_MS) failure = 'a lottery.draw call took longer than 60 s';
  } finally {
    await cloud.stop();
  }
  if (failure) {
    console.error(`FAILED: ${failure}`);
    process.exitCode = 1;
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
