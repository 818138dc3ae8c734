// The booking pages' page tests: what the function answers, and the slot rows they tap in (no page imports this).
import type { AttendeeView, BookingView, ResourceView, SlotView, WaitEntryView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { addDays, atLocal, dateOf, toIso } from '@shared/time';
import { cls, fire, settle, type RenderedPage } from '../testing/weappPage';

/** Business dates: the pages show slots from today on. */
export const TODAY = dateOf(Date.now());
export const TOMORROW = addDays(TODAY, 1);

/** An instant of a business date, e.g. `at(TOMORROW, '10:00')`. */
export const at = (date: string, time: string) => toIso(atLocal(date, time));

export const RESOURCE: ResourceView = {
  id: 'r-vr',
  venueId: 'v-museum',
  name: 'VR飞行体验',
  kind: 'exhibit',
  mode: 'slot',
  allocation: 'fcfs',
  location: '二楼东厅',
  description: '戴上头显，飞越城市上空',
  policy: DEFAULT_POLICY,
};

/** A slot of VR飞行体验 from `start` to an hour later. */
export function slot(id: string, date: string, start: string, over: Partial<SlotView> = {}): SlotView {
  const [h, m] = start.split(':');
  return {
    id,
    resourceId: RESOURCE.id,
    start: at(date, start),
    end: at(date, `${String(Number(h) + 1).padStart(2, '0')}:${m}`),
    capacity: 30,
    remaining: 12,
    status: 'open',
    opensAt: at(addDays(date, -7), '09:00'),
    closesAt: at(date, '08:00'),
    waiting: 0,
    ...over,
  };
}

export const ATTENDEE: AttendeeView = {
  id: 'a-1',
  name: '王小明',
  idType: 'id_card',
  idMasked: '1101**********1234',
  phoneMasked: '138****5678',
  credit: { noShows: 0, blockedUntil: null },
};

export const ME = {
  openid: 'o-visitor',
  roles: [],
  credit: { noShows: 0, blockedUntil: null },
  can: { handleComplaints: false, complaintDesk: false },
  privacyConsent: null,
};

/** 王小明's booking of VR飞行体验 tomorrow 10:00, confirmed, which he may still cancel and change. */
export function booking(over: Partial<BookingView> = {}): BookingView {
  return {
    id: 'b-1',
    slotId: 's-10',
    resourceId: RESOURCE.id,
    venueId: RESOURCE.venueId,
    resourceName: RESOURCE.name,
    venueName: '星河科技馆',
    location: RESOURCE.location,
    start: at(TOMORROW, '10:00'),
    end: at(TOMORROW, '11:00'),
    status: 'confirmed',
    attendees: [{ id: ATTENDEE.id, name: ATTENDEE.name, idMasked: ATTENDEE.idMasked }],
    createdAt: at(TODAY, '08:00'),
    cancelDeadline: at(TOMORROW, '08:00'),
    changeDeadline: at(TOMORROW, '08:00'),
    actions: ['cancel', 'change', 'complain', 'pass'],
    checkinOpensAt: at(TOMORROW, '09:30'),
    ...over,
  };
}

/** 王小明's place in the waiting list of a full slot. */
export function waitEntry(slotView: SlotView, over: Partial<WaitEntryView> = {}): WaitEntryView {
  return {
    id: 'w-1',
    slotId: slotView.id,
    resourceId: RESOURCE.id,
    venueId: RESOURCE.venueId,
    resourceName: RESOURCE.name,
    venueName: '星河科技馆',
    start: slotView.start,
    end: slotView.end,
    status: 'waiting',
    position: 4,
    attendees: [{ id: ATTENDEE.id, name: ATTENDEE.name, idMasked: ATTENDEE.idMasked }],
    createdAt: at(TODAY, '08:00'),
    ...over,
  };
}

/** The row of the slot shown from `time` (e.g. `10:00`), or null. */
export const slotRow = (page: RenderedPage, time: string) =>
  Array.from(page.dom().querySelectorAll(cls('slot-row'))).find((r) => r.textContent?.includes(`${time}–`)) ?? null;

/** The button reading `label` in the row of the slot from `time`, or null. */
export const buttonInRow = (page: RenderedPage, time: string, label: string) =>
  Array.from(slotRow(page, time)?.querySelectorAll(cls('nut-button')) ?? []).find(
    (b) => b.textContent?.trim() === label,
  ) ?? null;

/** Taps the button reading `label` in the row of the slot from `time`. */
export async function tapInRow(page: RenderedPage, time: string, label: string) {
  const button = buttonInRow(page, time, label);
  if (!button) throw new Error(`no ${label} in the row of ${time}`);
  fire(button, 'tap');
  await settle();
}
