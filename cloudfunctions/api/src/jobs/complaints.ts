// Complaint deadlines. A breached deadline is escalated exactly once: one conditional update (on the
// deadline's key and `escalated: false`) marks it, counts the breach and appends the timeline entry,
// so of two runs at once only one does; then the leadership group and the department (the desk, for
// the desk's own steps) are told with notices keyed by the deadline, and the mark becomes final. A
// run stopped in between is finished by the next ('notifying'), telling nobody twice.
// A reply left unanswered for SLA.confirm closes the complaint as "no answer" instead.
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STEP_LABELS } from '@shared/contract';
import { isStateError } from '@shared/errors';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../db/schema';
import type { ComplaintDoc } from '../db/docs';
import type { Deps } from '../deps';
import { departmentMembers, deskMembers, leaders } from '../modules/complaint/people';
import { moveComplaint } from '../modules/complaint/transition';
import { sendNotice } from '../modules/notice/send';
import type { Job } from './job';

const BATCH = 50;

async function escalate(deps: Deps, c: ComplaintDoc): Promise<void> {
  const _ = deps.db.command;
  const complaints = deps.db.collection(COLLECTIONS.complaints);
  const d = c.deadline!;
  if (d.escalated === false) {
    const marked = await complaints.where({ _id: c._id, 'deadline.key': d.key, 'deadline.escalated': false }).update({
      data: {
        'deadline.escalated': 'notifying',
        breaches: _.inc(1),
        timeline: _.push({ at: deps.clock(), kind: 'escalated', actor: 'system', step: d.step }),
      },
    });
    if (marked.stats.updated !== 1) return; // another run has it, or the step was done meanwhile
  }
  const departmentStep = d.step === 'propose' || d.step === 'resolve';
  const responsible =
    departmentStep && c.departmentId
      ? await departmentMembers(deps, c.departmentId)
      : await deskMembers(deps, c.venueId);
  const data = {
    complaintId: c._id,
    category: COMPLAINT_CATEGORY_LABELS[c.category],
    step: COMPLAINT_STEP_LABELS[d.step],
    due: toIso(d.due),
  };
  for (const openid of new Set([...(await leaders(deps)), ...responsible])) {
    await sendNotice(deps, openid, 'complaint_escalated', data, `${c._id}:${d.key}:${openid}`);
  }
  await complaints
    .where({ _id: c._id, 'deadline.key': d.key, 'deadline.escalated': 'notifying' })
    .update({ data: { 'deadline.escalated': true } });
}

async function closeUnanswered(deps: Deps, c: ComplaintDoc): Promise<void> {
  try {
    await moveComplaint(deps, c, { from: ['replied'], to: 'no_answer', entry: { kind: 'no_answer', actor: 'system' } });
  } catch (e) {
    // The complainant answered meanwhile: nothing to close.
    if (!isStateError(e, 'changed_meanwhile')) throw e;
  }
}

export const escalateComplaints: Job = {
  name: 'escalateComplaints',
  async run(deps) {
    const _ = deps.db.command;
    const { data } = await deps.db
      .collection(COLLECTIONS.complaints)
      .where({ 'deadline.escalated': _.in([false, 'notifying']), 'deadline.due': _.lte(deps.clock()) })
      .orderBy('deadline.due', 'asc')
      .limit(BATCH)
      .get();
    for (const c of data as ComplaintDoc[]) {
      if (c.deadline!.step === 'confirm') await closeUnanswered(deps, c);
      else await escalate(deps, c);
    }
    return { worked: data.length > 0 };
  },
};
