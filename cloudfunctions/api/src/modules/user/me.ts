import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { creditView, worstCreditOf } from '../attendee/credit';
import { complaintCapabilities } from '../complaint/access';
import { listOwnAttendees } from '../attendee/repository';
import { loadUser } from './roles';
import { profileView } from './profile';

export const getMe: Handler<'user.me'> = async (ctx) => {
  const { deps, openid } = ctx;
  const [user, attendees] = await Promise.all([loadUser(deps.db, openid), listOwnAttendees(deps.db, openid)]);
  const credit = await worstCreditOf(
    deps,
    attendees.map((a) => a.idHash),
  );
  const roles = user?.roles ?? [];
  return {
    openid,
    roles,
    credit: creditView(credit),
    can: complaintCapabilities(roles),
    privacyConsent: user?.privacyConsent
      ? { version: user.privacyConsent.version, at: toIso(user.privacyConsent.at) }
      : null,
    profile: profileView(user?.profile),
  };
};
