// What the function answers: the views clients render. Times are ISO 8601 with +08:00.
import type { Policy, RefundRule, SlotStatus } from '../rules/policy';
import type { UsagePeriod } from '../rules/utilisation';
import type { IdType } from '../rules/idDocument';
import type { OrderStatus } from '../rules/order';
import type { PaymentMethod } from './order';
import type { SeatMap } from '../rules/seats';
import type { BookingAction, BookingStatus, ReturnCondition } from './booking';
import type { ApplicationStatus, LotteryStatus } from './lottery';
import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintNext,
  ComplaintStatus,
  TimelineActor,
  TimelineKind,
} from './complaint';
import type { TemplateKind } from './notice';
import type { ComplaintStep } from '../rules/complaintSla';
import type { CheckinMethod } from './checkin';
import type { NoticeKind } from './notice';
import type { WaitStatus } from './waitlist';
import type { ALLOCATIONS, RESOURCE_KINDS, RESOURCE_MODES, VENUE_KINDS } from './catalog';
import type { Role, RoleGrant } from './roles';

export interface CreditView {
  noShows: number;
  blockedUntil: string | null;
}

export interface MeView {
  openid: string;
  roles: RoleGrant[];
  credit: CreditView;
  /** What the caller's grants let them open: the complaint queue, and the desk's part of it (every complaint of a venue, statistics). */
  can: { handleComplaints: boolean; complaintDesk: boolean };
  /** The privacy notice version the visitor agreed to, if any. */
  privacyConsent: { version: string; at: string } | null;
  /** The caller's own name and phone (masked), once given. */
  profile: ProfileView | null;
}

export interface ProfileView {
  name: string;
  phoneMasked?: string;
  /** The colleague's department, shown on their bookings by the hour. */
  department?: string;
}

/** Whether the deployment still waits for its first admin (a set-up code is configured and unclaimed). */
export interface SetupStatusView {
  open: boolean;
  /** Whether any venue exists yet: a fresh deployment shows its first-run screen until one does. */
  hasVenues: boolean;
}

export interface InviteView {
  id: string;
  role: Role;
  venueId?: string;
  venueName?: string;
  departmentId?: string;
  departmentName?: string;
  status: 'open' | 'used' | 'revoked' | 'expired';
  expiresAt: string;
  createdAt: string;
  /** Who accepted it (name from their profile), once used. */
  usedBy?: PersonRef;
  usedAt?: string;
}

/** An invitation as its creator sees it once: the code, and the page path that carries it. */
export interface InviteCreatedView extends InviteView {
  code: string;
  /** The mini-program page the QR code and the shared link open. */
  path: string;
}

/** A person as others see them: a name from their profile and a masked id, never the OpenID. */
export interface PersonRef {
  /** Opaque: names the person in a later call (a revoke, an audit filter). */
  ref: string;
  name: string;
  idMasked: string;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actor: PersonRef;
  action: string;
  venueId?: string;
  target?: string;
  detail?: Record<string, unknown>;
}

export interface FeedbackRecordView extends FeedbackView {
  venueId: string;
  resourceId: string;
  resourceName: string;
  /** The visit's date and time. */
  start: string;
  /** The lowest of the three scores. */
  lowest: number;
  /** A low rating asks for a follow-up. */
  needsFollowUp: boolean;
  followUp?: { note: string; at: string; by: PersonRef };
}

/** One page of a list read newest first; pass `next` as `after` for the following page. */
export interface Page<T> {
  items: T[];
  next?: string;
}

export interface AttendeeView {
  id: string;
  name: string;
  idType: IdType;
  idMasked: string;
  phoneMasked: string;
  credit: CreditView;
}

export interface VenueView {
  id: string;
  name: string;
  kind: (typeof VENUE_KINDS)[number];
  address?: string;
  description?: string;
  hours?: { opens: string; closes: string };
  closedWeekdays?: number[];
  closedDates?: string[];
  contact?: string;
  /** Where it is listed (ascending). */
  order?: number;
}

export interface ResourceView {
  id: string;
  venueId: string;
  name: string;
  kind: (typeof RESOURCE_KINDS)[number];
  mode: (typeof RESOURCE_MODES)[number];
  allocation: (typeof ALLOCATIONS)[number];
  description?: string;
  location?: string;
  policy: Policy;
  /** A seated hall: the seats it sells (its sessions sell seats, chosen on the map: slot.seats). */
  seats?: number;
}

/** A session's seat map and the seats sold or held (slot.seats). */
export interface SeatingView {
  slotId: string;
  seatMap: SeatMap;
  taken: string[];
}

