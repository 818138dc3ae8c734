// The visitor's agreement to the privacy notice, kept on their user record (which may not exist yet).
import { COLLECTIONS } from '../../db/schema';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';

export async function recordConsent(deps: Deps, openid: string, version: string, at: number): Promise<void> {
  const users = deps.db.collection(COLLECTIONS.users);
  const privacyConsent = deps.db.command.set({ version, at });
  const res = await users.doc(openid).update({ data: { privacyConsent } });
  if (res.stats.updated === 1) return;
  try {
    await users.add({ data: { _id: openid, roles: [], privacyConsent: { version, at }, createdAt: at } });
  } catch (e) {
    // A simultaneous first call created the record: update that one.
    if (!isDuplicateKey(e)) throw e;
    await users.doc(openid).update({ data: { privacyConsent } });
  }
}
