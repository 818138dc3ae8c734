// The stored shapes. Instants are epoch ms; `date` is the Asia/Shanghai business date of `start`.
import type { IdType } from '@shared/rules/idDocument';
import type { Fen } from '@shared/rules/money';
import type { Order, OrderLine, OrderRefund } from '@shared/rules/order';
import type { SeatMap } from '@shared/rules/seats';
import type { PaymentMethod } from '@shared/contract/order';
import type { PolicyOverrides } from '@shared/rules/policy';
import type {
  BookingStatus,
  CheckinMethod,
  NoticeData,
  NoticeKind,
  ReturnCondition,
  RoleGrant,
  WaitStatus,
} from '@shared/contract';
import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintStatus,
  ResourceView,
  TemplateKind,
  TimelineKind,
  VenueView,
} from '@shared/contract';
import type { ComplaintStep, Complexity, Deadline } from '@shared/rules/complaintSla';

export interface UserDoc {
  _id: string; // openid
  roles: RoleGrant[];
  privacyConsent?: { version: string; at: number };
  /** The person's own name, phone and department (profile.update), for staff lists, the desk and room bookings. */
  profile?: { name: string; phoneCipher?: string; phoneMasked?: string; department?: string; updatedAt: number };
  createdAt: number;
}

/** The deployment's one-time set-up: `_id: 'setup'`, written once by the first admin's claim. */
export interface SetupDoc {
  _id: string;
  claimedBy: string;
  claimedAt: number;
}

export interface InviteDoc {
  /** A keyed hash of the code: the code itself is shown once, to its creator, and never stored. */
  _id: string;
  grant: RoleGrant;
  /** Scopes the lists: the venue the role is for (absent: a venue-wide role or a department). */
  venueId?: string;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  status: 'open' | 'used' | 'revoked';
  usedBy?: string;
  usedAt?: number;
  revokedBy?: string;
  revokedAt?: number;
  /** What the creating request asked for: its requestId reused for another invitation is a CONFLICT. */
  requestHash?: string;
}

export interface VenueDoc extends Omit<VenueView, 'id'> {
  _id: string;
  order: number;
  updatedAt: number;
}

export interface ResourceDoc extends Omit<ResourceView, 'id' | 'policy' | 'seats'> {
  _id: string;
  /** A seated hall's map (admin.seatmap.save, rules/seats.ts): its sessions sell seats. */
  seatMap?: SeatMap;
  /** Only what differs from the defaults; the full policy is resolved when read. */
  policy: PolicyOverrides;
  updatedAt: number;
}

export interface SlotDoc {
  _id: string;
  resourceId: string;
  venueId: string;
  start: number;
  end: number;
  date: string;
  capacity: number;
  /** Places left; taken only by one conditional atomic update (see booking/places.ts). */
  remaining: number;
  /**
   * Keys of the holdings the slot gave places to, and of those whose places came back: each take and
   * each release happens once (booking/places.ts). Written only; reads leave them out (SLOT_FIELDS).
   */
  held?: string[];
  released?: string[];
  /** People waiting (a hint for the promotion job; the queue document is the truth). */
  waiting: number;
  cancelled: boolean;
  closedReason?: string;
  closedAt?: number;
  /** Closed, with bookings or entries still to cancel (slot/sweep.ts). */
  sweepPending?: boolean;
  /** This slot's own prices by ticket type, over the resource's (rules/pricing.ts priceOf; seed 001). */
  prices?: Record<string, Fen>;
  /**
   * A seated session's seats sold or held, by seat id, each to the key of the holding that took it: taken
   * and given back in the same conditional update as the places (booking/places.ts). Left out of reads but
   * slot.seats and best available (SLOT_FIELDS).
   */
  seats?: Record<string, string>;
  createdAt: number;
}

export interface AttendeeDoc {
  _id: string;
  openid: string;
  name: string;
  idType: IdType;
  idCipher: string;
  idHash: string;
  idMasked: string;
  phoneCipher: string;
  phoneHash: string;
  phoneMasked: string;
  consent: { version: string; at: number };
  createdAt: number;
}

export interface BookingAttendee {
  id: string;
  name: string;
  idMasked: string;
  idHash: string;
  phoneHash: string;
  /** Their seat on a seated session, as sold (the label stays if the map is edited later). */
  seat?: { id: string; label: string; zoneId?: string };
}