export interface SlotView {
  id: string;
  resourceId: string;
  start: string;
  end: string;
  capacity: number;
  remaining: number;
  status: SlotStatus;
  /** When booking opens and closes for this slot. */
  opensAt: string;
  closesAt: string;
  /** People in groups waiting for a place. */
  waiting: number;
  /** Why the venue closed it (status `cancelled`). */
  reason?: string;
}

export interface BookingAttendeeView {
  id: string;
  name: string;
  idMasked: string;
  /** Their seat on a seated session: `二楼 3排12座`. */
  seat?: string;
}

/** A paid ticket's order (rules/order.ts): money in fen, times ISO. */
export interface OrderView {
  status: OrderStatus;
  totalFen: number;
  /** Until when the places are held for the payment (pending_payment). */
  holdUntil: string;
  /** One ticket per attendee, with its type and price. */
  /** `name`: the ticket's holder (also of a ticket given back, no longer among the booking's attendees). */
  lines: {
    attendeeId: string;
    name?: string;
    ticketTypeName: string;
    proof?: string;
    priceFen: number;
    cancelled: boolean;
  }[];
  paidAt?: string;
  /** Refunded, or being refunded. */
  refundedFen: number;
  refunds: { fen: number; settled: boolean; at: string }[];
  /** Sold at the ticket window (cash, terminal); absent: paid with WeChat Pay. */
  method?: Exclude<PaymentMethod, 'wechat'>;
  /** The refund rule it was sold under: what a cancellation gives back. */
  refundRule: RefundRule;
}

/** One window's or the whole venue's takings for a day (desk.statement): fen by payment method. */
export interface TakingsView {
  tickets: number;
  paidFen: Record<PaymentMethod, number>;
  refundedFen: Record<PaymentMethod, number>;
  refundedTickets: number;
  netFen: number;
}

export interface StatementView {
  venueId: string;
  /** A day (YYYY-MM-DD) or a month (YYYY-MM). */
  period: string;
  total: TakingsView;
  /** desk.statement: per window (the staff member who sold); the app's own sales as 线上. */
  windows?: (TakingsView & { seller: string; name: string })[];
  /** admin.finance.statement: per day of the month. */
  days?: (TakingsView & { date: string })[];
  /** Every order of the period, for the finance office's export. */
  orders: {
    orderNo: string;
    resourceName: string;
    start: string;
    method: PaymentMethod;
    tickets: number;
    paidFen: number;
    paidAt?: string;
    refundedFen: number;
    refundedAt?: string;
  }[];
}

/** What `Taro.requestPayment` takes, as WeChat Pay answered order.pay. */
export interface PaymentView {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'MD5';
  paySign: string;
}

export interface BookingView {
  id: string;
  slotId: string;
  resourceId: string;
  venueId: string;
  resourceName: string;
  venueName: string;
  location?: string;
  start: string;
  end: string;
  status: BookingStatus;
  attendees: BookingAttendeeView[];
  createdAt: string;
  /** Cancel while now is before this instant. */
  cancelDeadline: string;
  changeDeadline: string;
  /** What the caller may do with it now (the function decides; the client shows these and nothing else). */
  actions: BookingAction[];
  /** The venue's reason (closed by the venue, rejected). */
  reason?: string;
  /** For a booking cancelled by the venue: the nearest open slots of the same resource, to rebook in one tap. */
  alternatives?: SlotView[];
  /** The same for a booking by the hour: other free times of the resource, other resources free at that time. */
  offers?: IntervalOffer[];
  /** The check-in window: the entry code is accepted from checkinOpensAt until the end. */
  checkinOpensAt: string;
  checkedInAt?: string;
  /** Rated after the visit (once). */
  feedback?: FeedbackView;
  /** Booked by staff for someone without the mini-program. */
  desk?: DeskNoteView;
  /** A booking by the hour (seed 004): what for, how many people, who booked (colleagues book as themselves). */
  purpose?: string;
  headcount?: number;
  /** An approved booking by the hour lapses unless confirmed before this (policy interval.confirmHours). */
  confirmBy?: string;
  confirmedAt?: string;
  /** Equipment: handed out at check-in by staff, returned at the end; flagged when not back after its end. */
  equipment?: boolean;
  returned?: { at: string; condition: ReturnCondition; note?: string; photos?: string[] };
  unreturned?: boolean;
  booker?: { name: string; phoneMasked?: string; department?: string };
  /** A paid ticket's order. */
  order?: OrderView;
}

/** One booking in a resource's register of use. */
export interface UsageRowView {
  id: string;
  start: string;
  end: string;
  status: BookingStatus;
  purpose?: string;
  headcount?: number;
  /** Who booked: the colleague with their department, or the customer with their company. */
  booker?: string;
  department?: string;
  company?: string;
  checkedInAt?: string;
  returned?: ReturnCondition;
  unreturned?: boolean;
}

