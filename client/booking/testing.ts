// The booking pages' page tests: what the function answers, and the slot rows they tap in (no page imports this).
import type {
  AttendeeView,
  BookingView,
  IntervalCellView,
  IntervalDayView,
  IntervalOffer,
  ResourceView,
  SlotView,
  WaitEntryView,
} from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { MINUTE_MS, addDays, atLocal, dateOf, toIso } from '@shared/time';
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

// ---------------------------------------------------------------------------------------------------------
// Booking by the hour (seed 004: meeting rooms)

/** 会议室A: booked by the hour on a 15-minute grid, 12 seats, colleagues book as themselves. */
export const ROOM: ResourceView = {
  id: 'r-room-a',
  venueId: 'v-office',
  name: '会议室A',
  kind: 'room',
  mode: 'interval',
  allocation: 'fcfs',
  location: 'A座3楼',
  description: '投影、视频会议设备',
  policy: {
    ...DEFAULT_POLICY,
    realName: false,
    interval: {
      ...DEFAULT_POLICY.interval,
      granularityMinutes: 15,
      minMinutes: 30,
      maxMinutes: 240,
      leadWorkingDays: 1,
      capacity: 12,
    },
  },
};

/** One grid cell of `date` from `time`, 15 minutes long, free and bookable unless `over` says otherwise. */
export function cell(date: string, time: string, over: Partial<IntervalCellView> = {}): IntervalCellView {
  const start = atLocal(date, time);
  return { start: toIso(start), end: toIso(start + 15 * MINUTE_MS), free: 1, mine: false, bookable: true, ...over };
}

/**
 * 会议室A's day: open 09:00–18:00 on a 15-minute grid, bookable from TOMORROW up to a week ahead; 10:00–11:00 taken
 * by someone else, 16:00–16:30 by the caller. Today is before the lead time (its cells are not bookable).
 */
export function roomDay(date: string, over: Partial<IntervalDayView> = {}): IntervalDayView {
  const times = Array.from({ length: 36 }, (_, i) => {
    const minutes = 9 * 60 + i * 15;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  });
  const bookable = date >= TOMORROW;
  return {
    resourceId: ROOM.id,
    date,
    hours: { opens: '09:00', closes: '18:00' },
    granularityMinutes: 15,
    minMinutes: 30,
    maxMinutes: 240,
    bufferMinutes: 0,
    quantity: 1,
    capacity: 12,
    earliestDate: TOMORROW,
    latestDate: addDays(TODAY, 7),
    cells: times.map((t) =>
      cell(date, t, {
        bookable,
        ...(t >= '10:00' && t < '11:00' ? { free: 0 } : {}),
        ...(t >= '16:00' && t < '16:30' ? { free: 0, mine: true } : {}),
      }),
    ),
    ...over,
  };
}

/** A time offered instead of a refused one. */
export function offer(date: string, start: string, end: string, over: Partial<IntervalOffer> = {}): IntervalOffer {
  return {
    resourceId: ROOM.id,
    resourceName: ROOM.name,
    location: ROOM.location,
    capacity: 12,
    start: at(date, start),
    end: at(date, end),
    ...over,
  };
}

/** The caller's booking of 会议室A tomorrow 14:00–15:15: no attendees, a purpose and a headcount. */
export function roomBooking(over: Partial<BookingView> = {}): BookingView {
  return booking({
    id: 'b-room',
    slotId: '',
    resourceId: ROOM.id,
    venueId: ROOM.venueId,
    resourceName: ROOM.name,
    venueName: '创新园区',
    location: ROOM.location,
    start: at(TOMORROW, '14:00'),
    end: at(TOMORROW, '15:15'),
    attendees: [],
    purpose: '项目周会',
    headcount: 8,
    booker: { name: '李雷', phoneMasked: '139****0000' },
    actions: ['cancel'],
    ...over,
  });
}

/** The row of the grid cell from `time` (e.g. `14:00`) on a day of a resource booked by the hour, or null. */
export const cellRow = (page: RenderedPage, time: string) =>
  Array.from(page.dom().querySelectorAll(cls('interval-day__cell'))).find(
    (r) => r.querySelector(cls('interval-day__time'))?.textContent?.trim() === time,
  ) ?? null;

/** What the row of the cell from `time` says: 可预约, 已占用, 我的预约, 已选… */
export const cellState = (page: RenderedPage, time: string) =>
  cellRow(page, time)?.querySelector(cls('interval-day__state'))?.textContent?.trim();

/** Taps the grid cell from `time`. */
export async function tapCell(page: RenderedPage, time: string) {
  const row = cellRow(page, time);
  if (!row) throw new Error(`no cell from ${time}`);
  fire(row, 'tap');
  await settle();
}

/** The caller's booking of 便携投影仪 (equipment, handed out and taken back by staff) tomorrow 14:00–15:15. */
export function projectorBooking(over: Partial<BookingView> = {}): BookingView {
  return roomBooking({
    id: 'b-projector',
    resourceId: 'r-projector',
    resourceName: '便携投影仪',
    location: '行政部',
    purpose: '客户演示',
    headcount: 1,
    equipment: true,
    actions: ['cancel', 'pass'],
    ...over,
  });
}
