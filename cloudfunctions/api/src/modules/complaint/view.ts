import type { ComplaintView } from '@shared/contract';
import { toIso } from '@shared/time';
import type { ComplaintDoc, DepartmentDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import type { Standing } from './access';
import { allDepartments } from './departments';

/**
 * A complaint as the caller may see it: the contact in full only for the complainant and the desk; the
 * desk's own follow-up deadline is its business, not shown to a complainant who is nothing else.
 */
export function complaintView(deps: Deps, c: ComplaintDoc, standings: Set<Standing>, departments: Map<string, DepartmentDoc>): ComplaintView {
  const now = deps.clock();
  const fullContact = standings.has('complainant') || standings.has('desk');
  const contact = c.contactSealed ? (fullContact ? deps.pii.decrypt(c.contactSealed) : c.contactMasked) : undefined;
  const departmentName = (id?: string) => (id ? departments.get(id)?.name : undefined);
  const staffSees = standings.has('desk') || standings.has('department');
  const deadline = c.deadline && (staffSees || c.deadline.step !== 'followUp') ? c.deadline : undefined;
  return {
    id: c._id,
    status: c.status,
    channel: c.channel,
    category: c.category,
    content: c.content,
    ...(c.expected ? { expected: c.expected } : {}),
    ...(contact ? { contact } : {}),
    ...(c.name ? { name: c.name } : {}),
    photos: c.photos,
    ...(c.venueId ? { venueId: c.venueId } : {}),
    ...(c.bookingId ? { bookingId: c.bookingId } : {}),
    ...(c.visit
      ? { visit: { resourceName: c.visit.resourceName, venueName: c.visit.venueName, start: toIso(c.visit.start), ...(c.visit.checkedInAt ? { checkedInAt: toIso(c.visit.checkedInAt) } : {}) } }
      : {}),
    ...(c.departmentId ? { departmentId: c.departmentId, departmentName: departmentName(c.departmentId) } : {}),
    ...(c.complexity ? { complexity: c.complexity } : {}),
    ...(deadline
      ? {
          deadline: {
            step: deadline.step,
            due: toIso(deadline.due),
            leftMs: deadline.due - now,
            breached: deadline.escalated !== false || deadline.due <= now,
            calendarKnown: deadline.calendarKnown,
          },
        }
      : {}),
    reopens: c.reopens,
    breaches: c.breaches,
    ...(c.satisfied !== undefined ? { satisfied: c.satisfied } : {}),
    online: Boolean(c.openid),
    mine: standings.has('complainant'),
    timeline: c.timeline.map((e) => ({
      at: toIso(e.at),
      kind: e.kind,
      actor: e.actor,
      ...(e.text ? { text: e.text } : {}),
      ...(e.departmentId ? { departmentName: departmentName(e.departmentId) } : {}),
      ...(e.step ? { step: e.step } : {}),
    })),
    createdAt: toIso(c.createdAt),
    updatedAt: toIso(c.updatedAt),
  };
}

/** The view of one complaint, with the department names. */
export async function complaintAnswer(deps: Deps, c: ComplaintDoc, standings: Set<Standing>): Promise<ComplaintView> {
  return complaintView(deps, c, standings, new Map((await allDepartments(deps)).map((d) => [d._id, d])));
}