/** admin.resource.usage: the register of a resource booked by the hour and its utilisation. */
export interface ResourceUsageView {
  resourceId: string;
  resourceName: string;
  from: string;
  to: string;
  quantity: number;
  bookings: UsageRowView[];
  weeks: UsagePeriod[];
  months: UsagePeriod[];
}

/** A time a refused booking by the hour is offered instead: the same resource later or earlier, or another one. */
export interface IntervalOffer {
  resourceId: string;
  resourceName: string;
  location?: string;
  capacity: number;
  start: string;
  end: string;
}

/** One grid cell of a day of a resource booked by the hour. */
export interface IntervalCellView {
  start: string;
  end: string;
  /** Units free over the whole cell (a room: 0 or 1). */
  free: number;
  /** Held by one of the caller's own bookings. */
  mine: boolean;
  /** Can still be booked now (not past, not before the lead time, not beyond the horizon). */
  bookable: boolean;
}

/** resource.day: the day's opening hours on the resource's grid, with who holds what. */
export interface IntervalDayView {
  resourceId: string;
  date: string;
  /** Null: closed that day (weekday, public holiday). */
  hours: { opens: string; closes: string } | null;
  granularityMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  bufferMinutes: number;
  quantity: number;
  capacity: number;
  /** The first and last dates that can be booked now (for a customer when asked `for: 'customer'`). */
  earliestDate: string;
  latestDate: string;
  /** The resource is closed that day by the venue (admin.resource.close): no cell is bookable. */
  closed?: { reason: string };
  cells: IntervalCellView[];
}

export interface DeskNoteView {
  name: string;
  phoneMasked?: string;
  company?: string;
  needs?: string;
  bookedBy: PersonRef;
}

export interface FeedbackView {
  id: string;
  bookingId: string;
  experience: number;
  exhibitCondition: number;
  service: number;
  comment?: string;
  createdAt: string;
}

export interface CheckinTokenView {
  token: string;
  /** The token is refused after this (a fresh one is issued every 30 s). */
  expiresAt: string;
  /** When the client should fetch the next token. */
  refreshAt: string;
}

/** What staff see of a booking: enough to compare with the documents, nothing more. */
export interface CheckinBookingView {
  id: string;
  resourceName: string;
  venueName: string;
  location?: string;
  start: string;
  end: string;
  status: BookingStatus;
  attendees: {
    id: string;
    name: string;
    idMasked: string;
    present: boolean;
    seat?: string;
    /** A paid ticket's type, and the proof to check at the gate (学生证). */
    ticket?: string;
    proof?: string;
  }[];
  checkedInAt?: string;
  checkedInBy?: string;
  method?: CheckinMethod;
}

export interface CheckinView {
  booking: CheckinBookingView;
  checkedInAt: string;
}

export interface RosterSlotView {
  slotId: string;
  resourceId: string;
  resourceName: string;
  start: string;
  end: string;
  status: SlotView['status'];
  /** People booked (active or checked in), people checked in, people still expected. */
  booked: number;
  checkedIn: number;
  pending: number;
}

export interface RosterView {
  date?: string;
  slots?: RosterSlotView[];
  slot?: RosterSlotView;
  bookings?: CheckinBookingView[];
}

export interface RoleUserView extends PersonRef {
  roles: RoleGrant[];
}

export interface WaitEntryView {
  id: string;
  slotId: string;
  resourceId: string;
  venueId: string;
  resourceName: string;
  venueName: string;
  start: string;
  end: string;
  status: WaitStatus;
  /** 1-based place in the queue while waiting, else null. */
  position: number | null;
  attendees: BookingAttendeeView[];
  createdAt: string;
  /** The booking made when the entry was promoted. */
  bookingId?: string;
  reason?: string;
}

export interface NoticeData {
  bookingId?: string;
  entryId?: string;
  resourceId?: string;
  resourceName?: string;
  venueName?: string;
  start?: string;
  end?: string;
  reason?: string;
  blockedUntil?: string;
  /** Lottery winners confirm before this. */
  confirmBy?: string;
  applicationId?: string;
  /** Lottery losers: where unconfirmed places go (the waiting list can be joined, or the next ranks). */
  unconfirmed?: 'nextRanks' | 'waitlist';
  complaintId?: string;
  /** Complaint category label, the step awaited and its deadline (complaint notices). */
  category?: string;
  step?: string;
  due?: string;
  /** Nearest open slots of the same resource (closed by the venue). */
  alternatives?: SlotView[];
  /** A booking by the hour closed by the venue: other free times and resources, as in BookingView.offers. */
  offers?: IntervalOffer[];
  /** A seated booking's seats: `一楼 3排12座、一楼 3排13座`. */
  seats?: string;
}

