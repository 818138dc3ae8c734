// The cloud API endpoint the real wx-server-sdk talks to (TCB_CONTEXT_CNFG.URL = http://host:port/admin):
// JSON `database.*` actions answered from the store, multipart `wx.openApi` calls answered in protobuf,
// and multipart `wx.wxPayApi` calls (cloud.cloudPay) answered by the local WeChat Pay in JSON bytes.
// Errors are answered as CloudBase does, HTTP 200 with `{ code, message, requestId }`.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StoreError, type Store } from '../store';
import { runDatabaseAction } from './databaseActions';
import { parseMultipart } from './multipart';
import { handleOpenApi } from './openApi';
import { Faults, ServiceError } from './faults';
import { WechatPay } from './pay';
import { SubscriptionLedger } from './subscriptions';
import { MemoryOutbox, type Outbox } from './outbox';
import { BodyError, readBody } from '../http';

/**
 * The largest request the endpoint reads. The SDK writes one document per request (WeChat's limit for
 * a document is MongoDB's 16 MB), the function's own payload is at most 1 MiB, and bulk loads (the
 * seed, the lottery bench) write to the store directly, so nothing legitimate comes near it.
 */
export const MAX_CLOUD_API_BODY = 16 * 1024 * 1024;

export type { Outbox, OutboxEntry } from './outbox';

export interface CloudApi {
  /** Serves `POST /admin?env=…&seqId=…`. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  outbox: Outbox;
  /** The users' accepts of subscribe-message templates, as WeChat keeps them. */
  subscriptions: SubscriptionLedger;
  /** Test-only failure injection (see faults.ts). */
  faults: Faults;
  /** WeChat Pay: trades, refunds and the notifications owed to the function (see pay/). */
  pay: WechatPay;
}

export interface CloudApiOptions {
  /** Where WeChat Pay keeps its ledger between runs (beside the store); in memory only without one. */
  payFile?: string;
}

export function createCloudApi(store: Store, opts: CloudApiOptions = {}): CloudApi {
  const outbox = new MemoryOutbox();
  const faults = new Faults();
  const subscriptions = new SubscriptionLedger();
  const pay = new WechatPay({ clock: () => store.now(), file: opts.payFile });

  async function answer(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const body = await readBody(req, MAX_CLOUD_API_BODY).catch((e: unknown) => {
      throw e instanceof BodyError
        ? new StoreError('INVALID_PARAM', `${e.message} (the local cloud's limit for a cloud API request)`)
        : e;
    });
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      const fields = parseMultipart(body, contentType);
      const action = fields.get('action')?.toString();
      const apiName = fields.get('apiName')?.toString() ?? '';
      const requestData = fields.get('requestData') ?? Buffer.alloc(0);
      if (action === 'wx.wxPayApi') {
        const payAnswer = faults.payApi(apiName, () => pay.answer(apiName, requestData));
        sendBytes(res, payAnswer);
        return;
      }
      if (action !== 'wx.openApi')
        throw new StoreError('INVALID_PARAM', `action ${action} is not supported by the local cloud`);
      sendBytes(res, handleOpenApi({ store, outbox, ledger: subscriptions, faults }, apiName, requestData));
      return;
    }
    const params = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    sendJson(res, { ...(await faults.database(params, () => runDatabaseAction(store, params))), requestId });
  }

  return {
    outbox,
    subscriptions,
    faults,
    pay,
    handle(req, res) {
      const requestId = new URL(req.url ?? '/', 'http://local').searchParams.get('seqId') ?? randomUUID();
      answer(req, res, requestId).catch((error: unknown) => {
        const code =
          error instanceof StoreError || error instanceof ServiceError ? error.code : 'DATABASE_REQUEST_FAILED';
        sendJson(res, { code, message: error instanceof Error ? error.message : String(error), requestId });
      });
    },
  };
}

/**
 * A successful openapi or pay answer. For both the SDK decodes the bytes itself (protobuf, or JSON for
 * pay) only when the content type is not JSON's (see sendJson).
 */
function sendBytes(res: ServerResponse, bytes: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
  res.end(bytes);
}

// This exact content type matters: for wx.openApi the SDK parses an answer as JSON (an error) only when
// it is 'application/json; charset=utf-8', and otherwise decodes it as protobuf.
function sendJson(res: ServerResponse, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
