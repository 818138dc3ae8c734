// The audit trail of staff and manager actions (seed 003: 审计追踪). Append-only. The router writes
// one entry for every successful state change by a role (`recordCall`); the timer's own state changes
// (a lottery drawn at its time) are written by the job with the actor `timer`.
import { isDuplicateKey } from '../../db/errors';
import { COLLECTIONS } from '../../db/schema';
import type { AuditDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import type { AuditNote } from '../../context';
import { derivedId } from '../../lib/ids';

export const TIMER_ACTOR = 'timer';

export async function audit(deps: Deps, entry: Omit<AuditDoc, 'at'>): Promise<void> {
  try {
    await deps.db.collection(COLLECTIONS.audit).add({ data: { ...entry, at: deps.clock() } satisfies AuditDoc });
  } catch (e) {
    // The same call delivered again (or its first write's answer lost): its entry is there already.
    if (!isDuplicateKey(e)) throw e;
  }
}

/** Input fields never copied into the trail: personal data and secrets. */
const WITHHELD = new Set(['idNumber', 'phone', 'contact', 'code', 'token', 'openid', 'userRef']);

function summary(input: unknown): Record<string, unknown> | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const kept = Object.entries(input).filter(([k, v]) => !WITHHELD.has(k) && v !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** The record an action names first: its `…Id` input field. */
function targetOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const entry = Object.entries(input).find(([k, v]) => k.endsWith('Id') && k !== 'venueId' && typeof v === 'string');
  return entry?.[1] as string | undefined;
}

const venueOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && typeof (value as { venueId?: unknown }).venueId === 'string'
    ? (value as { venueId: string }).venueId
    : undefined;

/** The entry for one call: what the handler noted, else what its input and answer say. */
export async function recordCall(
  deps: Deps,
  call: { actor: string; requestId: string; action: string; input: unknown; output: unknown; note: AuditNote },
): Promise<void> {
  const { actor, requestId, action, input, output, note } = call;
  const venueId = note.venueId ?? venueOf(input) ?? venueOf(output);
  const target = note.target ?? targetOf(input) ?? (output as { id?: string } | null)?.id;
  const detail = note.detail ?? summary(input);
  await audit(deps, {
    _id: derivedId('au', actor, requestId),
    actor,
    action,
    ...(venueId ? { venueId } : {}),
    ...(target ? { target } : {}),
    ...(detail ? { detail } : {}),
  });
}
