// The local WeChat Pay through the whole local cloud: the real SDK opens trades and refunds, POST
// /__dev/pay plays the visitor paying, and the notifications reach the function through the function
// host, as WeChat delivers them: with no caller, once, twice at the same moment, late, never, and again
// on each tick until one is acknowledged. The function is a stand-in that records what it gets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../localCloud';
import { connectSdk } from '../../testing/sdkEndpoint';
import { MAX_DELIVERIES } from './callbacks';
import { refundInput, SUB_MCH, tradeInput } from './testing';

const NOW = '2026-12-01T09:30:00+08:00';
const RECORDER = path.join(__dirname, '../../testing/payCallbackRecorder.cjs');

let dataDir: string;
let cloud: LocalCloud;
// wx-server-sdk ships no types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let pay: any;

async function start(port?: number): Promise<void> {
  cloud = await startLocalCloud({ dataDir, seed: 'none', instances: 2, bundle: RECORDER, port });
  pay = connectSdk(cloud.url).cloudPay;
  await devPost('/__dev/clock', { now: NOW });
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pay-'));
  await start();
});

afterEach(async () => {
  await cloud.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function devPost(pathname: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(cloud.url + pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of every shape
  return { status: res.status, body: (await res.json()) as any };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GET /__dev/pay as the developer reads it
const listed = async (): Promise<any> => (await fetch(`${cloud.url}/__dev/pay`)).json();

const visitorPays = (outTradeNo: string, extra: Record<string, unknown> = {}) =>
  devPost('/__dev/pay', { outTradeNo, result: 'success', ...extra }, { 'x-wx-openid': 'demo-visitor-1' });

const order = (outTradeNo: string, extra: Record<string, unknown> = {}) =>
  pay.unifiedOrder(tradeInput(outTradeNo, extra));

const refund = (outTradeNo: string, outRefundNo: string, refundFee = 30) =>
  pay.refund(refundInput(outTradeNo, outRefundNo, refundFee));

interface Received {
  event: Record<string, unknown>;
  openid: string | null;
  source: string;
}

/** What the stand-in function received for a trade (or refund), in order. */
const received = (key: string) =>
  cloud.store.find('received', { where: { key } }, { order: { seq: 1 } }) as unknown as Received[];

/** What the stand-in answers for that key from now on. */
const answerWith = (key: string, answer: unknown) =>
  cloud.store.modify('answers', { id: key }, { $set: { answer } }, { merge: true, upsert: true, multi: false });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the function has received `count` events for the key and WeChat Pay has its answers
 * (a refund's notification is sent after the refund's answer, so the test cannot await it).
 */
async function eventually(key: string, count: number): Promise<Received[]> {
  for (let i = 0; i < 100; i++) {
    const answered = (await listed()).callbacks.every((c: { status: string }) => c.status !== 'sending');
    if (answered && received(key).length >= count) break;
    await pause(20);
  }
  return received(key);
}

test('queryOrder NOTPAY, the visitor pays, then SUCCESS with a transaction id; the function is notified once', async () => {
  await order('T1', { attach: 'order-1' });
  expect(await pay.queryOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject({ tradeState: 'NOTPAY' });
  expect(await visitorPays('T1')).toMatchObject({
    status: 200,
    body: { errMsg: 'requestPayment:ok', tradeState: 'SUCCESS', callback: { status: 'acknowledged' } },
  });
  const trade = await pay.queryOrder({ outTradeNo: 'T1', subMchId: SUB_MCH });
  expect(trade).toMatchObject({
    tradeState: 'SUCCESS',
    transactionId: expect.stringMatching(/^4200\d{24}$/),
    timeEnd: '20261201093000',
    subOpenid: 'demo-visitor-1',
  });
  const [delivered, ...more] = received('T1');
  expect(more).toEqual([]);
  expect(delivered).toMatchObject({
    // WeChat Pay is the caller, not a user: no OPENID, and the pay source.
    openid: null,
    source: 'wx_pay',
    event: {
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: 'T1',
      totalFee: 100,
      cashFee: 100,
      transactionId: trade.transactionId,
      timeEnd: '20261201093000',
      subOpenid: 'demo-visitor-1',
      attach: 'order-1',
      mchId: '1800000001',
      subMchId: SUB_MCH,
      nonceStr: expect.any(String),
    },
  });
});

test('a paid order cannot be paid again, a closed one cannot be paid, an unknown one does not exist', async () => {
  await order('T1');
  await visitorPays('T1');
  expect(await visitorPays('T1')).toEqual({ status: 409, body: { errMsg: 'requestPayment:fail 该订单已支付' } });
  await order('T2');
  expect(await pay.closeOrder({ outTradeNo: 'T2', subMchId: SUB_MCH })).toMatchObject({ resultCode: 'SUCCESS' });
  expect(await visitorPays('T2')).toEqual({ status: 409, body: { errMsg: 'requestPayment:fail 该订单已关闭' } });
  expect(await pay.queryOrder({ outTradeNo: 'T2', subMchId: SUB_MCH })).toMatchObject({ tradeState: 'CLOSED' });
  expect(await visitorPays('T9')).toEqual({ status: 404, body: { errMsg: 'requestPayment:fail 订单不存在' } });
  expect(received('T1')).toHaveLength(1);
  expect(received('T2')).toEqual([]);
});

test('only the user the order names can pay it, and not after its time_expire', async () => {
  await order('T1', { subOpenid: 'demo-visitor-2', timeExpire: '20261201094500' });
  expect(await visitorPays('T1')).toEqual({
    status: 409,
    body: { errMsg: 'requestPayment:fail 支付用户与下单用户不一致' },
  });
  await devPost('/__dev/clock', { now: '2026-12-01T09:45:00+08:00' });
  expect(await devPost('/__dev/pay', { outTradeNo: 'T1', result: 'success' })).toEqual({
    status: 409,
    body: { errMsg: 'requestPayment:fail 订单已过期' },
  });
  expect(await pay.queryOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject({ tradeState: 'NOTPAY' });
});

test('a failure, then a success: PAYERROR notified as FAIL, then SUCCESS', async () => {
  await order('T1');
  expect(await devPost('/__dev/pay', { outTradeNo: 'T1', result: 'fail' })).toMatchObject({
    status: 200,
    body: { errMsg: 'requestPayment:fail 支付失败', tradeState: 'PAYERROR' },
  });
  expect(await pay.queryOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject({ tradeState: 'PAYERROR' });
  await visitorPays('T1');
  expect(received('T1').map((r) => [r.event.resultCode, r.event.transactionId ?? null])).toEqual([
    ['FAIL', null],
    ['SUCCESS', expect.stringMatching(/^4200/)],
  ]);
  expect(received('T1')[0].event).toMatchObject({ errCode: 'PAYERROR', errCodeDes: '支付失败' });
});

test('twice: the same notification twice at the same moment', async () => {
  await order('T1');
  const { body } = await visitorPays('T1', { deliver: 'twice' });
  expect(body.callback).toMatchObject({ mode: 'twice', status: 'acknowledged' });
  expect(body.callback.attempts).toHaveLength(2);
  const [a, b] = received('T1');
  expect(b.event).toEqual(a.event);
});

test('late: held until /__dev/pay/deliver, while the trade is already paid', async () => {
  await order('T1');
  expect((await visitorPays('T1', { deliver: 'late' })).body.callback).toMatchObject({ status: 'held' });
  expect(await pay.queryOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject({ tradeState: 'SUCCESS' });
  await devPost('/__dev/tick', {});
  expect(received('T1')).toEqual([]);
  expect(await devPost('/__dev/pay/deliver', { outTradeNo: 'T1' })).toMatchObject({
    status: 200,
    body: { callbacks: [{ status: 'acknowledged' }] },
  });
  expect(received('T1')).toHaveLength(1);
  expect(await devPost('/__dev/pay/deliver', { outTradeNo: 'T1' })).toEqual({
    status: 404,
    body: { error: 'no held notification for it' },
  });
});

test('never: dropped, not even a tick sends it', async () => {
  await order('T1');
  expect((await visitorPays('T1', { deliver: 'never' })).body.callback).toMatchObject({ status: 'dropped' });
  await devPost('/__dev/tick', {});
  expect(received('T1')).toEqual([]);
  expect(await pay.queryOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject({ tradeState: 'SUCCESS' });
});

test('an answer other than { errcode: 0 } is delivered again on each tick until one is', async () => {
  await order('T1');
  await answerWith('T1', { errcode: 1, errmsg: 'busy' });
  expect((await visitorPays('T1')).body.callback).toMatchObject({ status: 'unacknowledged' });
  await devPost('/__dev/tick', {});
  await devPost('/__dev/tick', {});
  expect(received('T1')).toHaveLength(3);
  await answerWith('T1', { errcode: 0, errmsg: 'OK' });
  await devPost('/__dev/tick', {});
  await devPost('/__dev/tick', {});
  expect(received('T1')).toHaveLength(4);
  const [callback] = (await listed()).callbacks;
  expect(callback).toMatchObject({ status: 'acknowledged' });
  expect(callback.attempts.map((a: { answer: { result: unknown } }) => a.answer.result)).toEqual([
    { errcode: 1, errmsg: 'busy' },
    { errcode: 1, errmsg: 'busy' },
    { errcode: 1, errmsg: 'busy' },
    { errcode: 0, errmsg: 'OK' },
  ]);
});

test(`redelivery is bounded: ${MAX_DELIVERIES} deliveries, then WeChat gives up`, async () => {
  await order('T1');
  await answerWith('T1', { errcode: 1, errmsg: 'busy' });
  await visitorPays('T1');
  for (let i = 0; i < MAX_DELIVERIES + 2; i++) await devPost('/__dev/tick', {});
  expect(received('T1')).toHaveLength(MAX_DELIVERIES);
  expect((await listed()).callbacks[0]).toMatchObject({ status: 'given_up' });
});

test('a notification for a function that is not hosted is answered as missing and stays unacknowledged', async () => {
  await order('T1', { functionName: 'paycallback' });
  const { body } = await visitorPays('T1');
  expect(body.callback).toMatchObject({ status: 'unacknowledged' });
  expect(body.callback.attempts[0].answer).toEqual({
    ok: false,
    errCode: -501000,
    errMsg: 'FunctionName parameter could not be found: local/paycallback',
  });
  expect(received('T1')).toEqual([]);
});

describe('refund notifications', () => {
  beforeEach(async () => {
    await order('T1');
    await visitorPays('T1');
  });

  test('one per refund, right after its answer, even when the refund is asked twice at once', async () => {
    const [answer] = await Promise.all([refund('T1', 'R1'), refund('T1', 'R1')]);
    const [delivered, ...more] = await eventually('R1', 1);
    expect(delivered).toMatchObject({
      openid: null,
      source: 'wx_pay',
      event: {
        returnCode: 'SUCCESS',
        outTradeNo: 'T1',
        outRefundNo: 'R1',
        refundId: answer.refundId,
        refundStatus: 'SUCCESS',
        refundFee: 30,
        totalFee: 100,
        successTime: '2026-12-01 09:30:00',
      },
    });
    await pause(100);
    expect(more).toEqual([]);
    expect(received('R1')).toHaveLength(1);
  });

  test('POST /__dev/pay/mode: twice, late (until /__dev/pay/deliver), never', async () => {
    expect(await devPost('/__dev/pay/mode', { refunds: 'twice' })).toEqual({ status: 200, body: { refunds: 'twice' } });
    await refund('T1', 'R1', 10);
    expect(await eventually('R1', 2)).toHaveLength(2);

    await devPost('/__dev/pay/mode', { refunds: 'late' });
    await refund('T1', 'R2', 10);
    await pause(100);
    expect(received('R2')).toEqual([]);
    expect(await devPost('/__dev/pay/deliver', { outRefundNo: 'R2' })).toMatchObject({ status: 200 });
    expect(received('R2')).toHaveLength(1);

    await devPost('/__dev/pay/mode', { refunds: 'never' });
    await refund('T1', 'R3', 10);
    await pause(100);
    expect(received('R3')).toEqual([]);
    expect((await listed()).callbacks.map((c: { outRefundNo?: string; status: string }) => c.status)).toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
      'dropped',
    ]);
  });
});

test('GET /__dev/pay lists trades, refunds and notifications; bad requests are 400', async () => {
  await order('T1');
  await visitorPays('T1');
  await refund('T1', 'R1');
  await eventually('R1', 1);
  const list = await listed();
  expect(list).toMatchObject({
    refundMode: 'once',
    trades: [{ outTradeNo: 'T1', tradeState: 'REFUND', totalFee: 100, refunded: 30, payer: 'demo-visitor-1' }],
    refunds: [{ outRefundNo: 'R1', outTradeNo: 'T1', refundFee: 30 }],
    callbacks: [
      { kind: 'payment', outTradeNo: 'T1', status: 'acknowledged' },
      { kind: 'refund', outRefundNo: 'R1', status: 'acknowledged' },
    ],
  });
  expect((await devPost('/__dev/pay', { outTradeNo: 'T1', result: 'maybe' })).status).toBe(400);
  expect((await devPost('/__dev/pay', { outTradeNo: 'T1', result: 'success', deliver: 'soon' })).status).toBe(400);
  expect((await devPost('/__dev/pay/deliver', {})).status).toBe(400);
  expect((await devPost('/__dev/pay/mode', { refunds: 'always' })).status).toBe(400);
});

test('the ledger outlives a restart on the same data directory, and a notification still owed goes out', async () => {
  await order('T1');
  await answerWith('T1', { errcode: 1, errmsg: 'busy' });
  await visitorPays('T1');
  await refund('T1', 'R1');
  await eventually('R1', 1);
  const port = Number(new URL(cloud.url).port);
  await cloud.close();
  await start(port);
  expect(await pay.queryOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject({ tradeState: 'REFUND' });
  expect(await refund('T1', 'R1')).toMatchObject({ resultCode: 'SUCCESS', outRefundNo: 'R1' });
  expect((await listed()).refunds).toHaveLength(1);
  await answerWith('T1', { errcode: 0, errmsg: 'OK' });
  await devPost('/__dev/tick', {});
  expect(received('T1')).toHaveLength(2);
  expect((await listed()).callbacks[0]).toMatchObject({ status: 'acknowledged' });
});
