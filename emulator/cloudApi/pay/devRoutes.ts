// The dev endpoints of the local WeChat Pay (guarded like every /__dev route, see localCloud.ts):
//   POST /__dev/pay { outTradeNo, result: 'success'|'fail', deliver?: 'once'|'twice'|'late'|'never' }
//        the visitor pays (the payer in X-Wx-Openid), then the notification goes out as `deliver` says;
//   POST /__dev/pay/deliver { outTradeNo } | { outRefundNo }   delivers the held (late) notifications now;
//   POST /__dev/pay/mode { refunds: 'once'|'twice'|'late'|'never' }   how refund notifications go out;
//   GET  /__dev/pay   trades, refunds and notifications with every delivery's answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJson, sendJson } from '../../http';
import { DELIVERY_MODES, view, type DeliveryMode, type WechatPay } from '.';

type Body = Record<string, unknown> | undefined;

const isMode = (value: unknown): value is DeliveryMode => DELIVERY_MODES.includes(value as DeliveryMode);

async function pay(wechatPay: WechatPay, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJson(req)) as Body;
  const deliver = body?.deliver ?? 'once';
  if (typeof body?.outTradeNo !== 'string' || (body.result !== 'success' && body.result !== 'fail') || !isMode(deliver))
    return sendJson(res, 400, {
      error: "{ outTradeNo, result: 'success' | 'fail', deliver?: 'once' | 'twice' | 'late' | 'never' } is required",
    });
  const payer = req.headers['x-wx-openid'];
  const outcome = await wechatPay.pay(
    { outTradeNo: body.outTradeNo, result: body.result, payer: typeof payer === 'string' && payer ? payer : undefined },
    deliver,
  );
  // A refusal is what wx.requestPayment's fail callback would say.
  if ('refusal' in outcome) return sendJson(res, outcome.status, { errMsg: `requestPayment:fail ${outcome.refusal}` });
  sendJson(res, 200, {
    errMsg: body.result === 'success' ? 'requestPayment:ok' : 'requestPayment:fail 支付失败',
    tradeState: outcome.trade.state,
    callback: outcome.callback && view(outcome.callback),
  });
}

async function deliverHeld(wechatPay: WechatPay, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJson(req)) as Body;
  const { outTradeNo, outRefundNo } = body ?? {};
  if (typeof outTradeNo !== 'string' && typeof outRefundNo !== 'string')
    return sendJson(res, 400, { error: '{ outTradeNo } or { outRefundNo } is required' });
  const released = await wechatPay.callbacks.release((c) =>
    typeof outRefundNo === 'string'
      ? c.outRefundNo === outRefundNo
      : c.kind === 'payment' && c.outTradeNo === outTradeNo,
  );
  if (released.length === 0) return sendJson(res, 404, { error: 'no held notification for it' });
  sendJson(res, 200, { callbacks: released.map(view) });
}

async function setMode(wechatPay: WechatPay, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJson(req)) as Body;
  if (!isMode(body?.refunds))
    return sendJson(res, 400, { error: "{ refunds: 'once' | 'twice' | 'late' | 'never' } is required" });
  wechatPay.refundMode = body.refunds;
  sendJson(res, 200, { refunds: wechatPay.refundMode });
}

/** Serves a /__dev/pay route; false when the request is not one of them. */
export async function handlePayDev(
  wechatPay: WechatPay,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (req.method === 'GET' && pathname === '/__dev/pay') sendJson(res, 200, wechatPay.list());
  else if (req.method === 'POST' && pathname === '/__dev/pay') await pay(wechatPay, req, res);
  else if (req.method === 'POST' && pathname === '/__dev/pay/deliver') await deliverHeld(wechatPay, req, res);
  else if (req.method === 'POST' && pathname === '/__dev/pay/mode') await setMode(wechatPay, req, res);
  else return false;
  return true;
}
