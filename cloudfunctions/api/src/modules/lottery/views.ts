import type { ApplicationView, LotteryView } from '@shared/contract';
import { bookingOpensAt, resolvePolicy } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import type { ApplicationDoc, LotteryDoc, ResourceDoc, SlotDoc } from '../../db/docs';

export function lotteryStatus(l: LotteryDoc, now: number): LotteryView['status'] {
  if (l.status === 'open') return now < l.closesAt ? 'open' : 'closed';
  if (l.status === 'freezing') return 'closed';
  return l.status;
}

function applicationStatus(a: ApplicationDoc, lotteryDrawn: boolean): ApplicationView['status'] {
  return a.status === 'applied' && lotteryDrawn ? 'lost' : a.status;
}

export function lotteryView(l: LotteryDoc, slot: SlotDoc, resource: ResourceDoc, now: number): LotteryView {
  const drawn = l.status === 'drawn';
  return {
    slotId: l._id,
    resourceId: resource._id,
    resourceName: resource.name,
    venueId: l.venueId,
    start: toIso(slot.start),
    end: toIso(slot.end),
    status: lotteryStatus(l, now),
    opensAt: toIso(bookingOpensAt(slot, resolvePolicy(resource.policy))),
    closesAt: toIso(l.closesAt),
    drawAt: toIso(l.drawAt),
    commitment: l.commitment,
    ...(drawn ? { seed: l.seed, winners: l.winners, ...(l.drawnAt ? { drawnAt: toIso(l.drawnAt) } : {}) } : {}),
    ...(l.listHash ? { listHash: l.listHash } : {}),
    applicants: l.applicants,
    people: l.people,
    places: slot.capacity,
    unconfirmed: resolvePolicy(resource.policy).lottery.unconfirmed,
  };
}

/** An application as its owner sees it: an application still "applied" after the draw has lost. */
export function applicationView(a: ApplicationDoc, lotteryDrawn: boolean): ApplicationView {
  return {
    id: a._id,
    slotId: a.slotId,
    resourceName: a.resourceName,
    venueName: a.venueName,
    start: toIso(a.start),
    end: toIso(a.end),
    status: applicationStatus(a, lotteryDrawn),
    size: a.size,
    attendees: a.attendees.map(({ id, name, idMasked }) => ({ id, name, idMasked })),
    createdAt: toIso(a.createdAt),
    ...(a.confirmBy ? { confirmBy: toIso(a.confirmBy) } : {}),
    ...(a.bookingId ? { bookingId: a.bookingId } : {}),
  };
}
