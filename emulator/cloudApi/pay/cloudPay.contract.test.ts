// Contract: the real wx-server-sdk's cloud.cloudPay, pointed at the local endpoint, gets WeChat Pay v2's
// answers (camelCase after the SDK) for every call the function makes: unifiedOrder, queryOrder,
// closeOrder, refund and queryRefund. The visitor's payment is played in process (`api.pay.pay`); the
// notifications it owes are held here, there being no function host (see notifications.test.ts).
import type { CloudApi } from '..';
import { startSdkEndpoint, type SdkEndpoint } from '../../testing/sdkEndpoint';
import { LOCAL_APPID } from '../../runtimeEnv';
import { refundInput, SUB_MCH, tradeInput } from './testing';
import { sign } from './wire';

const NOW = Date.parse('2026-12-01T09:30:00+08:00');

let endpoint: SdkEndpoint;
let api: CloudApi;
// wx-server-sdk ships no types.
/* eslint-disable @typescript-eslint/no-explicit-any */
let pay: any;

beforeAll(async () => {
  endpoint = await startSdkEndpoint(() => NOW);
  ({ api } = endpoint);
  pay = endpoint.cloud.cloudPay;
});

afterAll(() => endpoint.close());

beforeEach(() => {
  api.pay.reset();
  api.faults.clear();
});

const order = tradeInput;
const refundOf = refundInput;
const query = (outTradeNo: string) => pay.queryOrder({ outTradeNo, subMchId: SUB_MCH });
/** A refusal as the function sees it: WeChat's err_code is overwritten by the SDK's errCode 0. */
const refusal = (errCodeDes: string) => ({ returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 0, errCodeDes });

async function paid(outTradeNo: string): Promise<void> {
  await pay.unifiedOrder(order(outTradeNo));
  const outcome = await api.pay.pay({ outTradeNo, result: 'success', payer: 'demo-visitor-1' }, 'once');
  expect(outcome).toMatchObject({ trade: { state: 'SUCCESS' } });
}

