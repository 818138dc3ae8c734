// Action name → handler. The router guards access before a handler runs.
import { resourceUsage } from './modules/interval/register';
import { bookRangeAtDesk } from './modules/desk/bookRange';
import { useBooking } from './modules/interval/use';
import { deskReturn, returnBooking } from './modules/interval/return';
import { confirmBooking } from './modules/booking/confirm';
import { resourceDay } from './modules/interval/day';
import type { ActionName } from '@shared/contract';
import type { Handler, PublicHandler } from './context';
import { checkInByHand, checkInByScan, issueEntryToken, saveAttendance } from './modules/checkin/actions';
import { findForCheckin } from './modules/checkin/find';
import { listRoster } from './modules/checkin/roster';
import { createFeedback } from './modules/feedback/create';
import { grantRole, listRoles, revokeRole } from './modules/admin/roles';
import { drawLottery, getLottery, listLotteries, lotteryEntries, myApplications } from './modules/lottery/actions';
import { applyLottery, withdrawLottery } from './modules/lottery/apply';
import { confirmLottery } from './modules/lottery/confirm';
import { listDepartments, upsertDepartment } from './modules/complaint/departments';
import { createComplaint, registerComplaint } from './modules/complaint/file';
import { getComplaint, listComplaints } from './modules/complaint/list';
import { complaintStats } from './modules/complaint/stats';
import {
  archiveComplaint,
  confirmComplaint,
  followUpComplaint,
  proposeSolution,
  replyComplaint,
  resolveComplaint,
  routeComplaint,
} from './modules/complaint/steps';
import { pendingBookings } from './modules/approval/pending';
import { approveBooking, rejectBooking } from './modules/approval/review';
import { closeResourceAction, closeSlotAction } from './modules/slot/close';
import { upsertResource } from './modules/admin/resource';
import { bulkCreateSlots } from './modules/slot/bulkCreate';
import { setSlotCapacity } from './modules/slot/capacity';
import { changeBooking } from './modules/booking/change';
import { rebookBooking } from './modules/booking/rebook';
import { blockedPeople } from './modules/credit/blocked';
import { liftCredit } from './modules/credit/lift';
import { listNotices, readNotices } from './modules/notice/list';
import { listTemplates, recordSubscribed } from './modules/message/credits';
import { joinWaitlist } from './modules/waitlist/join';
import { leaveWaitlist } from './modules/waitlist/leave';
import { myWaitlist } from './modules/waitlist/mine';
import { createSlot } from './modules/slot/create';
import { upsertVenue } from './modules/admin/venue';
import { addAttendee } from './modules/attendee/add';
import { listAttendees } from './modules/attendee/list';
import { removeAttendee } from './modules/attendee/remove';
import { cancelBooking } from './modules/booking/cancel';
import { payOrder } from './modules/order/pay';
import { sellAtDesk } from './modules/desk/sell';
import { refundAtDesk } from './modules/desk/refund';
import { deskStatement, financeStatement } from './modules/order/statementActions';
import { slotSeats } from './modules/catalog/seats';
import { getSeatMap, saveSeatMap } from './modules/admin/seatMap';
import { checkOrder } from './modules/order/check';
import { createBooking } from './modules/booking/create';
import { getBooking, listBookings } from './modules/booking/list';
import { listResources, listSlots, listVenues } from './modules/catalog/list';
import { ping } from './modules/system/ping';
import { getMe } from './modules/user/me';
import { updateProfile } from './modules/user/profile';
import { claimSetup, setupStatus } from './modules/setup/claim';
import { acceptInvite, createInvite, listInvites, revokeInvite } from './modules/invite/actions';
import { bookAtDesk, getDeskBooking } from './modules/desk/book';
import { listAudit } from './modules/audit/list';
import { followUpFeedback, listFeedback } from './modules/feedback/list';

