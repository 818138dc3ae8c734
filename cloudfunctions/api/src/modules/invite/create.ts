// admin.invite.create: the code and its page path are answered to the creator; only the code's hash
// is kept. Idempotent by its own document (no requests record, which would keep the answer and so the
// code): the code is derived from the request, a repeat finds the invitation under the same _id and
// answers it again; the requestId reused for another invitation is CONFLICT.
import { AppError } from '@shared/errors';
import type { RoleGrant } from '@shared/contract';
import { pagePath } from '@shared/routes';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { InviteDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { grantOf } from '../admin/grants';
import { findVenue } from '../catalog/repository';
import { inviteCodeFor, inviteId } from './code';
import { isDuplicateKey } from '../../db/errors';
import { hashPayload } from '../../idempotency';
import { invites } from './repository';
import { assertMayInvite } from './scope';
import { inviteViews } from './view';

const HOUR_MS = 3600 * 1000;

/** Checked after the scope, so a refused caller learns nothing of which venues exist. */
async function assertTargetsExist(deps: Deps, grant: RoleGrant): Promise<void> {
  if (grant.departmentId && grant.role !== 'handler')
    throw new AppError('INVALID_INPUT', {
      fields: [{ path: 'data.departmentId', message: '只有投诉处理人员需要指定部门' }],
    });
  const [venue, department] = await Promise.all([
    grant.venueId ? findVenue(deps.db, grant.venueId) : null,
    grant.departmentId ? deps.db.collection(COLLECTIONS.departments).doc(grant.departmentId).get() : null,
  ]);
  if (grant.venueId && !venue) throw new AppError('NOT_FOUND', { venueId: grant.venueId }, '未找到该场馆');
  if (grant.departmentId && !department?.data)
    throw new AppError('NOT_FOUND', { departmentId: grant.departmentId }, '未找到该部门');
}

export const createInvite: Handler<'admin.invite.create'> = async (
  { deps, openid, roles, requestId, record },
  input,
) => {
  const grant = grantOf(input);
  assertMayInvite(roles, grant);
  await assertTargetsExist(deps, grant);
  const code = inviteCodeFor(deps, openid, requestId!);
  const requestHash = hashPayload('admin.invite.create', input);
  const now = deps.clock();
  let doc: InviteDoc = {
    _id: inviteId(deps, code),
    grant,
    ...(grant.venueId ? { venueId: grant.venueId } : {}),
    createdBy: openid,
    createdAt: now,
    expiresAt: now + input.hours * HOUR_MS,
    status: 'open',
    requestHash,
  };
  try {
    await invites(deps).add({ data: doc });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    // This request again (or its first answer lost): the invitation it made, as it is now.
    doc = (await invites(deps).doc(doc._id).get()).data as InviteDoc;
    if (doc.createdBy !== openid || doc.requestHash !== requestHash)
      throw new AppError('CONFLICT', { requestId }, '该请求编号已用于另一操作');
  }
  record({ venueId: grant.venueId, target: doc._id, detail: { ...grant, hours: input.hours } });
  const [view] = await inviteViews(deps, [doc]);
  return { ...view, code, path: pagePath('profile/invite/index', { code }) };
};
