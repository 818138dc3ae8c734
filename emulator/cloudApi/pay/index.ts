// The local cloud's WeChat Pay: answers the SDK's `wx.wxPayApi` requests (cloud.cloudPay.unifiedOrder,
// queryOrder, closeOrder, refund, queryRefund) as WeChat Pay v2 does, plays the visitor paying, and
// delivers the payment and refund notifications to the function (see callbacks.ts).
import { invalidParam } from '../../store';
import { CallbackQueue, callbackStatus } from './callbacks';
import { closeOrder } from './closeOrder';
import { PayLedger, shownState, type Callback, type DeliveryMode, type Refund, type Trade } from './ledger';
import { paymentNotice, refundNotice } from './notify';
import { queryOrder } from './queryOrder';
import { queryRefund } from './queryRefund';
import { refund } from './refund';
import { unifiedOrder } from './unifiedOrder';
import { visitorPays, type Payment, type PaymentOutcome } from './visitorPays';
import type { Answer, Params } from './wire';

export { DELIVERY_MODES, type DeliveryMode } from './ledger';

export interface WechatPayOptions {
  clock: () => number;
  /** Where the ledger is kept between runs; in memory only without one. */
  file?: string;
}

/** The calls answered by one step on the ledger (refund differs: it owes a notification). */
const STEPS: Record<string, (ledger: PayLedger, params: Params) => Answer> = {
  unifiedOrder,
  queryOrder,
  closeOrder,
  queryRefund,
};

export class WechatPay {
  readonly ledger: PayLedger;
  readonly callbacks: CallbackQueue;
  /** How refund notifications are delivered (POST /__dev/pay/mode); payments say it per payment. */
  refundMode: DeliveryMode = 'once';

  constructor(opts: WechatPayOptions) {
    this.ledger = new PayLedger(opts.clock, opts.file);
    this.callbacks = new CallbackQueue(this.ledger);
  }

  /**
   * One `wx.wxPayApi` request: apiName as the function called it, requestData the parameters' JSON.
   * Answers the JSON bytes; a refund it made is then notified, once the answer is on its way (as
   * WeChat's notification follows its answer), even when that answer is lost on the way (faults.ts).
   */
  answer(apiName: string, requestData: Buffer): Buffer {
    let params: Params;
    try {
      params = JSON.parse(requestData.toString('utf8')) as Params;
    } catch {
      throw invalidParam(`cloudPay.${apiName}: requestData is not JSON`);
    }
    if (apiName === 'refund') {
      const { answer, made } = refund(this.ledger, params);
      if (made) setImmediate(() => void this.notifyRefund(made));
      return json(answer);
    }
    const step = STEPS[apiName];
    if (!step) throw invalidParam(`cloudPay.${apiName} is not supported by the local cloud`);
    return json(step(this.ledger, params));
  }

  private async notifyRefund(made: Refund): Promise<void> {
    const trade = this.ledger.trades.get(made.outTradeNo) as Trade;
    const spec = {
      kind: 'refund' as const,
      outTradeNo: made.outTradeNo,
      outRefundNo: made.outRefundNo,
      envId: made.envId,
      functionName: made.functionName,
      event: refundNotice(trade, made),
    };
    await this.callbacks.send(spec, this.refundMode).catch((e: unknown) => console.error('refund notification', e));
  }

  /** The visitor pays (or fails to); then the notification goes out as `deliver` says. */
  async pay(payment: Payment, deliver: DeliveryMode): Promise<PaymentOutcome & { callback?: Callback }> {
    const outcome = visitorPays(this.ledger, payment);
    if (!('trade' in outcome)) return outcome;
    const { trade } = outcome;
    const callback = await this.callbacks.send(
      {
        kind: 'payment',
        outTradeNo: trade.outTradeNo,
        envId: trade.envId,
        functionName: trade.functionName,
        event: paymentNotice(trade, outcome.payer),
      },
      deliver,
    );
    return { ...outcome, callback };
  }

  /** Everything WeChat Pay holds, for GET /__dev/pay. */
  list() {
    return {
      refundMode: this.refundMode,
      trades: [...this.ledger.trades.values()].map((trade) => ({ ...trade, tradeState: shownState(trade) })),
      refunds: [...this.ledger.refunds.values()],
      callbacks: this.ledger.callbacks.map(view),
    };
  }

  reset(): void {
    this.ledger.reset();
    this.refundMode = 'once';
  }
}

export const view = (callback: Callback) => ({ ...callback, status: callbackStatus(callback) });

const json = (answer: Answer) => Buffer.from(JSON.stringify(answer));
