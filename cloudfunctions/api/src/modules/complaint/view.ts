import type { ComplaintView } from '@shared/contract';
import { maskName } from '@shared/rules/idDocument';
import { toIso } from '@shared/time';
import type { ComplaintDoc, DepartmentDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import type { Standing } from './access';
import { allDepartments } from './departments';
import { awaitingText, nextStep } from './loop';

/**
 * How much of the complainant's personal data an answer carries. The answer of a mutating action is
 * kept in `requests` for 7 days to answer retries (idempotency.ts), so it carries the contact and name
 * masked; only complaint.get, which nothing stores, decrypts the contact — and only for the complainant
 * and the desk, who call back.
 */
export type Disclosure = 'masked' | 'full';

function personalData(
  deps: Deps,
  c: ComplaintDoc,
  standings: Set<Standing>,
  disclosure: Disclosure,
): Pick<ComplaintView, 'contact' | 'name'> {
  const full = disclosure === 'full' && (standings.has('complainant') || standings.has('desk'));
  const contact = c.contactSealed ? (full ? deps.pii.decrypt(c.contactSealed) : c.contactMasked) : undefined;
  const name = c.name && (full ? c.name : maskName(c.name));
  return { ...(contact ? { contact } : {}), ...(name ? { name } : {}) };
}

/**
 * A complaint as the caller may see it; the desk's own follow-up deadline is its business, not shown to
 * a complainant who is nothing else.
 */
export function complaintView(
  deps: Deps,
  c: ComplaintDoc,
  standings: Set<Standing>,
  departments: Map<string, DepartmentDoc>,
  disclosure: Disclosure,
): ComplaintView {
  const now = deps.clock();
  const departmentName = (id?: string) => (id ? departments.get(id)?.name : undefined);
  const staffSees = standings.has('desk') || standings.has('department');
  const deadline = c.deadline && (staffSees || c.deadline.step !== 'followUp') ? c.deadline : undefined;
  const next = nextStep(c, standings);
  return {
    id: c._id,
    status: c.status,
    channel: c.channel,
    category: c.category,
    content: c.content,
    ...(c.expected ? { expected: c.expected } : {}),
    ...personalData(deps, c, standings, disclosure),
    photos: c.photos,
    ...(c.venueId ? { venueId: c.venueId } : {}),
    ...(c.bookingId ? { bookingId: c.bookingId } : {}),
    ...(c.visit
      ? {
          visit: {
            resourceName: c.visit.resourceName,
            venueName: c.visit.venueName,
            start: toIso(c.visit.start),
            ...(c.visit.checkedInAt ? { checkedInAt: toIso(c.visit.checkedInAt) } : {}),
          },
        }
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
    next,
    ...(next?.mine ? {} : { awaiting: awaitingText(c, departmentName(c.departmentId)) }),
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

/** The view of one complaint, with the department names; masked unless told otherwise (see Disclosure). */
export async function complaintAnswer(
  deps: Deps,
  c: ComplaintDoc,
  standings: Set<Standing>,
  disclosure: Disclosure = 'masked',
): Promise<ComplaintView> {
  return complaintView(deps, c, standings, new Map((await allDepartments(deps)).map((d) => [d._id, d])), disclosure);
}
