// Invitation codes. A code is read aloud, typed from a screenshot or scanned, so its alphabet leaves
// out I, O, 0 and 1. It is stored only as a keyed hash (the invitation's _id): the database alone
// does not let anyone use an open invitation. The code is derived from the creating request under the
// function's key, so a repeat of the request finds its invitation and answers the same code without
// the code being kept anywhere (not even in an idempotency record).
import type { Deps } from '../../deps';

/** 32 characters: A–Z without I and O, digits 2–9. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 12;

/**
 * 60 bits of a keyed hash of (creator, requestId): unpredictable without the function's key, the same
 * for a repeat. 256 is a multiple of 32, so `byte % 32` picks every character equally often.
 */
export function inviteCodeFor(deps: Deps, openid: string, requestId: string): string {
  const bytes = Buffer.from(deps.pii.hash('invite-code', `${openid}\0${requestId}`), 'hex');
  return [...bytes.subarray(0, CODE_LENGTH)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** The invitation's _id for a code as typed: case does not matter. */
export const inviteId = (deps: Deps, code: string): string => deps.pii.hash('invite', code.trim().toUpperCase());
