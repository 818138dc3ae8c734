// Failure injection for tests: the endpoint answers the next matching database request with a
// server error, as WeChat's service may, so code can be shown to survive a failure at any step.
import { StoreError } from '../store';

export interface Fault {
  action: string;
  collectionName?: string;
  /** Let this many matching requests through first. */
  skip?: number;
}

export class Faults {
  private pending: Fault[] = [];

  inject(fault: Fault): void {
    this.pending.push({ skip: 0, ...fault });
  }

  clear(): void {
    this.pending = [];
  }

  /** Throws the injected error if this request is the one to fail. */
  check(params: Record<string, unknown>): void {
    const i = this.pending.findIndex((f) => f.action === params.action && (!f.collectionName || f.collectionName === params.collectionName));
    if (i < 0) return;
    const fault = this.pending[i];
    if (fault.skip! > 0) {
      fault.skip!--;
      return;
    }
    this.pending.splice(i, 1);
    throw new StoreError('DATABASE_REQUEST_FAILED', `injected fault: ${fault.action} ${fault.collectionName ?? ''}`.trim());
  }
}
