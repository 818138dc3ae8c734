import { stateError } from '@shared/errors';
import type { Handler } from '../../context';
import { entryTransition, requireOwnEntry, stopWaiting } from './transition';
import { waitEntryView } from './view';

export const leaveWaitlist: Handler<'waitlist.leave'> = async ({ deps, openid }, input) => {
  const entry = await requireOwnEntry(deps, openid, input.entryId);
  if (entry.status !== 'waiting') throw stateError('entry_not_waiting', '该候补当前不能退出', { status: entry.status });
  const left = await entryTransition(deps, entry, { status: 'left' });
  if (!left) throw stateError('changed_meanwhile');
  await stopWaiting(deps, entry);
  return waitEntryView(left, null);
};
