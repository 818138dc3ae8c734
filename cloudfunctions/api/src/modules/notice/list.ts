import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { NoticeDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';

/** The newest 100 notices of the caller. */
export const listNotices: Handler<'notice.list'> = async ({ deps, openid }) => {
  const docs = await readAll<NoticeDoc>(
    deps.db.collection(COLLECTIONS.notices).where({ openid }).orderBy('createdAt', 'desc').orderBy('_id', 'asc'),
    100,
  );
  return docs.map(({ _id, kind, title, body, data, read, createdAt }) => ({
    id: _id,
    kind,
    title,
    body,
    data,
    read,
    createdAt: toIso(createdAt),
  }));
};

export const readNotices: Handler<'notice.read'> = async ({ deps, openid }, input) => {
  const res = await deps.db
    .collection(COLLECTIONS.notices)
    .where({ openid, _id: deps.db.command.in(input.noticeIds), read: false })
    .update({ data: { read: true } });
  return { updated: res.stats.updated };
};
