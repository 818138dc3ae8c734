// How people appear to each other: the name from their profile and a masked id. The OpenID itself
// stays in the function; a sealed reference (pii.sealRef) names the person in later calls.
import type { PersonRef } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { TIMER_ACTOR } from '../audit/log';
import { warmCache } from '../../lib/warmCache';
import { loadUser } from './roles';

export const NO_NAME = '未填写姓名';

/** `oAbC****x9Yz`: enough to tell two people apart on a list, not enough to act as them. */
export function maskOpenid(openid: string): string {
  return openid.length <= 8 ? `${openid.slice(0, 2)}****` : `${openid.slice(0, 4)}****${openid.slice(-4)}`;
}

export function personRef(deps: Deps, openid: string, user?: Pick<UserDoc, 'profile'> | null): PersonRef {
  if (openid === TIMER_ACTOR) return { ref: deps.pii.sealRef(openid), name: '系统定时任务', idMasked: '—' };
  return { ref: deps.pii.sealRef(openid), name: user?.profile?.name ?? NO_NAME, idMasked: maskOpenid(openid) };
}

/** The people behind some OpenIDs, read in pages of 100. */
export async function loadPeople(deps: Deps, openids: string[]): Promise<Map<string, PersonRef>> {
  const unique = [...new Set(openids)];
  const users = new Map<string, UserDoc>();
  for (let i = 0; i < unique.length; i += 100) {
    const { data } = await deps.db
      .collection(COLLECTIONS.users)
      .where({ _id: deps.db.command.in(unique.slice(i, i + 100)) })
      .limit(100)
      .get();
    for (const u of data as UserDoc[]) users.set(u._id, u);
  }
  return new Map(unique.map((o) => [o, personRef(deps, o, users.get(o))]));
}

/** The OpenID a reference names (NOT_FOUND is the caller's to raise when null). */
export const openRef = (deps: Deps, ref: string): string | null => deps.pii.openRef(ref);

/** Names change rarely: a warm instance keeps what it read for a minute (a scan then reads nothing more). */
const names = warmCache<string>(60_000);

/** How a person is named where only a name fits (已于 10:02 由 陈晓 核验): the profile name, else the masked id. */
export function displayName(deps: Deps, openid: string): Promise<string> {
  return names.get(openid, async () => (await loadUser(deps.db, openid))?.profile?.name ?? maskOpenid(openid));
}

export const forgetDisplayName = (openid: string): void => names.forget(openid);
