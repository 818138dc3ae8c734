// What WeChat Pay's servers know: the trades opened by unifiedOrder, their refunds, and the callbacks
// owed to the function. Every step reads and writes it synchronously (no await between a check and
// its write), so in the single-threaded local cloud a step is atomic: two refunds with one out_refund_no
// sent at the same moment are taken one after the other, and the second finds the first.
import fs from 'node:fs';
import path from 'node:path';
import type { InvocationResult } from '../../host/pool';

/** A trade's own state; queryOrder shows REFUND for a paid trade with refunds (`shownState`). */
export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'PAYERROR';

export interface Trade {
  outTradeNo: string;
  subMchId: string;
  body: string;
  totalFee: number;
  attach?: string;
  /** sub_openid given to unifiedOrder: only this user can pay. */
  subOpenid?: string;
  /** time_expire as given (`yyyyMMddHHmmss`) and the instant it names. */
  timeExpire?: string;
  expiresAt?: number;
  envId: string;
  functionName: string;
  /** The parameters a second unifiedOrder of this out_trade_no must repeat (JSON). */
  terms: string;
  prepayId: string;
  state: TradeState;
  createdAt: number;
  transactionId?: string;
  paidAt?: number;
  /** The payer's openid (sub_openid), once paid. */
  payer?: string;
  /** Sum of its refunds, in fen. */
  refunded: number;
}

export interface Refund {
  outRefundNo: string;
  outTradeNo: string;
  refundId: string;
  totalFee: number;
  refundFee: number;
  envId: string;
  functionName: string;
  /** Refunds complete at once locally (WeChat shows PROCESSING for a moment first). */
  at: number;
}

/**
 * How a callback is delivered: `once`; `twice` (two deliveries at the same moment); `late` (held until
 * POST /__dev/pay/deliver); `never` (dropped, as a lost notification is).
 */
export type DeliveryMode = 'once' | 'twice' | 'late' | 'never';
export const DELIVERY_MODES: readonly DeliveryMode[] = ['once', 'twice', 'late', 'never'];

export interface Attempt {
  at: number;
  /** The function's answer, or the host's error (a timeout, a missing function). */
  answer: InvocationResult;
}

export interface Callback {
  id: string;
  kind: 'payment' | 'refund';
  outTradeNo: string;
  outRefundNo?: string;
  envId: string;
  functionName: string;
  /** The notification as the function receives it (camelCase). */
  event: Record<string, unknown>;
  mode: DeliveryMode;
  held: boolean;
  /** Some delivery was answered `{ errcode: 0 }`: WeChat stops sending it. */
  acknowledged: boolean;
  attempts: Attempt[];
}

interface Snapshot {
  trades: Trade[];
  refunds: Refund[];
  callbacks: Callback[];
}

export class PayLedger {
  readonly trades = new Map<string, Trade>();
  readonly refunds = new Map<string, Refund>();
  readonly callbacks: Callback[] = [];

  /**
   * `file`: where the ledger is kept between runs (beside the store), so trades outlive a restart as the
   * orders in the store do; without one it lives in memory only.
   */
  constructor(
    readonly now: () => number,
    private readonly file?: string,
  ) {
    if (file && fs.existsSync(file)) {
      const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
      for (const trade of snapshot.trades) this.trades.set(trade.outTradeNo, trade);
      for (const refund of snapshot.refunds) this.refunds.set(refund.outRefundNo, refund);
      this.callbacks.push(...snapshot.callbacks);
    }
  }

  /**
   * Writes the ledger after a change, before the change is answered: to a temporary file, synced, then
   * renamed over the old one, so a crash leaves either the old ledger or the new one.
   */
  save(): void {
    if (!this.file) return;
    const snapshot: Snapshot = {
      trades: [...this.trades.values()],
      refunds: [...this.refunds.values()],
      callbacks: this.callbacks,
    };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, JSON.stringify(snapshot));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, this.file);
  }

  reset(): void {
    this.trades.clear();
    this.refunds.clear();
    this.callbacks.length = 0;
    this.save();
  }

  /** The trade an API call names by out_trade_no or transaction_id. */
  tradeFor(params: { out_trade_no?: unknown; transaction_id?: unknown }): Trade | undefined {
    if (typeof params.transaction_id === 'string' && params.transaction_id) {
      return [...this.trades.values()].find((t) => t.transactionId === params.transaction_id);
    }
    return typeof params.out_trade_no === 'string' ? this.trades.get(params.out_trade_no) : undefined;
  }

  refundsOf(outTradeNo: string): Refund[] {
    return [...this.refunds.values()].filter((r) => r.outTradeNo === outTradeNo);
  }
}

/** trade_state as queryOrder answers it: a paid trade with a refund is REFUND (转入退款). */
export const shownState = (trade: Trade): TradeState | 'REFUND' =>
  trade.state === 'SUCCESS' && trade.refunded > 0 ? 'REFUND' : trade.state;
