import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import { entryTransition, requireOwnEntry, stopWaiting } from './transition';
import { waitEntryView } from './view';

export const leaveWaitlist: Handler<'waitlist.leave'> = async ({ deps, openid }, input) => {
  const entry = await requireOwnEntry(deps, openid, input.entryId);
  if (entry.status !== 'waiting') throw new AppError('INVALID_STATE', { status: entry.status }, '该候补当前不能退出');
  const left = await entryTransition(deps, entry, { status: 'left' });
  if (!left) throw new AppError('INVALID_STATE', {}, '候补状态已变化，请刷新后重试');
  await stopWaiting(deps, entry);
  return waitEntryView(left, null);
};
