// A person's own name and phone: how staff lists, the audit trail and the desk name them. The phone
// is kept encrypted, shown masked.
import { maskPhone } from '@shared/rules/idDocument';
import type { ProfileView } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { forgetDisplayName } from './people';
import { loadUser } from './roles';

export function profileView(profile: UserDoc['profile']): ProfileView | null {
  if (!profile) return null;
  return { name: profile.name, ...(profile.phoneMasked ? { phoneMasked: profile.phoneMasked } : {}) };
}

/** The name always; the phone only when given (left out, the one on record stays). */
export const updateProfile: Handler<'profile.update'> = async ({ deps, openid }, input) => {
  const now = deps.clock();
  const phone = input.phone
    ? { phoneCipher: deps.pii.encrypt(input.phone), phoneMasked: maskPhone(input.phone) }
    : undefined;
  const users = deps.db.collection(COLLECTIONS.users);
  const fields = Object.fromEntries(
    Object.entries({ name: input.name, ...phone, updatedAt: now }).map(([k, v]) => [`profile.${k}`, v]),
  );
  if ((await users.doc(openid).update({ data: fields })).stats.updated !== 1) {
    const profile = { name: input.name, ...phone, updatedAt: now };
    try {
      await users.add({ data: { _id: openid, roles: [], profile, createdAt: now } satisfies UserDoc });
    } catch (e) {
      // A simultaneous first call created the record: update that one.
      if (!isDuplicateKey(e)) throw e;
      await users.doc(openid).update({ data: fields });
    }
  }
  forgetDisplayName(openid);
  return profileView((await loadUser(deps.db, openid))?.profile)!;
};
