import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { creditView, worstCreditOf } from '../attendee/credit';
import { listOwnAttendees } from '../attendee/repository';
import { loadUser } from './roles';

export const getMe: Handler<'user.me'> = async (ctx) => {
  const { deps, openid } = ctx;
  const [user, attendees] = await Promise.all([loadUser(deps.db, openid), listOwnAttendees(deps.db, openid)]);
  const credit = await worstCreditOf(
    deps,
    attendees.map((a) => a.idHash),
  );
  return {
    openid,
    roles: user?.roles ?? [],
    credit: creditView(credit),
    privacyConsent: user?.privacyConsent
      ? { version: user.privacyConsent.version, at: toIso(user.privacyConsent.at) }
      : null,
  };
};
