// The action table: every action's input schema, who may call it, and whether it changes state
// (mutating actions require a requestId and are idempotent). Clients and the function share it.
import {
  complaintConfirmInput,
  complaintCreateInput,
  complaintListInput,
  complaintOptionalTextInput,
  complaintRefInput,
  complaintRegisterInput,
  complaintRouteInput,
  complaintStatsInput,
  complaintTextInput,
  departmentUpsertInput,
} from './complaint';
import type { z } from 'zod';
import { empty } from './common';
import { attendeeAddInput, attendeeRemoveInput } from './attendee';
import { resourceListInput, slotListInput, slotRefInput } from './catalog';
import {
  bookingCreateInput,
  bookingListInput,
  bookingMoveInput,
  bookingChangeInput,
  bookingRefInput,
  bookingCancelInput,
  bookingRejectInput,
  deskBookInput,
  resourceDayInput,
  bookingReturnInput,
  deskRangeInput,
  resourceUsageInput,
} from './booking';
import {
  inviteAcceptInput,
  inviteCreateInput,
  inviteListInput,
  inviteRefInput,
  profileUpdateInput,
  roleRevokeInput,
  setupClaimInput,
} from './setup';
import { auditListInput, feedbackFollowUpInput, feedbackListInput } from './records';
import { noticeListInput, noticeReadInput, notifySubscribedInput } from './notice';
import { lotteryApplyInput, lotteryEntriesInput, lotteryListInput, lotteryRefInput, lotterySlotInput } from './lottery';
import {
  checkinAttendanceInput,
  checkinFindInput,
  checkinManualInput,
  checkinRosterInput,
  checkinScanInput,
  checkinTokenInput,
  feedbackCreateInput,
} from './checkin';
import { waitlistJoinInput, waitlistLeaveInput } from './waitlist';
import {
  blockedListInput,
  creditLiftInput,
  pendingListInput,
  resourceCloseInput,
  roleGrantInput,
  resourceUpsertInput,
  seatMapSaveInput,
  seatMapGetInput,
  slotBulkCreateInput,
  slotCapacityInput,
  slotCloseInput,
  slotCreateInput,
  venueUpsertInput,
} from './admin';
import type { Access, RoleGrant } from './roles';
import type { SeatMap } from '../rules/seats';
import { deskSellInput, deskStatementInput, financeStatementInput } from './order';
import type {
  ApplicationView,
  AuditEntryView,
  AttendeeView,
  FeedbackRecordView,
  InviteCreatedView,
  InviteView,
  Page,
  ProfileView,
  SetupStatusView,
  BlockedView,
  ComplaintStatsView,
  ComplaintView,
  DepartmentView,
  BookingView,
  PaymentView,
  SeatingView,
  StatementView,
  CheckinBookingView,
  CheckinTokenView,
  CheckinView,
  FeedbackView,
  LotteryEntriesPage,
  LotteryView,
  MeView,
  NoticeView,
  ResourceView,
  RoleUserView,
  RosterView,
  SlotView,
  IntervalDayView,
  ResourceUsageView,
  TemplateView,
  VenueView,
  WaitEntryView,
} from './types';

interface ActionSpec<I extends z.ZodTypeAny, O, M extends boolean = boolean> {
  input: I;
  access: Access;
  mutating: M;
  /**
   * The action's own state makes a repeat harmless and answers it as the first time, so the router
   * skips the requests record (two database operations fewer on a hot path).
   */
  intrinsicIdempotency?: boolean;
  /** Audited although anyone may call it: it grants a role (staff and managers' changes always are). */
  audited?: boolean;
  /** Phantom: the answer's type, for clients. */
  output?: O;
}

const action =
  <O>() =>
  <I extends z.ZodTypeAny, M extends boolean>(spec: Omit<ActionSpec<I, O, M>, 'output'>): ActionSpec<I, O, M> =>
    spec;

