// The stored shapes. Instants are epoch ms; `date` is the Asia/Shanghai business date of `start`.
import type { IdType } from '@shared/rules/idDocument';
import type { PolicyOverrides } from '@shared/rules/policy';
import type { BookingStatus, RoleGrant } from '@shared/contract';
import type { ResourceView, VenueView } from '@shared/contract';

export interface UserDoc {
  _id: string; // openid
  roles: RoleGrant[];
  privacyConsent?: { version: string; at: number };
  createdAt: number;
}

export interface VenueDoc extends Omit<VenueView, 'id'> {
  _id: string;
  order: number;
  updatedAt: number;
}

export interface ResourceDoc extends Omit<ResourceView, 'id' | 'policy'> {
  _id: string;
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
  /** Places left; changed only by one conditional atomic update (see booking/places.ts). */
  remaining: number;
  cancelled: boolean;
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
  /** The per-ID-per-day claims this booking holds (see booking/claims.ts). */
  claimIds: string[];
  /** Fixed when booked: the rules the visitor agreed to. */
  cancelDeadline: number;
  createdAt: number;
  updatedAt: number;
  cancelledAt?: number;
}

export interface ClaimDoc {
  _id: string; // idHash:resourceId:date:k
  bookingId: string;
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
  _id?: string;
  at: number;
  actor: string;
  action: string;
  target: string;
  detail?: Record<string, unknown>;
}
