// Cloud storage, as WeChat's would behave for the mini-program: a client uploads bytes to a cloud path
// and gets a file id `cloud://<env>.<bucket>/<cloudPath>`; an upload to a path that exists replaces it.
// Files live under DATA_DIR/storage/files (uploader and time beside them under storage/meta), or in
// memory for an in-memory store. GET /storage/<cloudPath> serves a file, typed by its extension.
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import type { IncomingMessage, ServerResponse } from 'http';
import { sendJson } from '../http';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_PATH_LENGTH = 850;

/** Only these are served as what they are; anything else is a download that the browser will not sniff. */
const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.heic': 'image/heic',
  '.mp4': 'video/mp4',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeOf = (cloudPath: string) =>
  TYPES[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream';

/**
 * A cloud path is relative, its segments made of letters, digits, `_`, `-` and `.`, none starting
 * with a dot (so no `.`, `..` or hidden names) — the same characters a complaint accepts in a file id.
 */
export function validCloudPath(cloudPath: string): boolean {
  if (!cloudPath || cloudPath.length > MAX_PATH_LENGTH) return false;
  return cloudPath.split('/').every((segment) => /^[\w-][\w.-]*$/.test(segment));
}

export interface StoredFile {
  bytes: Buffer;
  openid: string;
  uploadedAt: number;
}

interface Blobs {
  put(cloudPath: string, file: StoredFile): void;
  get(cloudPath: string): Buffer | null;
}

function memoryBlobs(): Blobs {
  const files = new Map<string, StoredFile>();
  return {
    put: (cloudPath, file) => void files.set(cloudPath, file),
    get: (cloudPath) => files.get(cloudPath)?.bytes ?? null,
  };
}

function directoryBlobs(root: string): Blobs {
  const filesDir = path.join(root, 'files');
  const metaDir = path.join(root, 'meta');
  // A second guard behind validCloudPath: the resolved file must stay inside its tree.
  const inside = (dir: string, cloudPath: string, suffix = '') => {
    const file = path.resolve(dir, cloudPath + suffix);
    if (!file.startsWith(dir + path.sep)) throw new Error(`cloud path outside storage: ${cloudPath}`);
    return file;
  };
  // Written to a temporary name and renamed: a reader never sees half a file.
  const writeAtomic = (file: string, data: Buffer | string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.part`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  };
  return {
    put(cloudPath, { bytes, openid, uploadedAt }) {
      writeAtomic(inside(filesDir, cloudPath), bytes);
      writeAtomic(inside(metaDir, cloudPath, '.json'), JSON.stringify({ openid, size: bytes.length, uploadedAt }));
    },
    get(cloudPath) {
      const file = inside(filesDir, cloudPath);
      try {
        return fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
      } catch {
        return null;
      }
    },
  };
}

/** The bucket part of a file id, shaped like WeChat's: hex of the env's first two characters, the env, an app number. */
export function bucketOf(env: string): string {
  return `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-1300000000`;
}

export interface StorageOptions {
  /** The data directory, or ':memory:'. */
  dataDir: string;
  env: string;
  maxBytes?: number;
  clock?: () => number;
}

export interface Storage {
  /** POST /storage/upload?cloudPath=… with the file's bytes as the body; the uploader in X-Wx-Openid. */
  upload(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** GET /storage/<cloudPath>. */
  serve(req: IncomingMessage, res: ServerResponse): void;
  fileIdOf(cloudPath: string): string;
}

class TooLarge extends Error {}

function readLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const fail = (res: ServerResponse, status: number, errCode: number, errMsg: string) =>
  sendJson(res, status, { errCode, errMsg: `uploadFile:fail ${errMsg}` });

export function createStorage(opts: StorageOptions): Storage {
  const maxBytes = opts.maxBytes ?? MAX_UPLOAD_BYTES;
  const clock = opts.clock ?? Date.now;
  const blobs = opts.dataDir === ':memory:' ? memoryBlobs() : directoryBlobs(path.resolve(opts.dataDir, 'storage'));
  const fileIdOf = (cloudPath: string) => `cloud://${opts.env}.${bucketOf(opts.env)}/${cloudPath}`;

  return {
    fileIdOf,

    async upload(req, res) {
      const url = new URL(req.url ?? '/', 'http://local');
      const cloudPath = url.searchParams.get('cloudPath') ?? '';
      const openid = req.headers['x-wx-openid'];
      if (typeof openid !== 'string' || !openid) return fail(res, 401, -501000, 'no caller (X-Wx-Openid)');
      if (!validCloudPath(cloudPath)) return fail(res, 400, -404001, `invalid cloudPath: ${cloudPath.slice(0, 100)}`);
      if (Number(req.headers['content-length'] ?? 0) > maxBytes)
        return fail(res, 413, -404003, `file larger than ${maxBytes} bytes`);
      let bytes: Buffer;
      try {
        bytes = await readLimited(req, maxBytes);
      } catch (e) {
        if (e instanceof TooLarge) return fail(res, 413, -404003, `file larger than ${maxBytes} bytes`);
        throw e;
      }
      if (bytes.length === 0) return fail(res, 400, -404001, 'empty file');
      blobs.put(cloudPath, { bytes, openid, uploadedAt: clock() });
      sendJson(res, 200, { fileID: fileIdOf(cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' });
    },

    serve(req, res) {
      const { pathname } = new URL(req.url ?? '/', 'http://local');
      let cloudPath: string;
      try {
        cloudPath = decodeURIComponent(pathname.slice('/storage/'.length));
      } catch {
        cloudPath = '';
      }
      const bytes = validCloudPath(cloudPath) ? blobs.get(cloudPath) : null;
      if (!bytes) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('storage file not found');
        return;
      }
      res.writeHead(200, {
        'content-type': contentTypeOf(cloudPath),
        'content-length': bytes.length,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=3600',
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    },
  };
}
