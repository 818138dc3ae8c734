// Delivering notifications as WeChat Pay does: to the function named in the order, through the function
// host, and again on every /__dev/tick while no delivery has been answered `{ errcode: 0 }`, up to
// WeChat's number of tries. Without a host (the in-process endpoint of service tests) a callback is held.
import type { InvocationResult } from '../../host/pool';
import type { Callback, DeliveryMode, PayLedger } from './ledger';

/** WeChat notifies once, then again at 15 growing intervals (15 s … 6 h, about a day in all). */
export const MAX_DELIVERIES = 16;

/** Runs the named function with a notification as its event; answers what the host answers. */
export type Deliverer = (
  target: { envId: string; functionName: string },
  event: Record<string, unknown>,
) => Promise<InvocationResult>;

export type CallbackSpec = Pick<Callback, 'kind' | 'outTradeNo' | 'outRefundNo' | 'envId' | 'functionName' | 'event'>;

export type CallbackStatus = 'held' | 'dropped' | 'sending' | 'acknowledged' | 'unacknowledged' | 'given_up';

export function callbackStatus(callback: Callback): CallbackStatus {
  if (callback.held) return 'held';
  if (callback.mode === 'never') return 'dropped';
  if (callback.acknowledged) return 'acknowledged';
  if (callback.attempts.length === 0) return 'sending';
  return callback.attempts.length >= MAX_DELIVERIES ? 'given_up' : 'unacknowledged';
}

const acknowledges = (answer: InvocationResult) =>
  answer.ok && (answer.result as { errcode?: unknown } | null)?.errcode === 0;

export class CallbackQueue {
  private deliverer: Deliverer | null = null;
  /** Deliveries still waiting for their answer, by callback: a tick does not send those again. */
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly ledger: PayLedger) {}

  connect(deliverer: Deliverer): void {
    this.deliverer = deliverer;
  }

  /** Records a callback and delivers it as `mode` says; resolves once those deliveries are answered. */
  async send(spec: CallbackSpec, mode: DeliveryMode): Promise<Callback> {
    const callback: Callback = {
      ...spec,
      id: `cb${this.ledger.callbacks.length + 1}`,
      mode,
      held: mode === 'late' || (mode !== 'never' && !this.deliverer),
      acknowledged: false,
      attempts: [],
    };
    this.ledger.callbacks.push(callback);
    this.ledger.save();
    if (!callback.held && mode !== 'never') await this.deliver(callback, mode === 'twice' ? 2 : 1);
    return callback;
  }

  /** Delivers the held callbacks that `which` picks, once each, now (POST /__dev/pay/deliver). */
  async release(which: (callback: Callback) => boolean): Promise<Callback[]> {
    const held = this.ledger.callbacks.filter((c) => c.held && which(c));
    for (const callback of held) callback.held = false;
    this.ledger.save();
    await Promise.all(held.map((callback) => this.deliver(callback, 1)));
    return held;
  }

  /** Delivers once more every callback that was delivered and not acknowledged (each /__dev/tick). */
  async redeliver(): Promise<Callback[]> {
    const due = this.ledger.callbacks.filter((c) => callbackStatus(c) === 'unacknowledged' && !this.inFlight.get(c.id));
    await Promise.all(due.map((callback) => this.deliver(callback, 1)));
    return due;
  }

  /** `times` deliveries at the same moment (two for `twice`: the function answers both concurrently). */
  private async deliver(callback: Callback, times: number): Promise<void> {
    const deliverer = this.deliverer;
    if (!deliverer) throw new Error('no function host to deliver WeChat Pay callbacks to');
    const target = { envId: callback.envId, functionName: callback.functionName };
    this.inFlight.set(callback.id, (this.inFlight.get(callback.id) ?? 0) + times);
    await Promise.all(
      Array.from({ length: times }, async () => {
        const answer = await deliverer(target, callback.event);
        callback.attempts.push({ at: this.ledger.now(), answer });
        if (acknowledges(answer)) callback.acknowledged = true;
        this.inFlight.set(callback.id, (this.inFlight.get(callback.id) ?? 1) - 1);
        this.ledger.save();
      }),
    );
  }
}