describe('unifiedOrder', () => {
  test("answers wx.requestPayment's parameters, signed", async () => {
    const answer = await pay.unifiedOrder(order('T1', { attach: 'order-1', nonceStr: 'n1' }));
    expect(answer).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      tradeType: 'JSAPI',
      prepayId: expect.stringMatching(/^wx20261201093000[0-9a-f]{20}$/),
      subMchId: SUB_MCH,
      errCode: 0,
      errMsg: 'cloudPay.unifiedOrder:ok',
    });
    const { paySign, ...signed } = answer.payment;
    expect(signed).toEqual({
      appId: LOCAL_APPID,
      timeStamp: String(NOW / 1000),
      nonceStr: expect.stringMatching(/^[0-9a-f]{16}$/),
      package: `prepay_id=${answer.prepayId}`,
      signType: 'MD5',
    });
    expect(paySign).toBe(sign(signed));
  });

  test('the same out_trade_no again: the same prepay_id while unpaid; other terms are refused', async () => {
    const first = await pay.unifiedOrder(order('T1'));
    const again = await pay.unifiedOrder(order('T1', { spbillCreateIp: '10.0.0.8', nonceStr: 'other' }));
    expect(again).toMatchObject({ resultCode: 'SUCCESS', prepayId: first.prepayId });
    expect(await pay.unifiedOrder(order('T1', { totalFee: 200 }))).toMatchObject(refusal('201 商户订单号重复'));
    expect(await pay.unifiedOrder(order('T1', { body: '演出票-优惠' }))).toMatchObject(refusal('201 商户订单号重复'));
    expect(await query('T1')).toMatchObject({ tradeState: 'NOTPAY', totalFee: 100 });
  });

  test('a paid order cannot be ordered again', async () => {
    await paid('T1');
    expect(await pay.unifiedOrder(order('T1'))).toMatchObject(refusal('该订单已支付'));
  });

  test('a failed payment can be ordered and paid again', async () => {
    await pay.unifiedOrder(order('T1'));
    await api.pay.pay({ outTradeNo: 'T1', result: 'fail' }, 'once');
    expect(await query('T1')).toMatchObject({ tradeState: 'PAYERROR' });
    expect(await pay.unifiedOrder(order('T1'))).toMatchObject({ resultCode: 'SUCCESS' });
    await api.pay.pay({ outTradeNo: 'T1', result: 'success' }, 'once');
    expect(await query('T1')).toMatchObject({ tradeState: 'SUCCESS' });
  });

  test.each([
    ['no out_trade_no', { outTradeNo: undefined }, '缺少参数out_trade_no'],
    ['an out_trade_no of 33 characters', { outTradeNo: 'x'.repeat(33) }, 'out_trade_no长度不能超过32'],
    ['an out_trade_no with other characters', { outTradeNo: 'T 1' }, 'out_trade_no含有不允许的字符'],
    ['a total_fee of 0', { totalFee: 0 }, 'total_fee必须是以分为单位的正整数'],
    ['a total_fee in yuan', { totalFee: 1.5 }, 'total_fee必须是以分为单位的正整数'],
    ['a total_fee as text', { totalFee: '100' }, 'total_fee必须是以分为单位的正整数'],
    ['no body', { body: '' }, '缺少参数body'],
    ['a body over 128 characters', { body: '票'.repeat(129) }, 'body长度不能超过128'],
    ['no sub_mch_id', { subMchId: undefined }, '缺少参数sub_mch_id'],
    ['an address that is not one', { spbillCreateIp: 'localhost' }, 'spbill_create_ip不是IP地址'],
    ['no function for the notification', { functionName: undefined }, '缺少参数function_name'],
    ['no environment for it', { envId: undefined }, '缺少参数env_id'],
    ['an attach over 127 characters', { attach: 'a'.repeat(128) }, 'attach长度不能超过127'],
    ['a time_expire that is no time', { timeExpire: '20261332093000' }, 'time_expire格式应为yyyyMMddHHmmss'],
    [
      'a time_expire within 5 minutes',
      { timeExpire: '20261201093400' },
      'time_expire时间过短，刷卡至少1分钟，其他5分钟',
    ],
  ])('%s is PARAM_ERROR and opens no trade', async (_label, extra, des) => {
    const answer = await pay.unifiedOrder(order('T1', extra));
    expect(answer).toMatchObject({ returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 0 });
    expect(answer.errCodeDes).toContain(des);
    expect(api.pay.list().trades).toEqual([]);
  });

  test('a time_expire 5 minutes ahead is taken, and the trade cannot be paid from then on', async () => {
    expect(await pay.unifiedOrder(order('T1', { timeExpire: '20261201093500' }))).toMatchObject({
      resultCode: 'SUCCESS',
    });
    expect(api.pay.ledger.trades.get('T1')?.expiresAt).toBe(Date.parse('2026-12-01T09:35:00+08:00'));
  });
});

