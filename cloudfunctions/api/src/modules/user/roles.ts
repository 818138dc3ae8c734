// Roles are read on every call that needs one. A warm instance keeps what it read for a short while:
// a scan then costs two database operations instead of three. The price: a role revoked elsewhere
// still works on a warm instance for at most ROLE_CACHE_MS (the instance that revoked forgets at once).
import type { RoleGrant } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import type { Db } from '../../deps';

export const ROLE_CACHE_MS = 10_000;
const cache = new Map<string, { roles: RoleGrant[]; at: number }>();

export async function loadUser(db: Db, openid: string): Promise<UserDoc | null> {
  const { data } = await db.collection(COLLECTIONS.users).doc(openid).get();
  return (data as UserDoc | null) ?? null;
}

export async function loadRoles(db: Db, openid: string): Promise<RoleGrant[]> {
  // performance.now, not the business clock: the local cloud may freeze Date, and that must not
  // freeze the cache.
  const hit = cache.get(openid);
  if (hit && performance.now() - hit.at < ROLE_CACHE_MS) return hit.roles;
  const roles = (await loadUser(db, openid))?.roles ?? [];
  cache.set(openid, { roles, at: performance.now() });
  return roles;
}

export function forgetRoles(openid: string): void {
  cache.delete(openid);
}
