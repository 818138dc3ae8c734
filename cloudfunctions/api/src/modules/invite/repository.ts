import { AppError, stateError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { InviteDoc } from '../../db/docs';
import type { Deps } from '../../deps';

export const invites = (deps: Deps) => deps.db.collection(COLLECTIONS.invites);

export async function findInvite(deps: Deps, id: string): Promise<InviteDoc | null> {
  const { data } = await invites(deps).doc(id).get();
  return (data as InviteDoc | null) ?? null;
}

export const notFound = (inviteId?: string) =>
  new AppError('NOT_FOUND', inviteId ? { inviteId } : undefined, '邀请码无效或已失效');

/** Why an invitation can no longer be used or revoked (null while it is open and unexpired). */
export function closedError(doc: InviteDoc, now: number): AppError | null {
  if (doc.status === 'used') return stateError('invite_used', '该邀请码已被使用', { status: 'used' });
  if (doc.status === 'revoked') return stateError('invite_revoked', '该邀请码已被撤销', { status: 'revoked' });
  if (doc.expiresAt <= now) return stateError('invite_expired', '该邀请码已过期', { status: 'expired' });
  return null;
}

/**
 * The answer when a conditional write on the invitation matched nothing. Found still open and unexpired,
 * it can only be a clock at the very edge of expiresAt: the lost race's answer, and a retry decides.
 */
export const refusal = (doc: InviteDoc, now: number): AppError =>
  closedError(doc, now) ?? stateError('changed_meanwhile');