/** One ticket of an order: the line's id is its attendee's. */
export interface OrderLineDoc extends OrderLine {
  ticketTypeId: string;
  ticketTypeName: string;
  proof?: string;
}

export interface OrderRefundDoc extends OrderRefund {
  /** When the refund was asked of WeChat, and when its notification (or a query) said it was made. */
  askedAt: number;
  settledAt?: number;
}

/** rules/order.ts's Order as stored, with a version every change increments (the conditional update's guard). */
export interface OrderDoc extends Order {
  lines: OrderLineDoc[];
  refunds: OrderRefundDoc[];
  version: number;
  /** How it was paid: WeChat Pay in the mini-program, or at the ticket window (desk/sell.ts). */
  method: PaymentMethod;
  /** A window sale: who sold it, and the terminal's slip number. */
  sale?: { by: string; reference?: string };
}

export interface BookingDoc {
  _id: string;
  openid: string;
  slotId: string;
  resourceId: string;
  venueId: string;
  resourceName: string;
  venueName: string;
  location?: string;
  date: string;
  start: number;
  end: number;
  status: BookingStatus;
  attendees: BookingAttendee[];
  /** The per-ID-per-day and per-account claims this booking holds (see booking/claims.ts). */
  claimIds: string[];
  /** The token the claims are held under, when not the booking's id (a change took them). */
  claimHolder?: string;
  /** What the booking.create request asked for (its requestId reused for anything else is a CONFLICT). */
  requestHash?: string;
  /** Fixed when booked (or moved): the rules the visitor agreed to. */
  cancelDeadline: number;
  changeDeadline: number;
  /** How many times the booking moved slot; with the id it keys the current holding of places. */
  moves: number;
  /** The key of the current holding when a change took it (one per attempt, see booking/move.ts). */
  holding?: string;
  /** The id of the last state change (booking/transition.ts). */
  changeId?: string;
  /** Places of a holding that must still be given back (set with the state change, cleared after). */
  release?: PendingRelease;
  /** Attendees whose tickets were given back while the others kept theirs (booking/cancelSome.ts). */
  cancelledAttendees?: BookingAttendee[];
  /** The venue's reason (cancelled_by_venue, rejected). */
  reason?: string;
  /** From when the entry code is accepted (until `end`). */
  checkinOpensAt: number;
  checkedInAt?: number;
  /** Reminders already sent (jobs/remindBookings.ts). */
  remindedDay?: boolean;
  remindedSoon?: boolean;
  checkedInBy?: string;
  /** The staff member's name when they checked it in: what the gate and the visitor are shown. */
  checkedInByName?: string;
  checkinMethod?: CheckinMethod;
  /** The request that checked it in: its repeat answers the same. */
  checkinRequestId?: string;
  /** Attendees who came; the others count as no-shows once the slot ends. */
  presentIds?: string[];
  /** Every check-in and attendance change: who, when, how (append-only). */
  checkinLog?: { at: number; by: string; method: 'scan' | 'manual' | 'attendance'; presentIds: string[] }[];
  /** Set once the no-shows of a checked-in group have been recorded. */
  attendanceClosed?: boolean;
  rated?: boolean;
  /**
   * A booking by the hour (modules/interval/book.ts): `slotId` is then its day ledger's id
   * (`resourceId:date`), the unit it holds there, what it is for and for how many people.
   */
  interval?: { unit: number; purpose: string; headcount: number; equipment?: boolean };
  /** The end of use (modules/interval/return.ts): when, by whom, the condition left in. */
  returned?: { at: number; by: string; condition: ReturnCondition; note?: string; photos?: string[]; changeId: string };
  /** Equipment not returned by its end (jobs/flagUnreturned.ts); cleared by the return. */
  unreturned?: boolean;
  /**
   * An approved booking by the hour whose policy asks for confirmation (interval.confirmHours) lapses
   * at `confirmBy` unless the applicant confirmed it (jobs/lapseUnconfirmed.ts).
   */
  confirmBy?: number;
  confirmedAt?: number;
  remindedConfirm?: boolean;
  /**
   * Who booked, where no attendee is named (a colleague books as themselves, policy realName off, with
   * their department; a customer booked by the desk).
   */
  booker?: { name: string; phoneMasked?: string; department?: string };
  /**
   * A paid ticket's order (modules/order/): kept in the booking itself, so that the order's state and the
   * booking's change in one conditional update and can never disagree. Its number is the booking's id.
   */
  order?: OrderDoc;
  /**
   * Booked by staff for a walk-in (desk.book, modules/desk/book.ts): `openid` is then a synthetic owner
   * that can never sign in. The phone is masked here; the attendee record keeps it encrypted.
   */
  desk?: {
    name: string;
    /** Absent for a ticket sold at the window: no one's personal data is taken there (desk/sell.ts). */
    phoneMasked?: string;
    company?: string;
    needs?: string;
    /** The staff member's OpenID: who booked, and who took the person's consent at the desk. */
    bookedBy: string;
    consent?: { version: string; at: number };
  };
  createdAt: number;
  updatedAt: number;
  cancelledAt?: number;
}