export const HANDLERS: { [A in ActionName]: Handler<A> | PublicHandler<A> } = {
  'user.me': getMe,
  'attendee.add': addAttendee,
  'attendee.list': listAttendees,
  'attendee.remove': removeAttendee,
  'venue.list': listVenues,
  'resource.list': listResources,
  'slot.list': listSlots,
  'slot.seats': slotSeats,
  'resource.day': resourceDay,
  'booking.create': createBooking,
  'booking.list': listBookings,
  'booking.get': getBooking,
  'booking.confirm': confirmBooking,
  'booking.use': useBooking,
  'booking.return': returnBooking,
  'desk.return': deskReturn,
  'booking.cancel': cancelBooking,
  'booking.change': changeBooking,
  'order.pay': payOrder,
  'order.check': checkOrder,
  'booking.rebook': rebookBooking,
  'waitlist.join': joinWaitlist,
  'waitlist.leave': leaveWaitlist,
  'waitlist.mine': myWaitlist,
  'notice.list': listNotices,
  'notice.read': readNotices,
  'notify.templates': listTemplates,
  'notify.subscribed': recordSubscribed,
  'admin.resource.usage': resourceUsage,
  'booking.approve': approveBooking,
  'booking.reject': rejectBooking,
  'admin.booking.pending': pendingBookings,
  'lottery.apply': applyLottery,
  'lottery.withdraw': withdrawLottery,
  'lottery.confirm': confirmLottery,
  'lottery.mine': myApplications,
  'lottery.get': getLottery,
  'lottery.entries': lotteryEntries,
  'lottery.draw': drawLottery,
  'admin.lottery.list': listLotteries,
  'department.list': listDepartments,
  'admin.department.upsert': upsertDepartment,
  'complaint.create': createComplaint,
  'complaint.register': registerComplaint,
  'complaint.list': listComplaints,
  'complaint.get': getComplaint,
  'complaint.route': routeComplaint,
  'complaint.propose': proposeSolution,
  'complaint.resolve': resolveComplaint,
  'complaint.reply': replyComplaint,
  'complaint.confirm': confirmComplaint,
  'complaint.followUp': followUpComplaint,
  'complaint.archive': archiveComplaint,
  'complaint.stats': complaintStats,
  'checkin.token': issueEntryToken,
  'feedback.create': createFeedback,
  'checkin.scan': checkInByScan,
  'checkin.manual': checkInByHand,
  'checkin.attendance': saveAttendance,
  'checkin.find': findForCheckin,
  'checkin.roster': listRoster,
  'admin.role.grant': grantRole,
  'admin.role.revoke': revokeRole,
  'admin.role.list': listRoles,
  'admin.venue.upsert': upsertVenue,
  'admin.resource.upsert': upsertResource,
  'admin.seatmap.save': saveSeatMap,
  'admin.seatmap.get': getSeatMap,
  'admin.slot.create': createSlot,
  'admin.slot.bulkCreate': bulkCreateSlots,
  'admin.slot.capacity': setSlotCapacity,
  'admin.slot.close': closeSlotAction,
  'admin.resource.close': closeResourceAction,
  'admin.credit.lift': liftCredit,
  'admin.credit.blocked': blockedPeople,
  'setup.status': setupStatus,
  'setup.claim': claimSetup,
  'profile.update': updateProfile,
  'admin.invite.create': createInvite,
  'admin.invite.list': listInvites,
  'admin.invite.revoke': revokeInvite,
  'invite.accept': acceptInvite,
  'desk.book': bookAtDesk,
  'desk.bookRange': bookRangeAtDesk,
  'desk.booking': getDeskBooking,
  'desk.sell': sellAtDesk,
  'desk.refund': refundAtDesk,
  'desk.statement': deskStatement,
  'admin.finance.statement': financeStatement,
  'admin.audit.list': listAudit,
  'admin.feedback.list': listFeedback,
  'admin.feedback.followUp': followUpFeedback,
  'system.ping': ping,
};
