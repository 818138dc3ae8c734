// A person's own name, phone and department: how staff lists, the audit trail and the desk name them, and
// how a colleague's bookings by the hour show who booked (seed 004: 预约人姓名、部门、联系电话). The phone
// is kept encrypted, shown masked.
import { maskPhone } from '@shared/rules/idDocument';
import type { ParsedInput, ProfileView } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';
import { forgetDisplayName } from './people';
import { loadUser } from './roles';

export function profileView(profile: UserDoc['profile']): ProfileView | null {
  if (!profile) return null;
  return {
    name: profile.name,
    ...(profile.phoneMasked ? { phoneMasked: profile.phoneMasked } : {}),
    ...(profile.department ? { department: profile.department } : {}),
  };
}

/** The profile fields an update sets: the name always, the phone and the department only when given. */
function fieldsSet(deps: Deps, input: ParsedInput<'profile.update'>, now: number): NonNullable<UserDoc['profile']> {
  return {
    name: input.name,
    ...(input.phone ? { phoneCipher: deps.pii.encrypt(input.phone), phoneMasked: maskPhone(input.phone) } : {}),
    ...(input.department ? { department: input.department } : {}),
    updatedAt: now,
  };
}

/**
 * Left out, the phone and the department on record stay; an empty department (the form's field emptied)
 * clears it. The first update creates the person's record.
 */
export const updateProfile: Handler<'profile.update'> = async ({ deps, openid }, input) => {
  const profile = fieldsSet(deps, input, deps.clock());
  const cleared = input.department === '' ? { 'profile.department': deps.db.command.remove() } : {};
  const users = deps.db.collection(COLLECTIONS.users);
  const fields = {
    ...Object.fromEntries(Object.entries(profile).map(([k, v]) => [`profile.${k}`, v])),
    ...cleared,
  };
  if ((await users.doc(openid).update({ data: fields })).stats.updated !== 1) {
    try {
      await users.add({
        data: { _id: openid, roles: [], profile, createdAt: profile.updatedAt } satisfies UserDoc,
      });
    } catch (e) {
      // A simultaneous first call created the record: update that one.
      if (!isDuplicateKey(e)) throw e;
      await users.doc(openid).update({ data: fields });
    }
  }
  forgetDisplayName(openid);
  return profileView((await loadUser(deps.db, openid))?.profile)!;
};
