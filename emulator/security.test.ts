// The local cloud on the developer's machine: web pages open elsewhere in the browser cannot reach its
// API, dev and storage endpoints (cross-site requests, DNS rebinding), bodies are bounded in size and
// depth, and a refused body never leaves an instance busy. Legitimate callers still pass.
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { exposureWarning, startLocalCloud, type LocalCloud } from './localCloud';
import { MAX_CLOUD_API_BODY } from './cloudApi';

let cloud: LocalCloud;
let port: number;
let staticDir: string;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>h5</title>');
  cloud = await startLocalCloud({ dataDir: ':memory:', seed: 'none', instances: 1, staticDir });
  port = Number(new URL(cloud.url).port);
});

afterAll(async () => {
  await cloud.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

afterEach(() => cloud.faults.clear());

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers of every shape
}

/** A request with exactly these headers (fetch would not let a test set Host). */
function send(
  method: string,
  pathname: string,
  headers: Record<string, string | number> = {},
  body?: string | Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: pathname, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON (the H5 page): kept as text.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const callApi = (payload: unknown, headers: Record<string, string> = {}) =>
  send('POST', '/api/call/api', { ...json, ...headers }, JSON.stringify(payload));
const frozen = async () => (await send('GET', '/healthz')).body.frozen as boolean;

/** A call the function answers (venue.list is public), and how long it took. */
async function timedVenueList(): Promise<{ answer: Answer; ms: number }> {
  const start = Date.now();
  const answer = await callApi({ action: 'venue.list', data: {}, requestId: 'r1' });
  return { answer, ms: Date.now() - start };
}

describe('cross-site requests are refused with 403', () => {
  test.each([
    ['POST', '/__dev/clock', JSON.stringify({ now: '2026-01-01T00:00:00Z' })],
    ['POST', '/__dev/tick', ''],
    ['GET', '/__dev/outbox', undefined],
    ['GET', '/__dev/users', undefined],
    ['GET', '/__dev/pay', undefined],
    ['POST', '/__dev/pay', JSON.stringify({ outTradeNo: 'T1', result: 'success' })],
    ['POST', '/__dev/pay/deliver', JSON.stringify({ outTradeNo: 'T1' })],
    ['POST', '/__dev/pay/mode', JSON.stringify({ refunds: 'never' })],
    ['POST', '/api/call/api', JSON.stringify({ action: 'venue.list', data: {} })],
    [
      'POST',
      '/admin?env=local',
      JSON.stringify({ action: 'database.getDocument', collectionName: 'users', query: '' }),
    ],
    ['POST', '/storage/upload?cloudPath=a/b.png', 'bytes'],
  ])('%s %s from another site', async (method, pathname, body) => {
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
      'null',
    ]) {
      const answer = await send(method, pathname, { ...json, origin, 'x-wx-openid': 'demo-admin-1' }, body);
      expect(answer).toEqual({ status: 403, body: { error: expect.stringContaining('cross-origin') } });
    }
    const noOrigin = await send(
      method,
      pathname,
      { ...json, 'sec-fetch-site': 'cross-site', 'x-wx-openid': 'demo-admin-1' },
      body,
    );
    expect(noOrigin).toEqual({ status: 403, body: { error: 'cross-site request refused' } });
  });

  test('a refused clock change changes nothing', async () => {
    await send(
      'POST',
      '/__dev/clock',
      { ...json, origin: 'http://evil.example' },
      JSON.stringify({ now: '2026-01-01T00:00:00Z' }),
    );
    expect(await frozen()).toBe(false);
  });

  test('a refused WeChat Pay setting changes nothing', async () => {
    await send(
      'POST',
      '/__dev/pay/mode',
      { ...json, origin: 'http://evil.example' },
      JSON.stringify({ refunds: 'never' }),
    );
    expect((await send('GET', '/__dev/pay')).body.refundMode).toBe('once');
  });

  test('a Host that is not this server (DNS rebinding) is refused, even same-origin', async () => {
    for (const host of [
      `evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `localhost.:${port}`,
    ]) {
      const attempts: Record<string, string>[] = [
        { host },
        { host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' },
      ];
      for (const headers of attempts) {
        const answer = await send(
          'POST',
          '/__dev/clock',
          { ...json, ...headers },
          JSON.stringify({ now: '2026-01-01T00:00:00Z' }),
        );
        expect(answer).toEqual({
          status: 403,
          body: { error: expect.stringContaining('does not name this local cloud') },
        });
      }
      expect((await send('GET', '/__dev/outbox', { host })).status).toBe(403);
      expect((await send('GET', '/storage/a/b.png', { host })).status).toBe(403);
    }
    expect(await frozen()).toBe(false);
  });
});

describe('legitimate callers still pass', () => {
  test('no Origin (node fetch, curl, the SDK in the instances that reads the venues)', async () => {
    const res = await fetch(`${cloud.url}/api/call/api`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ action: 'venue.list', data: {}, requestId: 'r0' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ result: { ok: true, data: [] } });
    expect(cloud.cloudApiRequests()).toBeGreaterThan(0);
  });

  test("the H5 app's same-origin fetches, under each loopback name of the port", async () => {
    for (const [host, origin] of [
      [`127.0.0.1:${port}`, `http://127.0.0.1:${port}`],
      [`localhost:${port}`, `http://localhost:${port}`],
      [`127.0.0.1:${port}`, `http://localhost:${port}`],
      [`localhost:${port}`, `http://127.0.0.1:${port}`],
    ]) {
      const same = { host, origin, 'sec-fetch-site': 'same-origin' };
      expect((await callApi({ action: 'venue.list', data: {}, requestId: 'r2' }, same)).body).toEqual({
        result: { ok: true, data: [] },
      });
      expect((await send('POST', '/__dev/clock', { ...json, ...same }, JSON.stringify({ now: null }))).status).toBe(
        200,
      );
      expect((await send('GET', '/__dev/users', same)).status).toBe(200);
      expect((await send('GET', '/__dev/pay', same)).body).toMatchObject({ trades: [], refunds: [] });
      expect(
        (
          await send(
            'POST',
            '/__dev/pay',
            { ...json, ...same },
            JSON.stringify({ outTradeNo: 'T0', result: 'success' }),
          )
        ).body,
      ).toEqual({ errMsg: 'requestPayment:fail 订单不存在' });
      const upload = await send(
        'POST',
        '/storage/upload?cloudPath=photos/a.png',
        { ...same, 'x-wx-openid': 'demo-visitor-1' },
        'png bytes',
      );
      expect(upload).toMatchObject({ status: 200, body: { errMsg: 'uploadFile:ok' } });
      expect((await send('GET', '/storage/photos/a.png', { host, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    }
  });

  test('a user opening a dev page by its address (Sec-Fetch-Site: none) and /healthz from anywhere', async () => {
    expect((await send('GET', '/__dev/users', { 'sec-fetch-site': 'none' })).status).toBe(200);
    expect(
      (await send('GET', '/healthz', { host: `evil.example:${port}`, origin: 'http://evil.example' })).status,
    ).toBe(200);
  });

  test('static GETs of the H5 build stay open', async () => {
    const visits: Record<string, string>[] = [
      {},
      { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      { host: `evil.example:${port}` },
    ];
    for (const headers of visits) {
      expect(await send('GET', '/', headers)).toEqual({ status: 200, body: '<!doctype html><title>h5</title>' });
    }
  });
});

describe('bodies are bounded', () => {
  test('a function call over 1 MiB is answered 413 and the cloud still answers', async () => {
    const answer = await callApi({ action: 'venue.list', data: { pad: 'x'.repeat(1024 * 1024) } });
    expect(answer).toEqual({ status: 413, body: { errCode: -501007, errMsg: expect.stringContaining('larger than') } });
    expect((await timedVenueList()).answer.status).toBe(200);
  });

  test('a cloud API request announcing more than the limit is answered before its body is sent', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/admin?env=local',
          headers: { ...json, 'content-length': MAX_CLOUD_API_BODY + 1 },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          });
        },
      );
      req.on('error', reject);
      // Only the start of the body: the answer must not wait for the rest.
      req.write('{"action":"database.insertDocument"');
    });
    expect(answer).toEqual({
      status: 200,
      body: {
        code: 'INVALID_PARAM',
        message: expect.stringContaining('larger than 16777216 bytes'),
        requestId: expect.any(String),
      },
    });
  });

  test('a cloud API request that grows past the limit without a length is refused', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/admin?env=local',
          headers: { ...json, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
          );
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i <= MAX_CLOUD_API_BODY / chunk.length; i++) req.write(chunk);
      req.end();
    });
    expect(answer.body).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('larger than') });
    expect((await timedVenueList()).answer.status).toBe(200);
  });
});

