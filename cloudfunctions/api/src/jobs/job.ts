import type { Deps } from '../deps';

/**
 * Timer work. Each run does a bounded batch well within the 60 s limit, is idempotent, and says
 * whether it found work, so a caller (the timer, or the local cloud's /__dev/tick) knows to run again.
 */
export interface Job {
  name: string;
  run(deps: Deps): Promise<{ worked: boolean }>;
}
