// The local cloud: plays WeChat's servers and nothing else. It hosts the built function in warm
// instances (POST /api/call/:name, caller in X-Wx-Openid), answers the real wx-server-sdk on its
// cloud API endpoint (POST /admin), serves the H5 build, and offers dev endpoints. Everything but the
// H5 build and /healthz answers only requests that come from no other site (crossSiteRefusal in http.ts).
import http, { type IncomingMessage, type ServerResponse } from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import { openStore, type Store } from './store';
import { createCloudApi } from './cloudApi';
import { handlePayDev } from './cloudApi/pay/devRoutes';
import type { Faults } from './cloudApi/faults';
import { FunctionPool, type InvocationResult } from './host/pool';
import { BodyError, crossSiteRefusal, isLoopback, readJson, sendJson } from './http';
import { functionKeys } from './keys';
import { LOCAL_TEMPLATE_IDS } from './templates';
import { LOCAL_APPID, LOCAL_ENV, LOCAL_SUB_MCH_ID, sdkRuntimeEnv } from './runtimeEnv';
import { serveStatic } from './staticFiles';
import { createStorage } from './storage';
import { DEMO_USERS } from './seed/demoUsers';
import { seedDemo } from './seed/demo';

const ROOT = path.resolve(__dirname, '..');
const FUNCTION_TIMEOUT_MS = 60_000;
/**
 * TCB_SOURCE of a WeChat Pay notification. An assumption: WeChat documents the event, not the context;
 * what is sure is that the caller is WeChat Pay and not a user, so the context carries no OPENID.
 */
const PAY_SOURCE = 'wx_pay';
const MAX_TICK_ROUNDS = 100;

export interface LocalCloudOptions {
  host?: string;
  port?: number;
  dataDir?: string;
  seed?: 'demo' | 'none';
  instances?: number;
  bundle?: string;
  staticDir?: string;
}

export interface LocalCloud {
  url: string;
  /** The store behind the cloud API endpoint (tests and the seed write to it directly). */
  store: Store;
  /** Failure injection on the cloud API endpoint (see cloudApi/faults.ts), for tests over HTTP. */
  faults: Faults;
  /** The set-up code in the function's environment (SETUP_CODE): the first admin claims it. */
  setupCode: string;
  /** Requests the function's SDK has made to the cloud API endpoint (database and openapi). */
  cloudApiRequests(): number;
  /** Calls the function as a client would (openid null = no caller). */
  call(openid: string | null, payload: unknown): Promise<InvocationResult>;
  setClock(now: number | null): Promise<void>;
  tick(): Promise<unknown[]>;
  close(): Promise<void>;
}

/** What `npm start` prints on stderr when HOST lets other machines reach the port, or null. */
export function exposureWarning(host: string): string | null {
  if (isLoopback(host)) return null;
  return [
    `WARNING: the local cloud listens on ${host}, not on a loopback address.`,
    '  Anyone who can reach this port can act as any user (X-Wx-Openid), freeze the clock and run the',
    '  timer jobs (/__dev/*), and read and write every document through /admin. Use HOST=127.0.0.1',
    '  unless this network is yours alone.',
  ].join('\n');
}

/** Paths that act on the data or as a user: browsers may reach them from this server's own pages only. */
const guarded = (pathname: string) =>
  pathname === '/admin' ||
  pathname.startsWith('/api/') ||
  pathname.startsWith('/__dev/') ||
  pathname.startsWith('/storage/');

