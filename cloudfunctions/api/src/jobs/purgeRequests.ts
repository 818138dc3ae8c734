// Idempotency records only need to outlive any retry of their request.
import { COLLECTIONS } from '../db/schema';
import type { Deps } from '../deps';
import { REQUEST_RETENTION_MS } from '../idempotency';
import type { Job } from './job';

export const purgeRequests: Job = {
  name: 'purgeRequests',
  async run(deps: Deps) {
    const cutoff = deps.clock() - REQUEST_RETENTION_MS;
    const res = await deps.db
      .collection(COLLECTIONS.requests)
      .where({ createdAt: deps.db.command.lt(cutoff) })
      .remove();
    return { worked: (res.stats.removed ?? 0) > 0 };
  },
};