describe('queryOrder and closeOrder', () => {
  test('an unknown trade, or one of another merchant, does not exist', async () => {
    await pay.unifiedOrder(order('T1'));
    expect(await query('T2')).toMatchObject(refusal('订单不存在'));
    expect(await pay.queryOrder({ outTradeNo: 'T1', subMchId: '1900000999' })).toMatchObject(refusal('订单不存在'));
    expect(await pay.queryOrder({ subMchId: SUB_MCH })).toMatchObject(
      refusal('缺少参数:transaction_id和out_trade_no至少填一个'),
    );
  });

  test('a paid trade by out_trade_no and by transaction_id: its transaction, time and payer', async () => {
    await paid('T1');
    const byTradeNo = await query('T1');
    expect(byTradeNo).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      tradeState: 'SUCCESS',
      tradeStateDesc: '支付成功',
      outTradeNo: 'T1',
      totalFee: 100,
      cashFee: 100,
      transactionId: expect.stringMatching(/^420020261201\d{16}$/),
      timeEnd: '20261201093000',
      subOpenid: 'demo-visitor-1',
    });
    const byTransaction = await pay.queryOrder({ transactionId: byTradeNo.transactionId, subMchId: SUB_MCH });
    expect(byTransaction).toMatchObject({ outTradeNo: 'T1', tradeState: 'SUCCESS' });
  });

  test('closeOrder closes an unpaid trade: it cannot be ordered, paid or closed again', async () => {
    await pay.unifiedOrder(order('T1'));
    expect(await pay.closeOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
    });
    expect(await query('T1')).toMatchObject({ tradeState: 'CLOSED', tradeStateDesc: '已关闭' });
    expect(await pay.unifiedOrder(order('T1'))).toMatchObject(refusal('该订单已关闭'));
    expect(await api.pay.pay({ outTradeNo: 'T1', result: 'success' }, 'once')).toEqual({
      refusal: '该订单已关闭',
      status: 409,
    });
    expect(await pay.closeOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject(
      refusal('订单已关闭，无法重复关闭'),
    );
  });

  test('a paid trade cannot be closed; an unknown one does not exist', async () => {
    await paid('T1');
    expect(await pay.closeOrder({ outTradeNo: 'T1', subMchId: SUB_MCH })).toMatchObject(
      refusal('订单已支付，不能发起关单'),
    );
    expect(await pay.closeOrder({ outTradeNo: 'T2', subMchId: SUB_MCH })).toMatchObject(refusal('订单不存在'));
  });
});

