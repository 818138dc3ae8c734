// `npm run bench`: the booking rush through the local cloud, run as its own process (HTTP → warm
// instances → real SDK → cloud API endpoint → store), against a no-op action through the same path.
// The load comes from this process, so client and server do not share an event loop.
// BENCH_CALLS (2000), BENCH_PLACES (200), BENCH_INSTANCES (4), BENCH_DATA_DIR (a fresh temp dir on
// disk, the store `npm start` uses; ':memory:' for the in-memory store), BENCH_PORT (8797).
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { residentIdCheckChar } from '../shared/rules/idDocument';
import { addDays, dateOf } from '../shared/time';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const PLACES = Number(process.env.BENCH_PLACES ?? 200);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 8797);
const URL_BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = 'demo-admin-1';

interface Envelope { ok: boolean; data?: { id: string; remaining?: number }; error?: { code: string } }

async function call(openid: string | null, body: unknown): Promise<Envelope> {
  const res = await fetch(`${URL_BASE}/api/call/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  return ((await res.json()) as { result: Envelope }).result;
}

function must<T = NonNullable<Envelope['data']>>(e: Envelope): T {
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  return e.data as T;
}

const dbOps = async () => ((await (await fetch(`${URL_BASE}/healthz`)).json()) as { cloudApiRequests: number }).cloudApiRequests;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function rush(bodies: { openid: string; body: unknown }[]) {
  const before = await dbOps();
  const latencies: number[] = [];
  const t0 = performance.now();
  const answers = await Promise.all(
    bodies.map(async ({ openid, body }) => {
      const t = performance.now();
      const a = await call(openid, body);
      latencies.push(performance.now() - t);
      return a;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { answers, seconds, perSecond: bodies.length / seconds, p50: pct(latencies, 50), p99: pct(latencies, 99), dbOps: (await dbOps()) - before };
}

async function waitUntilUp(child: ReturnType<typeof spawn>) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the local cloud exited');
    try {
      if ((await fetch(`${URL_BASE}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the local cloud did not start');
}

async function main() {
  const dataDir = process.env.BENCH_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'venue-bench-'));
  const root = path.resolve(__dirname, '..');
  await new Promise<void>((resolve, reject) =>
    spawn(process.execPath, [path.join(root, 'scripts/build-cloud.mjs')], { stdio: 'inherit' }).on('exit', (c) => (c === 0 ? resolve() : reject(new Error('build failed')))),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'emulator/main.ts')], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, SEED: 'demo', INSTANCES: String(INSTANCES) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitUntilUp(child);
    let n = 0;
    const admin = (action: string, data: unknown) => call(ADMIN, { action, data, requestId: `bench-admin-${Date.now()}-${++n}` }).then((e) => must(e));
    await admin('admin.resource.upsert', { id: 'bench-res', venueId: 'venue-museum', name: '压测项目', kind: 'exhibit', mode: 'slot', allocation: 'fcfs' });
    const day = addDays(dateOf(Date.now()), 2);
    const slot = await admin('admin.slot.create', { resourceId: 'bench-res', start: `${day}T10:00:00+08:00`, end: `${day}T11:00:00+08:00`, capacity: PLACES });

    const visitors = Array.from({ length: CALLS }, (_, i) => `bench-visitor-${i}`);
    const attendees: string[] = [];
    for (let i = 0; i < CALLS; i += 100) {
      const batch = visitors.slice(i, i + 100).map((v, j) => {
        const k = i + j;
        const first17 = `110105${1950 + (k % 50)}${String(1 + (k % 12)).padStart(2, '0')}01${String(k % 1000).padStart(3, '0')}`;
        return call(v, {
          action: 'attendee.add',
          requestId: `bench-add-${k}`,
          data: { name: '压测观众', phone: `139${String(k).padStart(8, '0')}`, idType: 'id_card', idNumber: first17 + residentIdCheckChar(first17), consent: true },
        }).then((e) => must(e).id);
      });
      attendees.push(...(await Promise.all(batch)));
    }

    const booking = await rush(
      visitors.map((openid, i) => ({ openid, body: { action: 'booking.create', requestId: `bench-book-${i}`, data: { slotId: slot.id, attendeeIds: [attendees[i]] } } })),
    );
    const won = booking.answers.filter((a) => a.ok).length;
    const codes = new Set(booking.answers.flatMap((a) => (a.ok ? [] : [a.error!.code])));
    const [after] = must<{ id: string; remaining: number }[]>(await call(null, { action: 'slot.list', data: { resourceId: 'bench-res', from: day, to: day } }));
    // Every success is a booking holding one place: more successes than places, or places left
    // while someone was refused SLOT_FULL, would both be errors.
    const oversold = Math.max(0, won - PLACES);
    const lost = after.remaining > 0 && codes.has('SLOT_FULL') ? after.remaining : 0;

    const noop = await rush(visitors.map((openid) => ({ openid, body: { action: 'system.ping', data: {} } })));

    const row = (label: string, r: typeof booking, extra: string) =>
      `${label.padEnd(15)} ${r.perSecond.toFixed(0).padStart(6)} calls/s   p50 ${r.p50.toFixed(0).padStart(6)} ms   p99 ${r.p99.toFixed(0).padStart(6)} ms   ${extra}`;
    console.log(`rush: ${CALLS} simultaneous calls from ${CALLS} visitors on ${PLACES} places; ${INSTANCES} instances; store ${dataDir === ':memory:' ? 'in memory' : 'on disk (fdatasync per write batch)'}`);
    console.log(row('booking.create', booking, `db ops/call ${(booking.dbOps / CALLS).toFixed(2)}`));
    console.log(row('system.ping', noop, `db ops/call ${(noop.dbOps / CALLS).toFixed(2)}`));
    console.log(`bookings made ${won}, refusals ${[...codes].join(', ') || 'none'}, places left ${after.remaining}, oversold ${oversold}, places lost ${lost}`);
    console.log(`bookings per second over the rush: ${(won / booking.seconds).toFixed(0)} (of ${booking.perSecond.toFixed(0)} calls/s answered)`);
    console.log(`booking.create vs no-op: p50 ${(booking.p50 / noop.p50).toFixed(1)}x, calls/s ${(noop.perSecond / booking.perSecond).toFixed(1)}x`);
    if (oversold !== 0 || lost !== 0 || won !== Math.min(PLACES, CALLS)) {
      console.error('FAILED: the rush oversold or lost places');
      process.exitCode = 1;
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (!process.env.BENCH_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
