// The steps of the loop after filing, each allowed to one standing (access.ts) from given statuses
// (transition.ts): the desk routes, replies, follows up and archives; the department proposes and
// resolves; the complainant — or the desk for someone without an account — says whether they are
// satisfied. Not satisfied sends it back to the same department, counted in `reopens`.
import { AppError } from '@shared/errors';
import { COMPLAINT_CATEGORY_LABELS } from '@shared/contract';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import type { ComplaintDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { sendNotice } from '../notice/send';
import { requireComplaint } from './access';
import { requireHandlingDepartment } from './departments';
import { LOOP, takerOf } from './loop';
import { departmentMembers } from './people';
import { moveComplaint } from './transition';
import { complaintAnswer as answer } from './view';

const category = (c: ComplaintDoc) => COMPLAINT_CATEGORY_LABELS[c.category];

/** The department's members learn of a complaint routed (or sent back) to them, once per deadline. */
async function tellDepartment(deps: Deps, c: ComplaintDoc): Promise<void> {
  const data = { complaintId: c._id, category: category(c), due: toIso(c.deadline!.due) };
  for (const member of await departmentMembers(deps, c.departmentId!)) {
    await sendNotice(deps, member, 'complaint_routed', data, `${c._id}:${c.deadline!.key}:${member}`);
  }
}

export const routeComplaint: Handler<'complaint.route'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId, LOOP.route.by);
  await requireHandlingDepartment(deps, input.departmentId);
  const moved = await moveComplaint(deps, complaint, {
    from: LOOP.route.from,
    to: 'routed',
    entry: { kind: 'routed', actor: 'desk', by: openid, departmentId: input.departmentId },
    next: 'propose',
    complexity: input.complexity,
    set: { departmentId: input.departmentId, complexity: input.complexity },
  });
  await tellDepartment(deps, moved);
  return answer(deps, moved, standings);
};

export const proposeSolution: Handler<'complaint.propose'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId, LOOP.propose.by);
  const moved = await moveComplaint(deps, complaint, {
    from: LOOP.propose.from,
    to: 'proposed',
    entry: {
      kind: 'proposed',
      actor: 'department',
      by: openid,
      text: input.text,
      departmentId: complaint.departmentId,
    },
    next: 'resolve',
  });
  return answer(deps, moved, standings);
};

export const resolveComplaint: Handler<'complaint.resolve'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId, LOOP.resolve.by);
  const moved = await moveComplaint(deps, complaint, {
    from: LOOP.resolve.from,
    to: 'resolved',
    entry: {
      kind: 'resolved',
      actor: 'department',
      by: openid,
      text: input.text,
      departmentId: complaint.departmentId,
    },
    next: 'reply',
  });
  return answer(deps, moved, standings);
};

export const replyComplaint: Handler<'complaint.reply'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId, LOOP.reply.by);
  // Without a text of its own, the reply passes on the department's result.
  const result = [...complaint.timeline].reverse().find((e) => e.kind === 'resolved')?.text;
  const moved = await moveComplaint(deps, complaint, {
    from: LOOP.reply.from,
    to: 'replied',
    entry: { kind: 'replied', actor: 'desk', by: openid, text: input.text ?? result },
    next: 'confirm',
  });
  if (moved.openid)
    await sendNotice(
      deps,
      moved.openid,
      'complaint_replied',
      { complaintId: moved._id, category: category(moved) },
      `${moved._id}:${moved.deadline!.key}`,
    );
  return answer(deps, moved, standings);
};

export const confirmComplaint: Handler<'complaint.confirm'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId);
  // The complainant answers for themselves; the desk records the answer of someone without an account.
  const actor = takerOf('confirm', complaint);
  if (!standings.has(actor)) throw new AppError('FORBIDDEN', { complaintId: complaint._id });
  const entry = {
    kind: input.satisfied ? ('satisfied' as const) : ('unsatisfied' as const),
    actor,
    by: openid,
    ...(input.comment ? { text: input.comment } : {}),
  };
  const moved = input.satisfied
    ? await moveComplaint(deps, complaint, {
        from: LOOP.confirm.from,
        to: 'satisfied',
        entry,
        next: 'followUp',
        set: { satisfied: true },
      })
    : await moveComplaint(deps, complaint, {
        from: LOOP.confirm.from,
        to: 'reopened',
        entry,
        next: 'propose',
        set: { satisfied: false, reopens: deps.db.command.inc(1) },
      });
  if (!input.satisfied) await tellDepartment(deps, moved);
  return answer(deps, moved, standings);
};

export const followUpComplaint: Handler<'complaint.followUp'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId, LOOP.followUp.by);
  const moved = await moveComplaint(deps, complaint, {
    from: LOOP.followUp.from,
    to: 'followed_up',
    entry: { kind: 'followed_up', actor: 'desk', by: openid, ...(input.text ? { text: input.text } : {}) },
  });
  return answer(deps, moved, standings);
};

export const archiveComplaint: Handler<'complaint.archive'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId, LOOP.archive.by);
  const moved = await moveComplaint(deps, complaint, {
    from: LOOP.archive.from,
    to: 'archived',
    entry: { kind: 'archived', actor: 'desk', by: openid, ...(input.text ? { text: input.text } : {}) },
  });
  return answer(deps, moved, standings);
};
