// Every step of the loop is one conditional update: the status must still be one the step starts
// from, and in the same write the step's timeline entry is appended and the next deadline set. Of two
// callers moving one complaint at once exactly one succeeds; the other gets INVALID_STATE with
// reason changed_meanwhile. The timeline is only ever appended to.
import { stateError } from '@shared/errors';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '@shared/contract';
import { deadlineOf, type ComplaintStep, type Complexity } from '@shared/rules/complaintSla';
import { COLLECTIONS } from '../../db/schema';
import type { ComplaintDeadline, ComplaintDoc, TimelineEntry } from '../../db/docs';
import type { Deps } from '../../deps';

export interface ComplaintMove {
  from: ComplaintStatus[];
  to: ComplaintStatus;
  entry: Omit<TimelineEntry, 'at'>;
  /** The step awaited next (its deadline starts now), or none. */
  next?: ComplaintStep;
  complexity?: Complexity;
  set?: Record<string, unknown>;
}

export function nextDeadline(
  c: Pick<ComplaintDoc, 'timeline' | 'complexity'>,
  step: ComplaintStep,
  now: number,
  complexity?: Complexity,
): ComplaintDeadline {
  // The key names the deadline uniquely: its step and the timeline entry that starts it.
  return {
    ...deadlineOf(step, now, complexity ?? c.complexity ?? 'general'),
    key: `${step}:${c.timeline.length + 1}`,
    escalated: false,
  };
}

export async function moveComplaint(deps: Deps, c: ComplaintDoc, move: ComplaintMove): Promise<ComplaintDoc> {
  const _ = deps.db.command;
  const now = deps.clock();
  const deadline = move.next ? nextDeadline(c, move.next, now, move.complexity) : undefined;
  const res = await deps.db
    .collection(COLLECTIONS.complaints)
    .where({ _id: c._id, status: _.in(move.from) })
    .update({
      data: {
        ...move.set,
        status: move.to,
        updatedAt: now,
        timeline: _.push({ at: now, ...move.entry }),
        deadline: deadline ? _.set(deadline) : _.remove(),
      },
    });
  const latest = (await deps.db.collection(COLLECTIONS.complaints).doc(c._id).get()).data as ComplaintDoc;
  if (res.stats.updated !== 1) {
    const message = `投诉当前状态为“${COMPLAINT_STATUS_LABELS[latest.status]}”，不能进行此操作`;
    // The status read was one the step starts from: another call moved the complaint first.
    const reason = move.from.includes(c.status) ? 'changed_meanwhile' : 'complaint_not_at_step';
    throw stateError(reason, message, { status: latest.status });
  }
  return latest;
}
