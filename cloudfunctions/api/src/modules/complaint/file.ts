// A complaint comes in: filed by the visitor in the mini-program (optionally about one of their
// bookings, with its check-in), or registered by staff from the phone, the site, the mailbox or the
// web for someone without an account. Either way the desk has SLA.route to pass it on, and a
// complainant with an account is told at once when to expect an answer.
import { AppError } from '@shared/errors';
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_CHANNEL_LABELS, type RoleGrant } from '@shared/contract';
import { expectedAnswerBy } from '@shared/rules/complaintSla';
import { MAINLAND_MOBILE, maskName, maskPhone } from '@shared/rules/idDocument';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, ComplaintDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { requireOwnBooking } from '../booking/repository';
import { staffVenues } from '../checkin/staffVenues';
import { sendNotice } from '../notice/send';
import { nextDeadline } from './transition';
import { complaintAnswer as answer } from './view';

function sealContact(deps: Deps, contact: string | undefined) {
  if (!contact) return {};
  const masked = MAINLAND_MOBILE.test(contact) ? maskPhone(contact) : maskName(contact);
  return { contactSealed: deps.pii.encrypt(contact), contactMasked: masked };
}

async function store(
  deps: Deps,
  doc: Omit<ComplaintDoc, 'deadline' | 'status' | 'reopens' | 'breaches'>,
): Promise<ComplaintDoc> {
  const complaint: ComplaintDoc = {
    ...doc,
    status: 'received',
    reopens: 0,
    breaches: 0,
    deadline: nextDeadline({ timeline: [] }, 'route', doc.createdAt),
  };
  try {
    await deps.db.collection(COLLECTIONS.complaints).add({ data: complaint });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
  return complaint;
}

/**
 * The venue of a complaint staff register: one they serve. Without one named, their only venue; staff of
 * every venue or of several cannot tell which, so it goes to the central desk (no venue, access.ts).
 */
function registeredVenue(roles: RoleGrant[], venueId: string | undefined): string | undefined {
  const venues = staffVenues(roles);
  if (!venueId) return venues?.length === 1 ? venues[0] : undefined;
  if (venues !== null && !venues.includes(venueId))
    throw new AppError('FORBIDDEN', { venueId }, '只能登记您所服务场馆的投诉');
  return venueId;
}

export const createComplaint: Handler<'complaint.create'> = async ({ deps, openid, requestId }, input) => {
  const now = deps.clock();
  const booking = input.bookingId ? await requireOwnBooking(deps.db, openid, input.bookingId) : null;
  const complaint = await store(deps, {
    _id: derivedId('c', openid, requestId ?? String(now)),
    openid,
    channel: 'miniprogram',
    category: input.category,
    content: input.content,
    ...(input.expected ? { expected: input.expected } : {}),
    ...sealContact(deps, input.contact),
    photos: input.photos ?? [],
    ...(booking
      ? {
          venueId: booking.venueId,
          bookingId: booking._id,
          visit: {
            resourceName: booking.resourceName,
            venueName: booking.venueName,
            start: booking.start,
            ...(booking.checkedInAt ? { checkedInAt: booking.checkedInAt } : {}),
          },
        }
      : {}),
    timeline: [{ at: now, kind: 'received', actor: 'complainant', by: openid }],
    createdAt: now,
    updatedAt: now,
  });
  await sendNotice(
    deps,
    openid,
    'complaint_received',
    {
      complaintId: complaint._id,
      category: COMPLAINT_CATEGORY_LABELS[complaint.category],
      due: toIso(expectedAnswerBy(now)),
    },
    complaint._id,
  );
  return answer(deps, complaint, new Set(['complainant']));
};

export const registerComplaint: Handler<'complaint.register'> = async ({ deps, openid, roles, requestId }, input) => {
  const now = deps.clock();
  const venueId = registeredVenue(roles, input.venueId);
  const complaint = await store(deps, {
    _id: derivedId('c', openid, requestId ?? String(now)),
    registeredBy: openid,
    channel: input.channel,
    category: input.category,
    content: input.content,
    ...(input.expected ? { expected: input.expected } : {}),
    ...(input.name ? { name: input.name } : {}),
    ...sealContact(deps, input.contact),
    photos: [],
    ...(venueId ? { venueId } : {}),
    timeline: [
      {
        at: now,
        kind: 'received',
        actor: 'desk',
        by: openid,
        text: `登记来源：${COMPLAINT_CHANNEL_LABELS[input.channel]}`,
      },
    ],
    createdAt: now,
    updatedAt: now,
  });
  return answer(deps, complaint, new Set(['desk']));
};

/**
 * A resource left damaged after use (booking.return / desk.return with condition 有损坏): a facilities
 * complaint at the venue's desk, about the booking, with the note and photos, routed and answered like
 * any other. Its id derives from the booking, so a repeated return files it once. The booker follows it
 * as complainant when they reported it; staff who took an item back report it as the desk.
 */
export async function fileDamageReport(
  deps: Deps,
  booking: BookingDoc,
  report: { by: string; byBooker: boolean; note: string; photos: string[] },
): Promise<void> {
  const now = deps.clock();
  await store(deps, {
    _id: derivedId('dmg', booking._id),
    ...(report.byBooker ? { openid: booking.openid } : { registeredBy: report.by }),
    channel: report.byBooker ? 'miniprogram' : 'onsite',
    category: 'facility',
    content: `【使用后损坏报告】${booking.resourceName}：${report.note}`,
    photos: report.photos,
    venueId: booking.venueId,
    bookingId: booking._id,
    visit: {
      resourceName: booking.resourceName,
      venueName: booking.venueName,
      start: booking.start,
      ...(booking.checkedInAt ? { checkedInAt: booking.checkedInAt } : {}),
    },
    timeline: [{ at: now, kind: 'received', actor: report.byBooker ? 'complainant' : 'desk', by: report.by }],
    createdAt: now,
    updatedAt: now,
  });
}
