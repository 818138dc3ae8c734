import type { Handler } from '../../context';
import { creditsOf } from './credit';
import { listOwnAttendees } from './repository';
import { attendeeView } from './view';

export const listAttendees: Handler<'attendee.list'> = async ({ deps, openid }) => {
  const docs = await listOwnAttendees(deps.db, openid);
  const credits = await creditsOf(
    deps,
    docs.map((d) => d.idHash),
  );
  return docs.map((d) => attendeeView(d, credits.get(d.idHash)));
};
