// The audit trail of staff and manager actions (seed 003: 审计追踪). Append-only.
import { COLLECTIONS } from '../../db/schema';
import type { AuditDoc } from '../../db/docs';
import type { Deps } from '../../deps';

export async function audit(deps: Deps, entry: Omit<AuditDoc, 'at' | '_id'>): Promise<void> {
  await deps.db.collection(COLLECTIONS.audit).add({ data: { ...entry, at: deps.clock() } satisfies AuditDoc });
}