describe('refund and queryRefund', () => {
  test('one out_refund_no is one refund, even sent twice at the same moment', async () => {
    await paid('T1');
    const [a, b] = await Promise.all([pay.refund(refundOf('T1', 'R1', 30)), pay.refund(refundOf('T1', 'R1', 30))]);
    expect(a).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: 'T1',
      outRefundNo: 'R1',
      refundId: expect.stringMatching(/^50320261201\d{18}$/),
      refundFee: 30,
      totalFee: 100,
      transactionId: (await query('T1')).transactionId,
    });
    expect(b.refundId).toBe(a.refundId);
    expect(api.pay.list().refunds).toHaveLength(1);
    expect(api.pay.ledger.trades.get('T1')?.refunded).toBe(30);
    expect(await query('T1')).toMatchObject({ tradeState: 'REFUND', tradeStateDesc: '转入退款' });
    // Its notification is owed once (held: no function host here), sent once the answer is on its way.
    await new Promise((resolve) => setImmediate(resolve));
    const refunds = api.pay.list().callbacks.filter((c) => c.kind === 'refund');
    expect(refunds).toMatchObject([{ outRefundNo: 'R1', status: 'held' }]);
  });

  test('refunds never add up to more than was paid', async () => {
    await paid('T1');
    expect(await pay.refund(refundOf('T1', 'R1', 60))).toMatchObject({ resultCode: 'SUCCESS' });
    expect(await pay.refund(refundOf('T1', 'R2', 50))).toMatchObject(refusal('refund_fee大于可退金额'));
    expect(await pay.refund(refundOf('T1', 'R2', 40))).toMatchObject({ resultCode: 'SUCCESS' });
    expect(await pay.refund(refundOf('T1', 'R3', 1))).toMatchObject(refusal('订单已全额退款'));
    expect(await pay.refund(refundOf('T1', 'R4', 101))).toMatchObject({
      returnCode: 'FAIL',
      returnMsg: 'invalid refund_fee',
    });
    expect(api.pay.ledger.trades.get('T1')?.refunded).toBe(100);
    // A retry of a refund of a fully refunded trade still gets its own answer.
    expect(await pay.refund(refundOf('T1', 'R2', 40))).toMatchObject({ resultCode: 'SUCCESS', outRefundNo: 'R2' });
  });

  test('other amounts for the same out_refund_no, or a wrong order total, are refused', async () => {
    await paid('T1');
    await pay.refund(refundOf('T1', 'R1', 30));
    const mismatch = refusal('订单金额或退款金额与之前请求不一致，请核实后再试');
    expect(await pay.refund(refundOf('T1', 'R1', 40))).toMatchObject(mismatch);
    expect(await pay.refund(refundOf('T1', 'R2', 30, { totalFee: 90 }))).toMatchObject(mismatch);
    await paid('T2');
    expect(await pay.refund(refundOf('T2', 'R1', 30))).toMatchObject(refusal('商户退款单号重复'));
    expect(api.pay.list().refunds).toHaveLength(1);
  });

  test('an unpaid or unknown trade cannot be refunded', async () => {
    await pay.unifiedOrder(order('T1'));
    expect(await pay.refund(refundOf('T1', 'R1', 30))).toMatchObject(refusal('订单状态错误，未支付的订单不能退款'));
    expect(await pay.refund(refundOf('T9', 'R1', 30))).toMatchObject(refusal('订单不存在'));
    expect(await pay.refund(refundOf('T1', 'R1', 0))).toMatchObject(
      refusal('参数错误:refund_fee必须是以分为单位的正整数'),
    );
  });

  test("queryRefund by trade lists its refunds (lists and v2's _$n fields), by out_refund_no one", async () => {
    await paid('T1');
    const r1 = await pay.refund(refundOf('T1', 'R1', 30));
    const r2 = await pay.refund(refundOf('T1', 'R2', 20));
    const byTrade = await pay.queryRefund({ outTradeNo: 'T1', subMchId: SUB_MCH });
    expect(byTrade).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: 'T1',
      totalFee: 100,
      refundCount: 2,
      outRefundNoList: ['R1', 'R2'],
      refundIdList: [r1.refundId, r2.refundId],
      refundFeeList: [30, 20],
      refundStatusList: ['SUCCESS', 'SUCCESS'],
      refundSuccessTimeList: ['2026-12-01 09:30:00', '2026-12-01 09:30:00'],
      outRefundNo_0: 'R1',
      refundStatus_1: 'SUCCESS',
      refundFee_1: 20,
    });
    const byRefund = await pay.queryRefund({ outRefundNo: 'R2', subMchId: SUB_MCH });
    expect(byRefund).toMatchObject({ refundCount: 1, outRefundNoList: ['R2'], refundFeeList: [20] });
    expect(await pay.queryRefund({ outRefundNo: 'R9', subMchId: SUB_MCH })).toMatchObject(refusal('退款订单查询失败'));
  });

  test('a refund whose answer is lost (applyThenFail) happened: asked again, it answers the same refund', async () => {
    await paid('T1');
    api.faults.inject({ action: 'wxpay.refund', mode: 'applyThenFail' });
    await expect(pay.refund(refundOf('T1', 'R1', 30))).rejects.toMatchObject({
      errCode: -501001,
      errMsg: expect.stringContaining('injected fault: wxpay.refund'),
    });
    const made = api.pay.ledger.refunds.get('R1');
    expect(made).toMatchObject({ refundFee: 30 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(api.pay.list().callbacks.filter((c) => c.kind === 'refund')).toMatchObject([{ outRefundNo: 'R1' }]);
    expect(await pay.refund(refundOf('T1', 'R1', 30))).toMatchObject({ refundId: made?.refundId });
    expect(api.pay.ledger.trades.get('T1')?.refunded).toBe(30);
  });

  test("a refused refund (mode 'fail') did not happen", async () => {
    await paid('T1');
    api.faults.inject({ action: 'wxpay.refund' });
    await expect(pay.refund(refundOf('T1', 'R1', 30))).rejects.toMatchObject({ errCode: -501001 });
    expect(api.pay.list().refunds).toEqual([]);
    expect(() => api.faults.inject({ action: 'wxpay.refund', match: () => true })).toThrow(/database actions only/);
  });
});

test('a cloud pay call the local cloud does not play is refused as invalid', async () => {
  await expect(pay.downloadBill({ subMchId: SUB_MCH, billDate: '20261201' })).rejects.toMatchObject({
    errCode: -501007,
    errMsg: expect.stringContaining('cloudPay.downloadBill is not supported by the local cloud'),
  });
});
