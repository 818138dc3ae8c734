// The first admin. A deployment starts with no one who may do anything; the set-up code from the
// function's environment (SETUP_CODE) makes whoever enters it first the leadership group's admin.
// Exactly once: the claim is the insert of one document with a fixed id, so of two simultaneous
// claims the database's _id uniqueness lets one through and the other is FORBIDDEN. A claim whose
// insert applied but whose answer was lost is finished by its retry (the document names its claimer).
import { createHash, timingSafeEqual } from 'crypto';
import { AppError } from '@shared/errors';
import type { RoleGrant } from '@shared/contract';
import type { Handler, PublicHandler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { SetupDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';
import { addGrant, sameGrant } from '../admin/grants';
import { loadUser } from '../user/roles';

const SETUP_ID = 'setup';
const FIRST_ADMIN: RoleGrant = { role: 'admin' };

async function readSetup(deps: Deps): Promise<SetupDoc | null> {
  const { data } = await deps.db.collection(COLLECTIONS.settings).doc(SETUP_ID).get();
  return (data as SetupDoc | null) ?? null;
}

/** Compared by digest in constant time: the answer's timing says nothing of the code. */
function codeMatches(expected: string, given: string): boolean {
  const digest = (v: string) => createHash('sha256').update(v.trim().toUpperCase()).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

export const setupStatus: PublicHandler<'setup.status'> = async ({ deps }) => {
  const [setup, venues] = await Promise.all([
    deps.setupCode ? readSetup(deps) : Promise.resolve(null),
    deps.db.collection(COLLECTIONS.venues).limit(1).get(),
  ]);
  return { open: Boolean(deps.setupCode) && !setup, hasVenues: venues.data.length > 0 };
};

export const claimSetup: Handler<'setup.claim'> = async ({ deps, openid, record }, input) => {
  if (!deps.setupCode) throw new AppError('FORBIDDEN', { reason: 'no_setup_code' }, '本环境未设置初始化码');
  let setup = await readSetup(deps);
  let claimedNow: SetupDoc | null = null;
  if (!setup) {
    if (!codeMatches(deps.setupCode, input.code))
      throw new AppError('FORBIDDEN', { reason: 'wrong_code' }, '设置码不正确');
    const doc: SetupDoc = { _id: SETUP_ID, claimedBy: openid, claimedAt: deps.clock() };
    try {
      await deps.db.collection(COLLECTIONS.settings).add({ data: doc });
      setup = claimedNow = doc;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      setup = await readSetup(deps);
    }
  }
  // The claimer's own retry finishes a claim cut short before the grant; any other call is too late.
  const finished = (await loadUser(deps.db, openid))?.roles.some((r) => sameGrant(r, FIRST_ADMIN));
  if (setup?.claimedBy !== openid || (finished && setup !== claimedNow))
    throw new AppError('FORBIDDEN', { reason: 'claimed' }, '已完成初始化，请联系管理员');
  await addGrant(deps, openid, FIRST_ADMIN);
  record({ detail: { role: 'admin' } });
  return { roles: (await loadUser(deps.db, openid))?.roles ?? [] };
};
