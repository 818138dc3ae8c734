// desk.bookRange: customer service books a resource by the hour for a customer (seed 004: 客户通过电话、
// 邮件等向客户服务部门提出预约，客户服务部门详细记录客户信息、公司名称、预约资源、使用时间和特殊需求).
// As desk.book (book.ts), the customer becomes a walk-in account of their own derived from (staff,
// requestId), and booking.create's own flow by the hour runs for it (modules/interval/book.ts): the ledger,
// the rules and the offers hold as for anyone, with the customers' longer window (customerExtraDays).
// Where the resource is real-name the customer's ID document is recorded like a walk-in's; elsewhere
// the name and masked phone stand on the booking, and the phone's keyed hash in its request hash.
import { grantsRole, PRIVACY_NOTICE_VERSION, type ParsedInput } from '@shared/contract';
import { AppError } from '@shared/errors';
import { maskPhone } from '@shared/rules/idDocument';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { hashPayload } from '../../idempotency';
import { newAttendeeDoc } from '../attendee/add';
import { bookingIdOf } from '../booking/create';
import { bookingResource } from '../catalog/repository';
import { bookInterval } from '../interval/book';
import { deskOwner, type DeskBooking } from './access';
import { deskBookingView } from './view';
import { forgetWalkIn, saveWalkIn } from './walkIn';

type Input = ParsedInput<'desk.bookRange'>;

/** The customer's ID record, on a real-name resource (INVALID_INPUT without one). */
function customerRecord(deps: Deps, owner: string, input: Input, realName: boolean) {
  if (!realName) return null;
  if (!input.idType || !input.idNumber)
    throw new AppError(
      'INVALID_INPUT',
      { fields: [{ path: 'data.idNumber', message: '该项目需登记客户证件' }] },
      '该项目需登记客户证件',
    );
  return newAttendeeDoc(deps, owner, { ...input, idType: input.idType, idNumber: input.idNumber }, deps.clock());
}

export const bookRangeAtDesk: Handler<'desk.bookRange'> = async ({ deps, openid, roles, requestId, record }, input) => {
  const rid = requestId!;
  const owner = deskOwner(openid, rid);
  const resource = await bookingResource(deps.db, input.resourceId);
  if (!grantsRole(roles, 'staff', resource.venueId))
    throw new AppError('FORBIDDEN', { venueId: resource.venueId }, '只能为本场馆的资源代为预约');
  const person = customerRecord(deps, owner, input, resolvePolicy(resource.policy).realName);
  const phoneMasked = maskPhone(input.phone);
  const desk: BookingDoc['desk'] = {
    name: input.name,
    phoneMasked,
    company: input.company,
    ...(input.needs ? { needs: input.needs } : {}),
    bookedBy: openid,
    consent: person?.consent ?? { version: PRIVACY_NOTICE_VERSION, at: deps.clock() },
  };
  const requestHash = hashPayload('desk.bookRange', {
    ...input,
    phone: deps.pii.hash('phone', input.phone),
    ...(person ? { idNumber: person.idHash } : {}),
  });
  const booking = { kind: 'interval' as const, ...input, attendeeIds: person ? [person._id] : [] };
  if (person) await saveWalkIn(deps, person);
  let booked: BookingDoc;
  try {
    ({ booking: booked } = await bookInterval(deps, owner, bookingIdOf(owner, rid), booking, requestHash, {
      desk,
      booker: { name: input.name, phoneMasked },
    }));
  } catch (e) {
    if (person && e instanceof AppError) await forgetWalkIn(deps, person, rid);
    throw e;
  }
  record({ venueId: booked.venueId, target: booked._id, detail: { company: input.company } });
  return deskBookingView(deps, booked as DeskBooking, deps.clock());
};