export interface FeedbackDoc {
  _id: string; // derived from the booking: one per booking
  bookingId: string;
  openid: string;
  venueId: string;
  resourceId: string;
  experience: number;
  exhibitCondition: number;
  service: number;
  comment?: string;
  createdAt: number;
  /** A manager's note on a low rating (admin.feedback.followUp); `by` is their OpenID. */
  followUp?: { note: string; at: number; by: string };
}

export interface PendingRelease {
  slotId: string;
  /** A booking by the hour gives back its reservation in the resource's day ledger instead of slot places. */
  reservation?: { resourceId: string; date: string };
  places: number;
  key: string;
  /** The seats of a seated session, given back with the places. */
  seats?: string[];
  claimIds: string[];
  /** The token the claims are held under (absent: the booking's id). */
  claimHolder?: string;
  at: number;
}

export interface WaitEntryDoc {
  _id: string;
  openid: string;
  slotId: string;
  resourceId: string;
  venueId: string;
  resourceName: string;
  venueName: string;
  date: string;
  start: number;
  end: number;
  status: WaitStatus;
  /** Place in the slot's queue, from the atomic push (waitlist/queue.ts). */
  seq: number;
  attendees: BookingAttendee[];
  /** The claims that keep one person from waiting twice for one slot. */
  claimIds: string[];
  bookingId?: string;
  reason?: string;
  createdAt: number;
  updatedAt: number;
}

/** A slot's waiting entries in the order they joined: `_.push` appends atomically, nothing removes. */
export interface QueueDoc {
  _id: string; // slotId
  ids: string[];
}

export interface NoticeDoc {
  _id: string;
  openid: string;
  kind: NoticeKind;
  title: string;
  body: string;
  data: NoticeData;
  read: boolean;
  createdAt: number;
}

/** One attendee who did not come: counted per ID number and venue. */
export interface NoShowDoc {
  _id: string; // idHash:bookingId
  idHash: string;
  venueId: string;
  bookingId: string;
  at: number;
}

export interface CreditLiftDoc {
  _id?: string;
  idHash: string;
  /** '*' lifts at every venue. */
  venueId: string;
  at: number;
  by: string;
  reason: string;
}

export interface ClaimDoc {
  _id: string; // see booking/claims.ts for the forms
  /** The holder document: a booking, a waiting entry or a lottery application. */
  bookingId: string;
  /** The attempt that took it (absent on claims written before tokens: the holder's id). */
  holder?: string;
  /** The call that wrote it: tells its own lost-answer insert from another delivery's. */
  nonce?: string;
  createdAt: number;
}

export interface RequestDoc {
  _id: string;
  action: string;
  payloadHash: string;
  state: 'running' | 'done';
  startedAt: number;
  answer?: unknown;
  createdAt: number;
}

export interface AuditDoc {
  /** Derived from (actor, requestId): a call delivered twice is one entry. */
  _id?: string;
  at: number;
  /** An OpenID, or `timer` for the scheduled jobs. */
  actor: string;
  action: string;
  venueId?: string;
  target?: string;
  detail?: Record<string, unknown>;
}

/** A block on an ID number at a venue, recorded when a no-show reached the limit of its resource's rule. */
export interface BlockDoc {
  _id: string; // idHash:venueId:bookingId of the no-show that reached the limit
  idHash: string;
  venueId: string;
  until: number;
  at: number;
}

