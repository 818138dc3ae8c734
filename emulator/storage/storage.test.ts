import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { complaintCreateInput } from '@shared/contract';
import { startLocalCloud } from '../localCloud';
import { createStorage, validCloudPath, type Storage } from '.';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-test-'));
  dirs.push(dir);
  return dir;
}

const servers: http.Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The storage's two routes on a server of their own, as the local cloud mounts them. */
async function serve(storage: Storage): Promise<string> {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://local');
    if (req.method === 'POST' && pathname === '/storage/upload') return void storage.upload(req, res);
    if (req.method === 'GET' && pathname.startsWith('/storage/')) return storage.serve(req, res);
    res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function upload(base: string, cloudPath: string, body: Buffer | string, openid: string | null = 'o-visitor') {
  return fetch(`${base}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(openid ? { 'X-Wx-Openid': openid } : {}) },
    body,
  });
}

/** A raw request, so that the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('cloud storage of the local cloud', () => {
  test('an upload answers a cloud:// file id that a complaint accepts, and the file is served with its type', async () => {
    const dir = tempDir();
    const base = await serve(createStorage({ dataDir: dir, env: 'local' }));
    const res = await upload(base, 'complaints/abc123.png', PNG);
    expect(res.status).toBe(200);
    const { fileID } = (await res.json()) as { fileID: string };
    expect(fileID).toBe('cloud://local.6c6f-local-1300000000/complaints/abc123.png');
    expect(
      complaintCreateInput.safeParse({ category: 'facility', content: '座椅损坏', photos: [fileID] }).success,
    ).toBe(true);

    const got = await fetch(`${base}/storage/complaints/abc123.png`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);

    // Kept under DATA_DIR/storage, with who uploaded it beside it.
    expect(fs.readFileSync(path.join(dir, 'storage/files/complaints/abc123.png'))).toEqual(PNG);
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'storage/meta/complaints/abc123.png.json'), 'utf8'));
    expect(meta).toMatchObject({ openid: 'o-visitor', size: PNG.length });
  });

  test('files survive a restart on the same data directory; an upload to the same path replaces the file', async () => {
    const dir = tempDir();
    const first = await serve(createStorage({ dataDir: dir, env: 'local' }));
    await upload(first, 'complaints/same.jpg', 'one');
    await upload(first, 'complaints/same.jpg', 'two');
    const second = await serve(createStorage({ dataDir: dir, env: 'local' }));
    const got = await fetch(`${second}/storage/complaints/same.jpg`);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(await got.text()).toBe('two');
  });

  test('an in-memory store keeps files in memory only', async () => {
    const base = await serve(createStorage({ dataDir: ':memory:', env: 'local' }));
    expect((await upload(base, 'complaints/m.png', PNG)).status).toBe(200);
    expect((await fetch(`${base}/storage/complaints/m.png`)).status).toBe(200);
    expect(fs.existsSync(path.resolve(':memory:'))).toBe(false);
  });

  test('unknown extensions are served as downloads, never as pages', async () => {
    const base = await serve(createStorage({ dataDir: tempDir(), env: 'local' }));
    await upload(base, 'complaints/x.html', '<script>alert(1)</script>');
    await upload(base, 'complaints/y.svg', '<svg onload="alert(1)"/>');
    expect((await fetch(`${base}/storage/complaints/x.html`)).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
    expect((await fetch(`${base}/storage/complaints/y.svg`)).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
  });

  test('refuses an upload without a caller, an empty file and one over the size limit', async () => {
    const dir = tempDir();
    const base = await serve(createStorage({ dataDir: dir, env: 'local', maxBytes: 1024 }));
    const anonymous = await upload(base, 'complaints/a.png', PNG, null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errMsg: string }).errMsg).toMatch(/^uploadFile:fail/);
    expect((await upload(base, 'complaints/b.png', '')).status).toBe(400);
    expect((await upload(base, 'complaints/c.png', Buffer.alloc(1025))).status).toBe(413);
    expect((await upload(base, 'complaints/d.png', Buffer.alloc(1024))).status).toBe(200);
    expect(fs.existsSync(path.join(dir, 'storage/files/complaints/c.png'))).toBe(false);
  });

  test('a stream over the limit without a declared length is cut off too', async () => {
    const base = await serve(createStorage({ dataDir: tempDir(), env: 'local', maxBytes: 1024 }));
    const { hostname, port } = new URL(base);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: hostname,
          port,
          path: '/storage/upload?cloudPath=complaints/big.png',
          method: 'POST',
          headers: { 'X-Wx-Openid': 'o', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write(Buffer.alloc(512));
      req.end();
    });
    expect(status).toBe(413);
  });

  test.each([
    '../escape.png',
    'complaints/../../escape.png',
    '/etc/passwd',
    'complaints/./x.png',
    'complaints//x.png',
    '.hidden.png',
    'complaints/..',
    'complaints\\..\\x.png',
    'complaints/%2e%2e/x.png',
    'complaints/a b.png',
    '',
  ])('refuses the upload path %j', async (cloudPath) => {
    const dir = tempDir();
    const base = await serve(createStorage({ dataDir: dir, env: 'local' }));
    const res = await upload(base, cloudPath, PNG);
    expect(res.status).toBe(400);
    // Nothing was written anywhere.
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('refuses to serve anything outside the storage tree', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'secret.json'), '{"PII_KEY":"x"}');
    fs.mkdirSync(path.join(dir, 'storage/files'), { recursive: true });
    const base = await serve(createStorage({ dataDir: dir, env: 'local' }));
    for (const raw of [
      '/storage/../secret.json',
      '/storage/..%2fsecret.json',
      '/storage/%2e%2e/%2e%2e/secret.json',
      '/storage/files/../../secret.json',
      '/storage/..%5csecret.json',
    ]) {
      const res = await rawGet(base, raw);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('PII_KEY');
    }
    // The metadata beside the files is not served either.
    await upload(base, 'complaints/p.png', PNG);
    expect((await rawGet(base, '/storage/../meta/complaints/p.png.json')).status).toBe(404);
  });

  test('cloud paths: relative, plain segments, no dot segments', () => {
    expect(validCloudPath('complaints/2026/ab-c_1.jpg')).toBe(true);
    expect(validCloudPath('a'.repeat(851))).toBe(false);
    expect(validCloudPath('complaints/../x')).toBe(false);
    expect(validCloudPath('complaints/x.jpg/')).toBe(false);
  });
});

describe('the local cloud mounts the storage', () => {
  test('POST /storage/upload and GET /storage/<cloudPath>', async () => {
    const dir = tempDir();
    const cloud = await startLocalCloud({ port: 0, dataDir: dir, seed: 'none', instances: 1, staticDir: dir });
    try {
      const res = await upload(cloud.url, 'complaints/wired.png', PNG, 'demo-visitor-1');
      const { fileID } = (await res.json()) as { fileID: string };
      expect(fileID).toBe('cloud://local.6c6f-local-1300000000/complaints/wired.png');
      const got = await fetch(`${cloud.url}/storage/complaints/wired.png`);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
      expect((await fetch(`${cloud.url}/storage/complaints/missing.png`)).status).toBe(404);
    } finally {
      await cloud.close();
    }
  }, 30000);
});
