// The set-up the by-the-hour service tests share (seed 004): the company venue with its people, its
// resources booked by the hour and its colleagues' profiles, made in one call; and the small steps every
// such test takes (a business instant, a booking of a range, a cell's free units, a day ledger as stored).
// Each test file keeps its own openids, times and policies: those are its inputs.
import type { ActionInput, BookingView, IntervalDayView } from '@shared/contract';
import { rid, seedUsers, type Harness } from './harness';
import { makeVenue, unwrap, type Call } from './fixtures';

/** The venue whose rooms, showrooms, sample stores and equipment colleagues book by the hour. */
const COMPANY = 'company';
/** Where outsiders hold their role: not the company, so its resources are not theirs to serve. */
const ELSEWHERE = 'elsewhere';
/** The phone colleagues give on their profiles unless a test says otherwise. */
const COLLEAGUE_PHONE = '13912345678';

/** The instant of a wall-clock time on a business day (Asia/Shanghai), as the contract writes it. */
export const businessInstant = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;

type ResourceInput = ActionInput<'admin.resource.upsert'>;
export type IntervalPolicy = NonNullable<ResourceInput['policy']>;
export type IntervalRules = NonNullable<IntervalPolicy['interval']>;

/** A resource of the company booked by the hour: what a test says about it. */
export interface IntervalResourceSpec {
  id: string;
  name: string;
  kind: ResourceInput['kind'];
  policy: IntervalPolicy;
}

export interface Company {
  admin: string;
  manager?: string;
  staff?: string;
  /** Someone with a role at another venue, for the refusals of those not of the company. */
  outsider?: { openid: string; role: 'manager' | 'staff' };
  /** Its resources booked by the hour, created by the admin in this order. */
  resources?: IntervalResourceSpec[];
  /** Colleagues who book as themselves (openid → name): a profile each, with the usual phone. */
  colleagues?: Record<string, string>;
}

/**
 * The company as a test needs it, in the order people would make it: the roles granted, the venue and
 * then its resources created by the admin, then the colleagues' profiles.
 */
export async function makeCompany(h: Harness, company: Company): Promise<void> {
  await grantRoles(h, company);
  await makeVenue(h.call, company.admin, COMPANY);
  for (const spec of company.resources ?? []) await makeIntervalResource(h.call, company.admin, spec);
  await makeColleagues(h.call, company.colleagues ?? {});
}

function grantRoles(h: Harness, { admin, manager, staff, outsider }: Company) {
  return seedUsers(h.store, [
    { openid: admin, roles: [{ role: 'admin' }] },
    ...(manager ? [{ openid: manager, roles: [{ role: 'manager', venueId: COMPANY }] }] : []),
    ...(staff ? [{ openid: staff, roles: [{ role: 'staff', venueId: COMPANY }] }] : []),
    ...(outsider ? [{ openid: outsider.openid, roles: [{ role: outsider.role, venueId: ELSEWHERE }] }] : []),
  ]);
}

/** admin.resource.upsert's input for a resource of the company booked by the hour, first come first served. */
export const intervalResourceInput = ({ id, name, kind, policy }: IntervalResourceSpec): ResourceInput => ({
  id,
  venueId: COMPANY,
  name,
  kind,
  mode: 'interval',
  allocation: 'fcfs',
  policy,
});

async function makeIntervalResource(call: Call, admin: string, spec: IntervalResourceSpec): Promise<void> {
  unwrap(await call(admin, 'admin.resource.upsert', intervalResourceInput(spec)));
}

/** Colleagues' profiles (openid → name), with the usual phone unless the contact says otherwise. */
export async function makeColleagues(
  call: Call,
  names: Record<string, string>,
  contact: Omit<ActionInput<'profile.update'>, 'name'> = { phone: COLLEAGUE_PHONE },
): Promise<void> {
  // One after another, as people sign up: the profiles do not race each other.
  for (const [openid, name] of Object.entries(names))
    unwrap(await call(openid, 'profile.update', { name, ...contact }));
}

/** A booking.create of a range given as a business date and two wall-clock times. */
export type RangeAsk = Omit<ActionInput<'booking.create'>, 'start' | 'end'> & {
  date: string;
  from: string;
  to: string;
};

/** Asks for a range by the hour; answers the envelope, refusals included. */
export const bookRange = (
  call: Call,
  openid: string,
  { date, from, to, resourceId, ...rest }: RangeAsk,
  requestId = rid(),
) =>
  call<BookingView>(
    openid,
    'booking.create',
    { resourceId, start: businessInstant(date, from), end: businessInstant(date, to), ...rest },
    requestId,
  );

/** The booking as its booker sees it. */
export const getBooking = async (call: Call, openid: string, bookingId: string) =>
  unwrap(await call<BookingView>(openid, 'booking.get', { bookingId }));

/** Free units of the resource's cell starting at hhmm, as anyone sees the day. */
export async function freeUnitsAt(call: Call, resourceId: string, date: string, hhmm: string) {
  const day = unwrap(await call<IntervalDayView>(null, 'resource.day', { resourceId, date }));
  return day.cells.find((c) => c.start === businessInstant(date, hhmm))?.free;
}

/** The day ledger of a resource as stored (`intervalDays`), read as the fields a test looks at. */
export const dayLedger = <T>(h: Harness, resourceId: string, date: string) =>
  h.store.find('intervalDays', { id: `${resourceId}:${date}` })[0] as unknown as T;
