// The local cloud as its own process for benchmarks, and the client side of a call.
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { residentIdCheckChar } from '../shared/rules/idDocument';
import { addDays, dateOf } from '../shared/time';

export interface Envelope<T = { id: string }> {
  ok: boolean;
  data?: T;
  error?: { code: string };
}

export interface BenchCloud {
  url: string;
  dataDir: string;
  call<T = { id: string }>(openid: string | null, body: unknown): Promise<Envelope<T>>;
  /** Database and openapi requests the function has made so far. */
  dbOps(): Promise<number>;
  tick(): Promise<void>;
  /** Freezes the local cloud's clock at an instant, or frees it with null. */
  setClock(iso: string | null): Promise<void>;
  /** Stops the process; its data stays when `keepData` (to open the store or start again on it). */
  stop(keepData?: boolean): Promise<void>;
}

export function must<T>(e: Envelope<T>): T {
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  return e.data as T;
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** A valid resident ID number for person k. */
export function idNumberFor(k: number): string {
  const first17 = `110105${1950 + (k % 50)}${String(1 + (k % 12)).padStart(2, '0')}01${String(k % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export async function startBenchCloud(port: number, instances: number, existingDataDir?: string): Promise<BenchCloud> {
  const dataDir =
    existingDataDir ?? process.env.BENCH_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'venue-bench-'));
  const root = path.resolve(__dirname, '..');
  await new Promise<void>((resolve, reject) =>
    spawn(process.execPath, [path.join(root, 'scripts/build-cloud.mjs')], { stdio: 'inherit' }).on('exit', (c) =>
      c === 0 ? resolve() : reject(new Error('build failed')),
    ),
  );
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'emulator/main.ts')], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED: 'demo', INSTANCES: String(instances) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('the local cloud exited');
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error('the local cloud did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    async call(openid, body) {
      const res = await fetch(`${url}/api/call/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
        body: JSON.stringify(body),
      });
      return ((await res.json()) as { result: Envelope<never> }).result;
    },
    dbOps: async () =>
      ((await (await fetch(`${url}/healthz`)).json()) as { cloudApiRequests: number }).cloudApiRequests,
    tick: async () => {
      await fetch(`${url}/__dev/tick`, { method: 'POST' });
    },
    setClock: async (iso) => {
      await fetch(`${url}/__dev/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: iso }),
      });
    },
    async stop(keepData = false) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!keepData && !process.env.BENCH_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fires all calls at once; latency per call, calls per second and database operations. */
export async function burst<T>(cloud: BenchCloud, calls: { openid: string; body: unknown }[]) {
  const before = await cloud.dbOps();
  const latencies: number[] = [];
  const t0 = performance.now();
  const answers = await Promise.all(
    calls.map(async ({ openid, body }) => {
      const t = performance.now();
      const a = await cloud.call<T>(openid, body);
      latencies.push(performance.now() - t);
      return a;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    answers,
    seconds,
    perSecond: calls.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    dbOps: (await cloud.dbOps()) - before,
  };
}

/** One attendee per visitor, added by each visitor, 100 at a time. */
export async function addAttendees(cloud: BenchCloud, visitors: string[], offset: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < visitors.length; i += 100) {
    const batch = visitors.slice(i, i + 100).map((v, j) =>
      cloud
        .call(v, {
          action: 'attendee.add',
          requestId: `bench-add-${offset + i + j}`,
          data: {
            name: '压测观众',
            phone: `139${String(offset + i + j).padStart(8, '0')}`,
            idType: 'id_card',
            idNumber: idNumberFor(offset + i + j),
            consent: true,
          },
        })
        .then((e) => must(e).id),
    );
    ids.push(...(await Promise.all(batch)));
  }
  return ids;
}

export type Admin = <T = { id: string }>(action: string, data: unknown) => Promise<T>;

/**
 * Runs one benchmark against a fresh local cloud (BENCH_PORT, BENCH_INSTANCES): the body gets the
 * cloud and the demo admin, and answers what failed, or null. The cloud is stopped whatever happens.
 */
export function runBench(body: (cloud: BenchCloud, admin: Admin, instances: number) => Promise<string | null>): void {
  const instances = Number(process.env.BENCH_INSTANCES ?? 4);
  (async () => {
    const cloud = await startBenchCloud(Number(process.env.BENCH_PORT ?? 8797), instances);
    try {
      let n = 0;
      const admin: Admin = async (action, data) =>
        must(await cloud.call(ADMIN, { action, data, requestId: `bench-admin-${Date.now()}-${++n}` }));
      const failure = await body(cloud, admin, instances);
      if (failure) {
        console.error(`FAILED: ${failure}`);
        process.exitCode = 1;
      }
    } finally {
      await cloud.stop();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

const ADMIN = 'demo-admin-1';

/** A resource of the demo museum with one slot the day after tomorrow, 10:00 to `end`. */
export async function benchSlot(admin: Admin, id: string, name: string, capacity: number, end = '11:00') {
  await admin('admin.resource.upsert', {
    id,
    venueId: 'venue-museum',
    name,
    kind: 'exhibit',
    mode: 'slot',
    allocation: 'fcfs',
  });
  const day = addDays(dateOf(Date.now()), 2);
  const slot = await admin('admin.slot.create', {
    resourceId: id,
    start: `${day}T10:00:00+08:00`,
    end: `${day}T${end}:00+08:00`,
    capacity,
  });
  return { slotId: slot.id, day };
}
