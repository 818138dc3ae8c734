// The collections the function uses and their indexes: the one place they are declared.
// The local cloud creates and enforces the unique ones from this list; when deploying to WeChat,
// create the same collections and indexes in the cloud console (README lists them).

export const COLLECTIONS = {
  users: 'users',
  venues: 'venues',
  resources: 'resources',
  slots: 'slots',
  attendees: 'attendees',
  bookings: 'bookings',
  claims: 'claims',
  requests: 'requests',
  audit: 'audit',
  waitlist: 'waitlist',
  queues: 'queues',
  notices: 'notices',
  noshows: 'noshows',
  creditLifts: 'creditLifts',
  blocks: 'blocks',
  feedback: 'feedback',
  lotteries: 'lotteries',
  applications: 'applications',
  departments: 'departments',
  complaints: 'complaints',
  subscriptions: 'subscriptions',
  messages: 'messages',
  settings: 'settings',
  invites: 'invites',
  intervalDays: 'intervalDays',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export interface IndexSpec {
  collection: CollectionName;
  name: string;
  /** Field paths, ascending. */
  keys: string[];
  unique: boolean;
}

export const INDEXES: IndexSpec[] = [
  // One attendee record per person per account (several accounts may hold the same person).
  { collection: 'attendees', name: 'owner_idHash', keys: ['openid', 'idHash'], unique: true },
  { collection: 'attendees', name: 'owner', keys: ['openid'], unique: false },
  // Two slots of one resource never start at the same instant.
  { collection: 'slots', name: 'resource_start', keys: ['resourceId', 'start'], unique: true },
  { collection: 'slots', name: 'resource_date', keys: ['resourceId', 'date'], unique: false },
  { collection: 'resources', name: 'venue', keys: ['venueId'], unique: false },
  { collection: 'bookings', name: 'owner_created', keys: ['openid', 'createdAt'], unique: false },
  { collection: 'bookings', name: 'slot_status', keys: ['slotId', 'status'], unique: false },
  { collection: 'audit', name: 'at', keys: ['at'], unique: false },
  { collection: 'audit', name: 'venue_at', keys: ['venueId', 'at'], unique: false },
  { collection: 'audit', name: 'actor_at', keys: ['actor', 'at'], unique: false },
  { collection: 'invites', name: 'venue_created', keys: ['venueId', 'createdAt'], unique: false },
  { collection: 'requests', name: 'createdAt', keys: ['createdAt'], unique: false },
  { collection: 'bookings', name: 'status_end', keys: ['status', 'end'], unique: false },
  { collection: 'bookings', name: 'status_start', keys: ['status', 'start'], unique: false },
  { collection: 'bookings', name: 'resource_date', keys: ['resourceId', 'date'], unique: false },
  { collection: 'bookings', name: 'status_confirmBy', keys: ['status', 'confirmBy'], unique: false },
  { collection: 'bookings', name: 'status_holdUntil', keys: ['status', 'order.holdUntil'], unique: false },
  { collection: 'bookings', name: 'orderStatus_updated', keys: ['order.status', 'updatedAt'], unique: false },
  { collection: 'bookings', name: 'venue_paidAt', keys: ['venueId', 'order.payment.at'], unique: false },
  { collection: 'bookings', name: 'venue_refundedAt', keys: ['venueId', 'order.refunds.settledAt'], unique: false },
  { collection: 'bookings', name: 'owner_resource_date', keys: ['openid', 'resourceId', 'date'], unique: false },
  { collection: 'bookings', name: 'venue_status', keys: ['venueId', 'status'], unique: false },
  { collection: 'slots', name: 'waiting_remaining', keys: ['waiting', 'remaining'], unique: false },
  { collection: 'waitlist', name: 'owner', keys: ['openid', 'createdAt'], unique: false },
  { collection: 'waitlist', name: 'slot_status_seq', keys: ['slotId', 'status', 'seq'], unique: false },
  { collection: 'notices', name: 'owner', keys: ['openid', 'createdAt'], unique: false },
  { collection: 'noshows', name: 'person_venue', keys: ['idHash', 'venueId', 'at'], unique: false },
  { collection: 'creditLifts', name: 'person_venue', keys: ['idHash', 'venueId', 'at'], unique: false },
  { collection: 'blocks', name: 'person_venue_until', keys: ['idHash', 'venueId', 'until'], unique: false },
  { collection: 'blocks', name: 'venue_until', keys: ['venueId', 'until'], unique: false },
  { collection: 'bookings', name: 'venue_date', keys: ['venueId', 'date'], unique: false },
  { collection: 'feedback', name: 'venue_created', keys: ['venueId', 'createdAt'], unique: false },
  { collection: 'lotteries', name: 'status_closes', keys: ['status', 'closesAt'], unique: false },
  { collection: 'lotteries', name: 'losers_done', keys: ['losers.done'], unique: false },
  { collection: 'applications', name: 'slot_status_id', keys: ['slotId', 'status', '_id'], unique: false },
  { collection: 'applications', name: 'slot_status_rank', keys: ['slotId', 'status', 'rank'], unique: false },
  { collection: 'applications', name: 'owner', keys: ['openid', 'createdAt'], unique: false },
  { collection: 'applications', name: 'won_confirmBy', keys: ['status', 'confirmBy'], unique: false },
  { collection: 'applications', name: 'forfeited_passedOn', keys: ['status', 'passedOn'], unique: false },
  { collection: 'complaints', name: 'owner', keys: ['openid', 'createdAt'], unique: false },
  { collection: 'complaints', name: 'queue', keys: ['status', 'createdAt'], unique: false },
  { collection: 'complaints', name: 'department', keys: ['departmentId', 'createdAt'], unique: false },
  { collection: 'complaints', name: 'venue_created', keys: ['venueId', 'createdAt'], unique: false },
  // The escalation job: deadlines not yet escalated, by due time.
  { collection: 'complaints', name: 'deadline', keys: ['deadline.escalated', 'deadline.due'], unique: false },
  { collection: 'subscriptions', name: 'owner', keys: ['openid'], unique: false },
  // The delivery job: messages due, and deliveries whose lease ran out.
  { collection: 'messages', name: 'due', keys: ['status', 'nextAttemptAt'], unique: false },
  { collection: 'messages', name: 'lease', keys: ['status', 'leaseUntil'], unique: false },
  // Days of resources booked by the hour: closed days still being swept, and reservations not yet seen
  // with their booking (the sweepClosedDays and freeOrphanReservations jobs).
  { collection: 'intervalDays', name: 'sweep', keys: ['sweepPending'], unique: false },
  { collection: 'intervalDays', name: 'unsettled', keys: ['unsettledSince'], unique: false },
];