export const ACTIONS = {
  'user.me': action<MeView>()({ input: empty, access: 'user', mutating: false }),
  'attendee.add': action<AttendeeView>()({ input: attendeeAddInput, access: 'user', mutating: true }),
  'attendee.list': action<AttendeeView[]>()({ input: empty, access: 'user', mutating: false }),
  'attendee.remove': action<Record<string, never>>()({ input: attendeeRemoveInput, access: 'user', mutating: true }),
  'venue.list': action<VenueView[]>()({ input: empty, access: 'public', mutating: false }),
  'resource.list': action<ResourceView[]>()({ input: resourceListInput, access: 'public', mutating: false }),
  'slot.list': action<SlotView[]>()({ input: slotListInput, access: 'public', mutating: false }),
  /** A seated session's map and the seats taken (sold or held for a payment). */
  'slot.seats': action<SeatingView>()({ input: slotRefInput, access: 'public', mutating: false }),
  /** A resource booked by the hour: the day's grid, free and busy (the caller's own marked when signed in). */
  'resource.day': action<IntervalDayView>()({ input: resourceDayInput, access: 'public', mutating: false }),
  /** Idempotent by itself: every write is keyed by the request (modules/booking/create.ts), so a refusal writes nothing. */
  'booking.create': action<BookingView>()({
    input: bookingCreateInput,
    access: 'user',
    mutating: true,
    intrinsicIdempotency: true,
  }),
  'booking.list': action<BookingView[]>()({ input: bookingListInput, access: 'user', mutating: false }),
  'booking.get': action<BookingView>()({ input: bookingRefInput, access: 'user', mutating: false }),
  /** The booker starts using a room booked by the hour, in its check-in window (staff hand out equipment). */
  'booking.use': action<BookingView>()({ input: bookingRefInput, access: 'user', mutating: true }),
  /** The end of use, with the condition; damage reaches the venue's desk as a facilities complaint. */
  'booking.return': action<BookingView>()({ input: bookingReturnInput, access: 'user', mutating: true }),
  'desk.return': action<BookingView>()({ input: bookingReturnInput, access: 'staff', mutating: true }),
  /** The applicant confirms an approved booking by the hour (it lapses at confirmBy otherwise). */
  'booking.confirm': action<BookingView>()({ input: bookingRefInput, access: 'user', mutating: true }),
  /** Idempotent by itself: the cancel's change id derives from the request, so a repeat finds it made (modules/booking/cancel.ts). */
  'booking.cancel': action<BookingView>()({
    input: bookingCancelInput,
    access: 'user',
    mutating: true,
    intrinsicIdempotency: true,
  }),
  'booking.change': action<BookingView>()({ input: bookingChangeInput, access: 'user', mutating: true }),
  /**
   * The payment of a ticket waiting for it: wx.requestPayment's parameters (asked again, WeChat's same
   * prepay). A trade found paid meanwhile is confirmed instead, and the answer carries no payment.
   */
  'order.pay': action<{ booking: BookingView; payment?: PaymentView }>()({
    input: bookingRefInput,
    access: 'user',
    mutating: true,
    intrinsicIdempotency: true,
  }),
  /** After wx.requestPayment: asks WeChat Pay how the trade stands and applies it (the notification may lag). */
  'order.check': action<BookingView>()({
    input: bookingRefInput,
    access: 'user',
    mutating: true,
    intrinsicIdempotency: true,
  }),
  'booking.rebook': action<BookingView>()({ input: bookingMoveInput, access: 'user', mutating: true }),
  'waitlist.join': action<WaitEntryView>()({ input: waitlistJoinInput, access: 'user', mutating: true }),
  'waitlist.leave': action<WaitEntryView>()({ input: waitlistLeaveInput, access: 'user', mutating: true }),
  'waitlist.mine': action<WaitEntryView[]>()({ input: empty, access: 'user', mutating: false }),
  'notice.list': action<NoticeView[]>()({ input: noticeListInput, access: 'user', mutating: false }),
  'notice.read': action<{ updated: number }>()({ input: noticeReadInput, access: 'user', mutating: true }),
  'notify.templates': action<TemplateView[]>()({ input: empty, access: 'user', mutating: false }),
  'notify.subscribed': action<TemplateView[]>()({ input: notifySubscribedInput, access: 'user', mutating: true }),
  /** A resource booked by the hour: its bookings over the dates and its utilisation per week and month. */
  'admin.resource.usage': action<ResourceUsageView>()({
    input: resourceUsageInput,
    access: 'manager',
    mutating: false,
  }),
  'booking.approve': action<BookingView>()({ input: bookingRefInput, access: 'manager', mutating: true }),
  'booking.reject': action<BookingView>()({ input: bookingRejectInput, access: 'manager', mutating: true }),
  'lottery.apply': action<ApplicationView>()({ input: lotteryApplyInput, access: 'user', mutating: true }),
  'lottery.withdraw': action<ApplicationView>()({ input: lotteryRefInput, access: 'user', mutating: true }),
  'lottery.confirm': action<BookingView>()({ input: lotteryRefInput, access: 'user', mutating: true }),
  'lottery.mine': action<ApplicationView[]>()({ input: empty, access: 'user', mutating: false }),
  'lottery.get': action<LotteryView>()({ input: lotterySlotInput, access: 'public', mutating: false }),
  'lottery.entries': action<LotteryEntriesPage>()({ input: lotteryEntriesInput, access: 'public', mutating: false }),
  'lottery.draw': action<LotteryView>()({ input: lotterySlotInput, access: 'manager', mutating: true }),
  'admin.lottery.list': action<LotteryView[]>()({ input: lotteryListInput, access: 'manager', mutating: false }),
  'checkin.token': action<CheckinTokenView>()({ input: checkinTokenInput, access: 'user', mutating: false }),
  'feedback.create': action<FeedbackView>()({ input: feedbackCreateInput, access: 'user', mutating: true }),
  /** Idempotent by itself: a booking is checked in once, and a repeat by the same request answers the first. */
  'checkin.scan': action<CheckinView>()({
    input: checkinScanInput,
    access: 'staff',
    mutating: true,
    intrinsicIdempotency: true,
  }),
  'checkin.manual': action<CheckinView>()({ input: checkinManualInput, access: 'staff', mutating: true }),
  'checkin.attendance': action<CheckinBookingView>()({
    input: checkinAttendanceInput,
    access: 'staff',
    mutating: true,
  }),
  'checkin.find': action<CheckinBookingView[]>()({ input: checkinFindInput, access: 'staff', mutating: false }),
  'checkin.roster': action<RosterView>()({ input: checkinRosterInput, access: 'staff', mutating: false }),
  'admin.role.grant': action<RoleUserView>()({ input: roleGrantInput, access: 'admin', mutating: true }),
  'admin.role.revoke': action<RoleUserView>()({ input: roleRevokeInput, access: 'admin', mutating: true }),
  'admin.role.list': action<RoleUserView[]>()({ input: empty, access: 'admin', mutating: false }),
  'admin.booking.pending': action<BookingView[]>()({ input: pendingListInput, access: 'manager', mutating: false }),
  'admin.venue.upsert': action<VenueView>()({ input: venueUpsertInput, access: 'admin', mutating: true }),
  'admin.resource.upsert': action<ResourceView>()({ input: resourceUpsertInput, access: 'manager', mutating: true }),
  /** A hall's seat map (seed 001): its sessions then sell seats, chosen on the map or best available. */
  'admin.seatmap.save': action<ResourceView>()({ input: seatMapSaveInput, access: 'manager', mutating: true }),
  /** The map as saved (null: the resource sells a count), for 座位图. */
  'admin.seatmap.get': action<{ seatMap: SeatMap | null }>()({
    input: seatMapGetInput,
    access: 'manager',
    mutating: false,
  }),
  'admin.slot.create': action<SlotView>()({ input: slotCreateInput, access: 'manager', mutating: true }),
  'admin.slot.bulkCreate': action<{ created: number; skipped: number }>()({
    input: slotBulkCreateInput,
    access: 'manager',
    mutating: true,
  }),
  'admin.slot.capacity': action<SlotView>()({ input: slotCapacityInput, access: 'manager', mutating: true }),
  'admin.slot.close': action<SlotView>()({ input: slotCloseInput, access: 'manager', mutating: true }),
  'admin.resource.close': action<{ closed: number }>()({
    input: resourceCloseInput,
    access: 'manager',
    mutating: true,
  }),
  'admin.credit.lift': action<{ lifted: true }>()({ input: creditLiftInput, access: 'manager', mutating: true }),
  'admin.credit.blocked': action<BlockedView[]>()({ input: blockedListInput, access: 'manager', mutating: false }),
  'department.list': action<DepartmentView[]>()({ input: empty, access: 'user', mutating: false }),
  'admin.department.upsert': action<DepartmentView>()({
    input: departmentUpsertInput,
    access: 'admin',
    mutating: true,
  }),
  'complaint.create': action<ComplaintView>()({ input: complaintCreateInput, access: 'user', mutating: true }),
  'complaint.register': action<ComplaintView>()({ input: complaintRegisterInput, access: 'staff', mutating: true }),
  'complaint.list': action<ComplaintView[]>()({ input: complaintListInput, access: 'user', mutating: false }),
  'complaint.get': action<ComplaintView>()({ input: complaintRefInput, access: 'user', mutating: false }),
  'complaint.route': action<ComplaintView>()({ input: complaintRouteInput, access: 'manager', mutating: true }),
  'complaint.propose': action<ComplaintView>()({ input: complaintTextInput, access: 'handler', mutating: true }),
  'complaint.resolve': action<ComplaintView>()({ input: complaintTextInput, access: 'handler', mutating: true }),
  'complaint.reply': action<ComplaintView>()({ input: complaintOptionalTextInput, access: 'manager', mutating: true }),
  'complaint.confirm': action<ComplaintView>()({ input: complaintConfirmInput, access: 'user', mutating: true }),
  'complaint.followUp': action<ComplaintView>()({
    input: complaintOptionalTextInput,
    access: 'manager',
    mutating: true,
  }),
  'complaint.archive': action<ComplaintView>()({
    input: complaintOptionalTextInput,
    access: 'manager',
    mutating: true,
  }),
  'complaint.stats': action<ComplaintStatsView>()({ input: complaintStatsInput, access: 'manager', mutating: false }),
  'setup.status': action<SetupStatusView>()({ input: empty, access: 'public', mutating: false }),
  'setup.claim': action<{ roles: RoleGrant[] }>()({
    input: setupClaimInput,
    access: 'user',
    mutating: true,
    audited: true,
  }),
  'profile.update': action<ProfileView>()({ input: profileUpdateInput, access: 'user', mutating: true }),
  'admin.invite.create': action<InviteCreatedView>()({
    input: inviteCreateInput,
    access: 'manager',
    mutating: true,
    // The answer holds the code: a requests record would keep it (see modules/invite/create.ts).
    intrinsicIdempotency: true,
  }),
  'admin.invite.list': action<InviteView[]>()({ input: inviteListInput, access: 'manager', mutating: false }),
  'admin.invite.revoke': action<InviteView>()({ input: inviteRefInput, access: 'manager', mutating: true }),
  'invite.accept': action<{ roles: RoleGrant[] }>()({
    input: inviteAcceptInput,
    access: 'user',
    mutating: true,
    audited: true,
  }),
  'desk.book': action<BookingView>()({ input: deskBookInput, access: 'staff', mutating: true }),
  /** Customer service books a resource by the hour for a customer (company, contact, needs). */
  'desk.bookRange': action<BookingView>()({ input: deskRangeInput, access: 'staff', mutating: true }),
  'desk.booking': action<BookingView>()({ input: bookingRefInput, access: 'staff', mutating: false }),
  /** The ticket window sells to walk-ins, paid there in cash or on the venue's terminal (seed 001). */
  'desk.sell': action<BookingView>()({ input: deskSellInput, access: 'staff', mutating: true }),
  /** A window sale given back at the window: refunded by the rule, in the way it was paid. */
  'desk.refund': action<BookingView>()({ input: bookingRefInput, access: 'staff', mutating: true }),
  /** A day's takings of the venue, per window and in all (every order of the day, summed). */
  'desk.statement': action<StatementView>()({ input: deskStatementInput, access: 'staff', mutating: false }),
  /** A month's orders and refunds by day, for the finance office (exported from the page). */
  'admin.finance.statement': action<StatementView>()({
    input: financeStatementInput,
    access: 'manager',
    mutating: false,
  }),
  'admin.audit.list': action<Page<AuditEntryView>>()({ input: auditListInput, access: 'manager', mutating: false }),
  'admin.feedback.list': action<Page<FeedbackRecordView>>()({
    input: feedbackListInput,
    access: 'manager',
    mutating: false,
  }),
  'admin.feedback.followUp': action<FeedbackRecordView>()({
    input: feedbackFollowUpInput,
    access: 'manager',
    mutating: true,
  }),
  /** Does nothing: the baseline the benchmark compares a booking with. */
  'system.ping': action<{ pong: true }>()({ input: empty, access: 'public', mutating: false }),
} as const;

export type ActionName = keyof typeof ACTIONS;
export type ActionInput<A extends ActionName> = z.input<(typeof ACTIONS)[A]['input']>;
export type ParsedInput<A extends ActionName> = z.output<(typeof ACTIONS)[A]['input']>;
export type ActionOutput<A extends ActionName> = NonNullable<(typeof ACTIONS)[A]['output']>;
export type MutatingAction = {
  [A in ActionName]: (typeof ACTIONS)[A]['mutating'] extends true ? A : never;
}[ActionName];

/** What a client sends as `data` of callFunction. */
export interface CallPayload<A extends ActionName = ActionName> {
  action: A;
  data?: ActionInput<A>;
  requestId?: string;
}

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ACTIONS, name);
}

export * from './types';
export * from './roles';
export * from './common';
export * from './attendee';
export * from './catalog';
export * from './booking';
export * from './admin';
export * from './waitlist';
export * from './notice';
export * from './checkin';
export * from './lottery';
export * from './complaint';
export * from './setup';
export * from './records';
export * from './order';
export { parseInput, zhErrorMap } from './zh';