describe('deeply nested bodies never reach an instance', () => {
  const nested = (levels: number) =>
    `{"action":"venue.list","requestId":"r3","data":{"x":${'['.repeat(levels)}${']'.repeat(levels)}}}`;

  test.each([
    ['100,000 levels', nested(100_000)],
    ['a megabyte of nested arrays', nested(500_000)],
    [
      'nesting hidden behind strings with quotes and brackets',
      `{"action":"venue.list","data":{"s":"\\"]]]}}}","x":${'['.repeat(100)}${']'.repeat(100)}}}`,
    ],
  ])('%s: 400, then a normal call answers at once', async (_label, body) => {
    const answer = await send('POST', '/api/call/api', json, body);
    expect(answer).toEqual({
      status: 400,
      body: { errCode: -501007, errMsg: 'request body nests deeper than 64 levels' },
    });
    // One instance only: had the payload reached it, it would be stuck until the 60 s timeout.
    const { answer: next, ms } = await timedVenueList();
    expect(next.body).toEqual({ result: { ok: true, data: [] } });
    expect(ms).toBeLessThan(5000);
  });

  test('64 levels are handed to the function (which validates them), 65 are not', async () => {
    const levels = (n: number) =>
      `{"action":"venue.list","requestId":"r4","data":{"x":${'['.repeat(n - 2)}${']'.repeat(n - 2)}}}`;
    const reached = await send('POST', '/api/call/api', json, levels(64));
    expect(reached.status).toBe(200);
    expect(reached.body.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await send('POST', '/api/call/api', json, levels(65))).status).toBe(400);
  });

  test('dev endpoints refuse them too', async () => {
    const answer = await send('POST', '/__dev/clock', json, `{"now":${'['.repeat(1000)}${']'.repeat(1000)}}`);
    expect(answer).toEqual({ status: 400, body: { error: 'request body nests deeper than 64 levels' } });
    expect((await send('POST', '/__dev/clock', json, '{"now": nope')).status).toBe(400);
  });
});

describe('faults over HTTP', () => {
  test("cloud.faults fails the function's next matching database request", async () => {
    cloud.faults.inject({ action: 'database.getDocument', collectionName: 'venues' });
    expect((await timedVenueList()).answer.body.result).toMatchObject({ ok: false });
    expect((await timedVenueList()).answer.body).toEqual({ result: { ok: true, data: [] } });
  });
});

test('a HOST other than loopback is warned about', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]'])
    expect(exposureWarning(host)).toBeNull();
  for (const host of ['0.0.0.0', '::', '192.168.1.5', '10.0.0.1', 'devbox.lan'])
    expect(exposureWarning(host)).toMatch(/^WARNING: .*not on a loopback address/);
});

test('an in-process call whose payload cannot reach an instance is answered, and the instance stays free', async () => {
  const cloud = await startLocalCloud({ dataDir: ':memory:', seed: 'none', instances: 1 });
  try {
    const bad = await cloud.call(null, { action: 'system.ping', data: { f: () => 1 } });
    expect(bad).toMatchObject({ ok: false, errCode: -501007 });
    const started = performance.now();
    expect(await cloud.call(null, { action: 'system.ping', data: {} })).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(5000);
  } finally {
    await cloud.close();
  }
});
