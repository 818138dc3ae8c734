// The action table: every action's input schema, who may call it, and whether it changes state
// (mutating actions require a requestId and are idempotent). Clients and the function share it.
import type { z } from 'zod';
import { empty } from './common';
import { attendeeAddInput, attendeeRemoveInput } from './attendee';
import { resourceListInput, slotListInput } from './catalog';
import { bookingCreateInput, bookingListInput, bookingRefInput } from './booking';
import { resourceUpsertInput, slotCreateInput, venueUpsertInput } from './admin';
import type { Access } from './roles';
import type { AttendeeView, BookingView, MeView, ResourceView, SlotView, VenueView } from './types';

interface ActionSpec<I extends z.ZodTypeAny, O, M extends boolean = boolean> {
  input: I;
  access: Access;
  mutating: M;
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
  'booking.create': action<BookingView>()({ input: bookingCreateInput, access: 'user', mutating: true }),
  'booking.list': action<BookingView[]>()({ input: bookingListInput, access: 'user', mutating: false }),
  'booking.get': action<BookingView>()({ input: bookingRefInput, access: 'user', mutating: false }),
  'booking.cancel': action<BookingView>()({ input: bookingRefInput, access: 'user', mutating: true }),
  'admin.venue.upsert': action<VenueView>()({ input: venueUpsertInput, access: 'admin', mutating: true }),
  'admin.resource.upsert': action<ResourceView>()({ input: resourceUpsertInput, access: 'manager', mutating: true }),
  'admin.slot.create': action<SlotView>()({ input: slotCreateInput, access: 'manager', mutating: true }),
  /** Does nothing: the baseline the benchmark compares a booking with. */
  'system.ping': action<{ pong: true }>()({ input: empty, access: 'public', mutating: false }),
} as const;

export type ActionName = keyof typeof ACTIONS;
export type ActionInput<A extends ActionName> = z.input<(typeof ACTIONS)[A]['input']>;
export type ParsedInput<A extends ActionName> = z.output<(typeof ACTIONS)[A]['input']>;
export type ActionOutput<A extends ActionName> = NonNullable<(typeof ACTIONS)[A]['output']>;
export type MutatingAction = { [A in ActionName]: (typeof ACTIONS)[A]['mutating'] extends true ? A : never }[ActionName];

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
export { parseInput, zhErrorMap } from './zh';
