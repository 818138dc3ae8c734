import type { RoleGrant } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import type { Db } from '../../deps';

export async function loadUser(db: Db, openid: string): Promise<UserDoc | null> {
  const { data } = await db.collection(COLLECTIONS.users).doc(openid).get();
  return (data as UserDoc | null) ?? null;
}

export async function loadRoles(db: Db, openid: string): Promise<RoleGrant[]> {
  return (await loadUser(db, openid))?.roles ?? [];
}
