// Failure injection for tests: the endpoint answers the next matching database request with a
// server error, as WeChat's service may, so code can be shown to survive a failure at any step.
import { StoreError } from '../store';

export interface Fault {
  /** A database action (`database.modifyDocument`) or an openapi (`openapi.subscribeMessage.send`). */
  action: string;
  collectionName?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** For an openapi: the WeChat error to answer (default -1, system busy). */
  errcode?: number;
}

export class Faults {
  private pending: Fault[] = [];

  inject(fault: Fault): void {
    this.pending.push({ skip: 0, ...fault });
  }

  clear(): void {
    this.pending = [];
  }

  /** The injected fault this request meets, if it is the one to fail. */
  private take(action: string, collectionName?: unknown): Fault | null {
    const i = this.pending.findIndex((f) => f.action === action && (!f.collectionName || f.collectionName === collectionName));
    if (i < 0) return null;
    const fault = this.pending[i];
    if (fault.skip! > 0) {
      fault.skip!--;
      return null;
    }
    this.pending.splice(i, 1);
    return fault;
  }

  /** Throws the injected error if this database request is the one to fail. */
  check(params: Record<string, unknown>): void {
    const fault = this.take(String(params.action), params.collectionName);
    if (fault) throw new StoreError('DATABASE_REQUEST_FAILED', `injected fault: ${fault.action} ${fault.collectionName ?? ''}`.trim());
  }

  /** WeChat's error answer for this openapi call, if it is the one to fail. */
  openApiError(apiName: string): { errcode: number; errmsg: string } | null {
    const fault = this.take(`openapi.${apiName}`);
    return fault ? { errcode: fault.errcode ?? -1, errmsg: 'system error (injected)' } : null;
  }
}
