// Failure injection for tests: the endpoint answers the next matching request with a server error,
// as WeChat's service may, so code can be shown to survive a failure at any step. A database fault
// either refuses the request (nothing happened) or runs it and then fails the answer (it happened, but
// the caller cannot know: a timeout after the database committed), the case a retry must not repeat.
// Cloud pay requests (`wxpay.refund` …) take the same two modes: a refund whose answer is lost.
import { StoreError } from '../store';

/** The service's own failure (CloudBase's SYS_ERR, errCode -501001 in the SDK), as an injected pay fault answers. */
export class ServiceError extends Error {
  readonly code = 'SYS_ERR';
}

type Params = Record<string, unknown>;

export interface Fault {
  /**
   * A database action (`database.modifyDocument`), an openapi (`openapi.subscribeMessage.send`) or a
   * cloud pay call (`wxpay.refund`, `wxpay.unifiedOrder` …).
   */
  action: string;
  collectionName?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** For an openapi: the WeChat error to answer (default -1, system busy). */
  errcode?: number;
  /**
   * Database and cloud pay calls. 'fail' (default): answer the error without running the request.
   * 'applyThenFail': run it against the store as usual (the write is applied and durable, a commit
   * commits), then answer the same error. A request that fails by itself answers its own error.
   */
  mode?: 'fail' | 'applyThenFail';
  /**
   * Database actions only: the request must also pass this test. It gets the parsed request as the
   * SDK sent it, `query` and `data` as extended-JSON strings (e.g. `String(p.query).includes('"b1"')`).
   */
  match?: (params: Params) => boolean;
}

export class Faults {
  private pending: Fault[] = [];

  inject(fault: Fault): void {
    // The openapi path answers before it decodes the request: neither option could be honoured there.
    if (fault.action.startsWith('openapi.') && (fault.match || (fault.mode ?? 'fail') !== 'fail')) {
      throw new Error(`mode and match apply to database actions only, not ${fault.action}`);
    }
    if (fault.action.startsWith('wxpay.') && fault.match) {
      throw new Error(`match applies to database actions only, not ${fault.action}`);
    }
    this.pending.push({ skip: 0, ...fault });
  }

  clear(): void {
    this.pending = [];
  }

  /** Injected faults not met yet. */
  get waiting(): number {
    return this.pending.length;
  }

  /** The injected fault this request meets, if it is the one to fail. */
  private take(action: string, params?: Params): Fault | null {
    const i = this.pending.findIndex(
      (f) =>
        f.action === action &&
        (!f.collectionName || f.collectionName === params?.collectionName) &&
        (!f.match || (params !== undefined && f.match(params))),
    );
    if (i < 0) return null;
    const fault = this.pending[i];
    if (fault.skip! > 0) {
      fault.skip!--;
      return null;
    }
    this.pending.splice(i, 1);
    return fault;
  }

  /**
   * Runs one database request through the faults: `run` is not called when a 'fail' fault meets the
   * request, and its answer is replaced by the error when an 'applyThenFail' one does.
   */
  async database(params: Params, run: () => Promise<Params>): Promise<Params> {
    const fault = this.take(String(params.action), params);
    if (!fault) return run();
    if (fault.mode === 'applyThenFail') await run();
    throw new StoreError(
      'DATABASE_REQUEST_FAILED',
      `injected fault: ${fault.action} ${fault.collectionName ?? ''}`.trim(),
    );
  }

  /** Runs one cloud pay call through the faults, as `database` does (a lost answer: 'applyThenFail'). */
  payApi<T>(apiName: string, run: () => T): T {
    const fault = this.take(`wxpay.${apiName}`);
    if (!fault) return run();
    if (fault.mode === 'applyThenFail') run();
    throw new ServiceError(`injected fault: wxpay.${apiName}`);
  }

  /** WeChat's error answer for this openapi call, if it is the one to fail. */
  openApiError(apiName: string): { errcode: number; errmsg: string } | null {
    const fault = this.take(`openapi.${apiName}`);
    return fault ? { errcode: fault.errcode ?? -1, errmsg: 'system error (injected)' } : null;
  }
}
