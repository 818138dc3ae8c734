// Roles are read on every call that needs one. A warm instance keeps what it read for a short while:
// a scan then costs two database operations instead of three. The price: a role revoked elsewhere
// still works on a warm instance for at most ROLE_CACHE_MS (the instance that revoked forgets at once).
import type { RoleGrant } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import type { Db } from '../../deps';
import { warmCache } from '../../lib/warmCache';

export const ROLE_CACHE_MS = 10_000;
const cache = warmCache<RoleGrant[]>(ROLE_CACHE_MS);

export async function loadUser(db: Db, openid: string): Promise<UserDoc | null> {
  const { data } = await db.collection(COLLECTIONS.users).doc(openid).get();
  return (data as UserDoc | null) ?? null;
}

export function loadRoles(db: Db, openid: string): Promise<RoleGrant[]> {
  return cache.get(openid, async () => (await loadUser(db, openid))?.roles ?? []);
}

export function forgetRoles(openid: string): void {
  cache.forget(openid);
}
