// A pool of warm function instances. A call waits for a free instance (FIFO); an invocation that
// overruns the function's timeout is answered with WeChat's timeout error and its instance is
// replaced, as WeChat would recycle it.
import path from 'path';
import { Worker } from 'worker_threads';
import { randomUUID } from 'crypto';

export interface InvocationContext {
  /** WX_* variables, e.g. { WX_OPENID, WX_APPID, WX_CLIENTIP }. */
  wx: Record<string, string>;
  /** TCB_SOURCE: wx_client for client calls, wx_trigger for the timer. */
  source: string;
}

export type InvocationResult = { ok: true; result: unknown } | { ok: false; errCode: number; errMsg: string };

interface Pending {
  event: unknown;
  context: InvocationContext;
  resolve(r: InvocationResult): void;
}

interface Instance {
  worker: Worker;
  busy: boolean;
}

export interface PoolOptions {
  bundle: string;
  size: number;
  env: Record<string, string>;
  timeoutMs: number;
  now(): number | null;
}

export class FunctionPool {
  private readonly instances: Instance[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < opts.size; i++) this.instances.push(this.spawn());
  }

  private spawn(): Instance {
    const worker = new Worker(path.join(__dirname, 'instance.cjs'), {
      workerData: { bundle: this.opts.bundle, env: this.opts.env, now: this.opts.now() },
    });
    worker.unref();
    return { worker, busy: false };
  }

  invoke(event: unknown, context: InvocationContext): Promise<InvocationResult> {
    return new Promise((resolve) => {
      this.queue.push({ event, context, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      const instance = this.instances.find((i) => !i.busy);
      if (!instance) return;
      this.run(instance, this.queue.shift()!);
    }
  }

  private run(instance: Instance, call: Pending): void {
    instance.busy = true;
    const id = randomUUID();
    const finish = (r: InvocationResult, replace: boolean) => {
      clearTimeout(timer);
      instance.worker.off('message', onMessage);
      instance.worker.off('error', onError);
      if (replace) {
        void instance.worker.terminate();
        const index = this.instances.indexOf(instance);
        if (index >= 0 && !this.closed) this.instances[index] = this.spawn();
      } else {
        instance.busy = false;
      }
      call.resolve(r);
      this.dispatch();
    };
    const onMessage = (msg: { type: string; id: string; ok: boolean; result?: unknown; error?: string }) => {
      if (msg.type !== 'result' || msg.id !== id) return;
      if (msg.ok) finish({ ok: true, result: msg.result }, false);
      else finish({ ok: false, errCode: -504002, errMsg: `functions execute fail | ${msg.error}` }, false);
    };
    const onError = (e: Error) =>
      finish({ ok: false, errCode: -504002, errMsg: `functions execute fail | ${e.stack}` }, true);
    const timer = setTimeout(
      () => finish({ ok: false, errCode: -504003, errMsg: 'Invoking task timed out after 60 seconds' }, true),
      this.opts.timeoutMs,
    );
    instance.worker.on('message', onMessage);
    instance.worker.on('error', onError);
    try {
      instance.worker.postMessage({ type: 'invoke', id, requestId: id, event: call.event, context: call.context });
    } catch (e) {
      // The payload could not be cloned to the instance (too deep, or not cloneable): it never ran, and
      // the instance must not wait for an answer that cannot come.
      finish(
        {
          ok: false,
          errCode: -501007,
          errMsg: `invalid request payload | ${e instanceof Error ? e.message : String(e)}`,
        },
        false,
      );
    }
  }

  /** Freezes (or with null, frees) Date in every instance; resolves once all have applied it. */
  async setClock(now: number | null): Promise<void> {
    await Promise.all(
      this.instances.map(
        ({ worker }) =>
          new Promise<void>((resolve) => {
            const id = randomUUID();
            const onMessage = (msg: { type: string; id: string }) => {
              if (msg.type === 'clock' && msg.id === id) {
                worker.off('message', onMessage);
                resolve();
              }
            };
            worker.on('message', onMessage);
            worker.postMessage({ type: 'clock', id, now });
          }),
      ),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.instances.map((i) => i.worker.terminate()));
  }
}