export interface NoticeView {
  id: string;
  kind: NoticeKind;
  title: string;
  body: string;
  data: NoticeData;
  read: boolean;
  createdAt: string;
}

export interface BlockedView {
  attendeeId: string;
  name: string;
  idMasked: string;
  venueId: string;
  venueName: string;
  noShows: number;
  blockedUntil: string;
}

export interface LotteryView {
  slotId: string;
  resourceId: string;
  resourceName: string;
  venueId: string;
  start: string;
  end: string;
  status: LotteryStatus;
  opensAt: string;
  closesAt: string;
  drawAt: string;
  /** sha256 hex of the seed, published when the slot was created. */
  commitment: string;
  /** Revealed once the draw is done. */
  seed?: string;
  /** Hash of the frozen applicant list (docs/lottery.md §2), once frozen. */
  listHash?: string;
  /** Applications (groups) and people in them. */
  applicants: number;
  people: number;
  places: number;
  /** Where unconfirmed places go: the next ranks, or the waiting list (which the losers may then join). */
  unconfirmed: 'nextRanks' | 'waitlist';
  winners?: number;
  drawnAt?: string;
}

export interface ApplicationView {
  id: string;
  slotId: string;
  resourceName: string;
  venueName: string;
  start: string;
  end: string;
  status: ApplicationStatus;
  size: number;
  attendees: BookingAttendeeView[];
  createdAt: string;
  /** Winners confirm before this. */
  confirmBy?: string;
  bookingId?: string;
}

export interface LotteryEntriesPage {
  entries: { id: string; size: number; weight: number; won: boolean }[];
  /** Pass as `after` for the next page; absent on the last. */
  next?: string;
}

export interface DepartmentView {
  id: string;
  name: string;
  /** Categories it usually handles (a hint for routing). */
  categories: ComplaintCategory[];
  /** The receiving desk (客服中心): it routes, replies and follows up. */
  receiving: boolean;
  /** Where it is listed (ascending). */
  order?: number;
}

export interface TimelineEntryView {
  at: string;
  kind: TimelineKind;
  actor: TimelineActor;
  text?: string;
  departmentName?: string;
  /** For an escalation: the step whose deadline passed. */
  step?: ComplaintStep;
}

export interface ComplaintDeadlineView {
  step: ComplaintStep;
  due: string;
  /** Milliseconds left at the time of the answer; negative once breached. */
  leftMs: number;
  breached: boolean;
  /** False when a working-day count reaches a year whose official holiday calendar is not yet known. */
  calendarKnown: boolean;
}

export interface ComplaintView {
  id: string;
  status: ComplaintStatus;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  content: string;
  expected?: string;
  /** Shown to the complainant and the desk; masked for departments. */
  contact?: string;
  name?: string;
  photos: string[];
  venueId?: string;
  bookingId?: string;
  /** The linked visit: what and when, and whether the visitor was checked in. */
  visit?: { resourceName: string; venueName: string; start: string; checkedInAt?: string };
  departmentId?: string;
  departmentName?: string;
  complexity?: 'general' | 'complex';
  deadline?: ComplaintDeadlineView;
  reopens: number;
  breaches: number;
  satisfied?: boolean;
  /** Whether the complainant has an account (else the desk records their satisfaction). */
  online: boolean;
  /** Whether the caller filed it (and so answers the reply). */
  mine: boolean;
  /** The step awaited and who takes it (the function decides), null once archived. */
  next: ComplaintNext | null;
  /** What it waits for, for a caller who cannot take the next step (or when nothing is left). */
  awaiting?: string;
  timeline: TimelineEntryView[];
  createdAt: string;
  updatedAt: string;
}

export interface ComplaintStatsView {
  month: string;
  total: number;
  byCategory: { category: ComplaintCategory; count: number }[];
  byDepartment: { departmentId: string; name: string; count: number; breached: number }[];
  /** Shares of the month's complaints (0–1); null when there were none to count. */
  breachRate: number | null;
  reopenRate: number | null;
  /** Satisfied among those who answered. */
  satisfaction: number | null;
  /** Post-visit ratings given that month (1–5 averages). */
  ratings: { count: number; experience: number | null; exhibitCondition: number | null; service: number | null };
}

export interface TemplateView {
  kind: TemplateKind;
  label: string;
  templateId: string;
  fields: { key: string; type: string; label: string }[];
  /** Messages of this kind the caller has agreed to receive and not yet received. */
  credits: number;
}