function parseIsoOrNull(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export async function startLocalCloud(opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const host = opts.host ?? '127.0.0.1';
  const dataDir = opts.dataDir ?? path.join(ROOT, '.data');
  let frozenNow: number | null = null;
  let cloudApiRequests = 0;
  let ready = false;
  const clock = () => frozenNow ?? Date.now();

  const store = await openStore({ dataDir, clock });
  const cloudApi = createCloudApi(store, {
    payFile: dataDir === ':memory:' ? undefined : path.join(dataDir, 'wechat-pay.json'),
  });
  const storage = createStorage({ dataDir, env: LOCAL_ENV, clock });
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const warning = exposureWarning(host);
  if (warning) console.error(warning);

  const keys = functionKeys(dataDir);
  const pool = new FunctionPool({
    bundle: opts.bundle ?? path.join(ROOT, 'cloudfunctions/api/index.js'),
    size: opts.instances ?? 4,
    timeoutMs: FUNCTION_TIMEOUT_MS,
    now: () => frozenNow,
    env: {
      ...sdkRuntimeEnv(url),
      ...keys,
      SUBSCRIBE_TEMPLATES: process.env.SUBSCRIBE_TEMPLATES ?? JSON.stringify(LOCAL_TEMPLATE_IDS),
      PAY_SUB_MCH_ID: process.env.PAY_SUB_MCH_ID ?? LOCAL_SUB_MCH_ID,
    },
  });

  // WeChat Pay notifies the function named in the order; the only function hosted here is `api`.
  cloudApi.pay.callbacks.connect(({ envId, functionName }, event) =>
    envId === LOCAL_ENV && functionName === 'api'
      ? pool.invoke(event, { wx: { WX_APPID: LOCAL_APPID }, source: PAY_SOURCE })
      : Promise.resolve({
          ok: false,
          errCode: -501000,
          errMsg: `FunctionName parameter could not be found: ${envId}/${functionName}`,
        }),
  );

  const call = (openid: string | null, payload: unknown, clientIp = '127.0.0.1') =>
    pool.invoke(payload, {
      wx: { WX_APPID: LOCAL_APPID, WX_CLIENTIP: clientIp, ...(openid ? { WX_OPENID: openid } : {}) },
      source: 'wx_client',
    });

  // A tick is also when WeChat Pay tries again the notifications the function did not acknowledge.
  const tick = async () => {
    await cloudApi.pay.callbacks.redeliver();
    const reports: unknown[] = [];
    for (let round = 0; round < MAX_TICK_ROUNDS; round++) {
      const r = await pool.invoke(
        { Type: 'Timer', TriggerName: 'jobs', Time: new Date(clock()).toISOString() },
        { wx: { WX_APPID: LOCAL_APPID }, source: 'wx_trigger' },
      );
      reports.push(r.ok ? r.result : r);
      if (!r.ok || !(r.result as { more?: boolean }).more) break;
    }
    return reports;
  };

  const setClock = async (now: number | null) => {
    frozenNow = now;
    await pool.setClock(now);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://local');
    const refusal = guarded(pathname) ? crossSiteRefusal(req, { host, port }) : null;
    if (refusal) return sendJson(res, 403, { error: refusal });
    try {
      if (req.method === 'POST' && pathname === '/admin') {
        cloudApiRequests++;
        return cloudApi.handle(req, res);
      }
      if (req.method === 'POST' && pathname.startsWith('/api/call/')) {
        const name = decodeURIComponent(pathname.slice('/api/call/'.length));
        if (name !== 'api')
          return sendJson(res, 404, { errCode: -501000, errMsg: `FunctionName parameter could not be found: ${name}` });
        const openid = req.headers['x-wx-openid'];
        // A body refused here (too large, too deep, not JSON) never reaches an instance: a deep one
        // would overflow the structured clone that posts it to the worker and leave that instance busy.
        let payload: unknown;
        try {
          payload = await readJson(req);
        } catch (e) {
          if (e instanceof BodyError) return sendJson(res, e.status, { errCode: -501007, errMsg: e.message });
          throw e;
        }
        const r = await call(
          typeof openid === 'string' && openid ? openid : null,
          payload ?? {},
          req.socket.remoteAddress ?? '',
        );
        return r.ok
          ? sendJson(res, 200, { result: r.result })
          : sendJson(res, 500, { errCode: r.errCode, errMsg: r.errMsg });
      }
      if (req.method === 'GET' && pathname === '/healthz') {
        // Not ready (503) until the demo seed has run, so scripts can wait for a usable cloud.
        return sendJson(res, ready ? 200 : 503, {
          ok: ready,
          now: new Date(clock()).toISOString(),
          frozen: frozenNow !== null,
          cloudApiRequests,
        });
      }
      if (req.method === 'POST' && pathname === '/storage/upload') return await storage.upload(req, res);
      if ((req.method === 'GET' || req.method === 'HEAD') && pathname.startsWith('/storage/'))
        return storage.serve(req, res);
      if (pathname.startsWith('/__dev/')) return await handleDev(req, res, pathname);
      if (req.method === 'GET') return serveStatic(opts.staticDir ?? path.join(ROOT, 'dist-h5'), req, res);
      sendJson(res, 404, { error: 'not found' });
    } catch (e) {
      if (e instanceof BodyError) return sendJson(res, e.status, { error: e.message });
      sendJson(res, 500, { error: e instanceof Error ? e.message : String(e) });
    }
  }

  async function handleDev(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method === 'POST' && pathname === '/__dev/clock') {
      const body = (await readJson(req)) as { now?: unknown } | undefined;
      const now = parseIsoOrNull(body?.now ?? null);
      if (now === undefined) return sendJson(res, 400, { error: 'now must be an ISO 8601 instant or null' });
      await setClock(now);
      return sendJson(res, 200, { now: new Date(clock()).toISOString(), frozen: now !== null });
    }
    if (req.method === 'POST' && pathname === '/__dev/tick') return sendJson(res, 200, { rounds: await tick() });
    if (req.method === 'GET' && pathname === '/__dev/outbox') return sendJson(res, 200, cloudApi.outbox.list());
    if (req.method === 'POST' && pathname === '/__dev/subscribe') {
      // What wx.requestSubscribeMessage does in WeChat: the user's answers, recorded by WeChat's servers.
      const openid = req.headers['x-wx-openid'];
      const body = (await readJson(req)) as { results?: Record<string, unknown> } | undefined;
      if (typeof openid !== 'string' || !openid || !body?.results)
        return sendJson(res, 400, { error: 'X-Wx-Openid and { results } are required' });
      cloudApi.subscriptions.record(openid, body.results);
      return sendJson(res, 200, { errMsg: 'requestSubscribeMessage:ok', ...body.results });
    }
    if (req.method === 'GET' && pathname === '/__dev/users') return sendJson(res, 200, DEMO_USERS);
    if (await handlePayDev(cloudApi.pay, req, res, pathname)) return;
    sendJson(res, 404, { error: 'not found' });
  }

  if ((opts.seed ?? 'demo') === 'demo') await seedDemo(store, call, clock);
  ready = true;

  return {
    url,
    store,
    faults: cloudApi.faults,
    setupCode: keys.SETUP_CODE,
    cloudApiRequests: () => cloudApiRequests,
    call: (openid, payload) => call(openid, payload),
    setClock,
    tick,
    async close() {
      await pool.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
    },
  };
}