/** A lottery slot's draw state (lottery/advance.ts). The seed is secret until the status is drawn. */
export interface LotteryDoc {
  _id: string; // slotId
  resourceId: string;
  venueId: string;
  seed: string;
  commitment: string;
  closesAt: number;
  drawAt: number;
  /** open → freezing (hashing the list page by page) → closed (frozen) → drawing → drawn; any → cancelled (slot closed). */
  status: 'open' | 'freezing' | 'closed' | 'drawing' | 'drawn' | 'cancelled';
  /** Why the venue ended it, and when (status cancelled). */
  reason?: string;
  cancelledAt?: number;
  applicants: number;
  people: number;
  /**
   * Resumable cursors: the list hash chain so far, and the draw's place in the ranked list. `left` is
   * places the lottery holds and has not given out: the draw takes all of the slot's free places when
   * it starts, so winners never touch the slot.
   */
  freeze?: { afterId: string; h: string };
  listHash?: string;
  draw?: { afterRank: string; left: number; round: number };
  winners: number;
  drawnAt?: number;
  /** Telling the losers, after the first draw: the cursor through the applications still applied. */
  losers?: { afterId: string; done: boolean };
  createdAt: number;
}

export interface ApplicationDoc {
  _id: string; // ASCII letters and digits (it is hashed into the rank)
  slotId: string;
  venueId: string;
  resourceId: string;
  resourceName: string;
  venueName: string;
  openid: string;
  start: number;
  end: number;
  drawAt: number;
  attendees: BookingAttendee[];
  size: number;
  weight: number;
  /** docs/lottery.md §4, computed with the secret seed when applying; never shown before the draw. */
  rank: string;
  status: 'applied' | 'won' | 'confirmed' | 'forfeited' | 'withdrawn' | 'cancelled_by_venue';
  /** The venue's reason (cancelled_by_venue). */
  reason?: string;
  /** 1 for the draw's winners, 2+ for places passed on after winners forfeited. */
  round?: number;
  claimIds: string[];
  confirmBy?: number;
  bookingId?: string;
  /** Set false when a won application is forfeited, true once its places went on (jobs/lotteries.ts). */
  passedOn?: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface DepartmentDoc {
  _id: string;
  name: string;
  categories: ComplaintCategory[];
  receiving: boolean;
  order: number;
}

export interface TimelineEntry {
  at: number;
  kind: TimelineKind;
  actor: 'complainant' | 'desk' | 'department' | 'system';
  /** Who acted (openid), when it was a person with an account. */
  by?: string;
  text?: string;
  departmentId?: string;
  step?: ComplaintStep;
}

export interface ComplaintDeadline extends Deadline {
  /** Unique per deadline (step and the timeline entry that started it): an escalation's key. */
  key: string;
  /** false → 'notifying' (marked breached, telling leadership and the department) → true. */
  escalated: false | 'notifying' | true;
}

export interface ComplaintDoc {
  _id: string;
  /** The complainant's account; absent for complaints registered from phone, mailbox … */
  openid?: string;
  registeredBy?: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  content: string;
  expected?: string;
  /** Encrypted (lib/pii.ts), with a masked copy for departments. */
  contactSealed?: string;
  contactMasked?: string;
  name?: string;
  photos: string[];
  venueId?: string;
  bookingId?: string;
  visit?: { resourceName: string; venueName: string; start: number; checkedInAt?: number };
  departmentId?: string;
  complexity?: Complexity;
  status: ComplaintStatus;
  /** What is awaited now; absent when nothing is (archived, followed up, no answer). */
  deadline?: ComplaintDeadline;
  reopens: number;
  breaches: number;
  satisfied?: boolean;
  timeline: TimelineEntry[];
  createdAt: number;
  updatedAt: number;
}

/** Subscribe messages a user accepted and we have not used yet: one credit per accept (per template). */
export interface SubscriptionDoc {
  _id: string; // openid:templateId
  openid: string;
  templateId: string;
  kind: TemplateKind;
  credits: number;
  updatedAt: number;
}

/**
 * A subscribe message in the outbox, one per notice that goes out as one:
 * queued → sending (leased by one delivery) → sent | queued again (retry) | failed | inbox_only (no
 * credit) | unknown (the delivery stopped after sending may have begun: never sent again).
 */
export interface MessageDoc {
  _id: string;
  openid: string;
  noticeId: string;
  kind: TemplateKind;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'inbox_only' | 'unknown';
  attempts: number;
  nextAttemptAt: number;
  leaseUntil?: number;
  creditSpent: boolean;
  reason?: string;
  createdAt: number;
  sentAt?: number;
}
