// Day one at a real venue, through actions only, against the local cloud started empty (SEED=none,
// four instances): the set-up code claimed once by two people at the same moment, a venue, complaint
// departments, a resource with its slots and a lottery session, a manager and a staff member joining by
// invitation, a visitor booking and being checked in, a walk-in booked at the desk, a low rating
// followed up, and the trail of it all. Every step is also tried by a role that must be refused.
import { startHttpCloud, type HttpCloud } from './localCloud';
import { idNumberFor, unwrap } from '../fixtures';
import type {
  BookingView,
  CheckinTokenView,
  CheckinView,
  DepartmentView,
  FeedbackRecordView,
  InviteCreatedView,
  LotteryView,
  Page,
  AuditEntryView,
  ResourceView,
  SlotView,
  VenueView,
} from '@shared/contract';

const DIRECTOR = 'o-director-0001';
const RIVAL = 'o-rival-0002';
const MANAGER = 'o-manager-0003';
const STAFF = 'o-staff-0004';
const VISITOR = 'o-visitor-0005';
let t: HttpCloud;

beforeAll(async () => {
  t = await startHttpCloud();
  await t.post('/__dev/clock', { now: '2026-12-01T08:00:00+08:00' });
});
afterAll(async () => {
  await t.post('/__dev/clock', { now: null });
  await t.close();
});

const refused = (code: string) => ({ ok: false, error: { code } });
const ok = <T>(p: Promise<Parameters<typeof unwrap<T>>[0]>) => p.then((e) => unwrap<T>(e));

test('from an empty store to a checked-in visitor, each step refused for the wrong role', async () => {
  // Nothing yet: the first-run screen's facts, and no one may act as an admin.
  expect(await ok(t.call(null, 'setup.status', {}))).toEqual({ open: true, hasVenues: false });
  expect(await t.call(DIRECTOR, 'admin.venue.upsert', { name: '星河科技馆', kind: 'museum' })).toMatchObject(
    refused('FORBIDDEN'),
  );

  // Two people enter the code at the same moment: one becomes the admin.
  const code = t.cloud.setupCode;
  const claims = await Promise.all([DIRECTOR, RIVAL].map((o) => t.call(o, 'setup.claim', { code })));
  expect(claims.filter((c) => c.ok)).toHaveLength(1);
  const admin = claims[0].ok ? DIRECTOR : RIVAL;
  const loser = admin === DIRECTOR ? RIVAL : DIRECTOR;
  expect(claims[admin === DIRECTOR ? 1 : 0]).toMatchObject(refused('FORBIDDEN'));
  expect(await ok(t.call(null, 'setup.status', {}))).toEqual({ open: false, hasVenues: false });
  await ok(t.call(admin, 'profile.update', { name: '周馆长', phone: '13900000001' }));

  // The venue, its departments, a resource with slots and a lottery session.
  const venue = await ok<VenueView>(
    t.call(admin, 'admin.venue.upsert', {
      name: '星河科技馆',
      kind: 'museum',
      address: '滨江路 1 号',
      description: '面向青少年的科学探索馆',
      hours: { opens: '09:00', closes: '17:00' },
      closedWeekdays: [1],
      closedDates: ['2027-01-01'],
      contact: '0571-88880000',
    }),
  );
  expect(await t.call(loser, 'admin.venue.upsert', { name: '别的馆', kind: 'museum' })).toMatchObject(
    refused('FORBIDDEN'),
  );
  expect(await ok<VenueView[]>(t.call(null, 'venue.list', {}))).toEqual([
    expect.objectContaining({ id: venue.id, hours: { opens: '09:00', closes: '17:00' }, closedWeekdays: [1] }),
  ]);
  await ok<DepartmentView>(
    t.call(admin, 'admin.department.upsert', { name: '客服中心', categories: ['service'], receiving: true, order: 0 }),
  );
  const exhibitDept = await ok<DepartmentView>(
    t.call(admin, 'admin.department.upsert', { name: '展览部', categories: ['exhibit'], receiving: false, order: 1 }),
  );
  expect(exhibitDept.id).toEqual(expect.any(String));
  const resource = await ok<ResourceView>(
    t.call(admin, 'admin.resource.upsert', {
      venueId: venue.id,
      name: '球幕影院',
      kind: 'exhibit',
      mode: 'slot',
      allocation: 'fcfs',
    }),
  );
  const bulk = await ok<{ created: number }>(
    t.call(admin, 'admin.slot.bulkCreate', {
      resourceId: resource.id,
      from: '2026-12-02',
      to: '2026-12-04',
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      times: [{ start: '10:00', end: '10:40' }],
      capacity: 30,
    }),
  );
  expect(bulk.created).toBe(3);
  const lecture = await ok<ResourceView>(
    t.call(admin, 'admin.resource.upsert', {
      venueId: venue.id,
      name: '院士讲座',
      kind: 'event',
      mode: 'slot',
      allocation: 'lottery',
    }),
  );
  const session = await ok<SlotView>(
    t.call(admin, 'admin.slot.create', {
      resourceId: lecture.id,
      start: '2026-12-06T14:00:00+08:00',
      end: '2026-12-06T15:30:00+08:00',
      capacity: 100,
      closesAt: '2026-12-04T18:00:00+08:00',
      drawAt: '2026-12-05T10:00:00+08:00',
    }),
  );
  const lottery = await ok<LotteryView>(t.call(null, 'lottery.get', { slotId: session.id }));
  expect(lottery.commitment).toMatch(/^[0-9a-f]{64}$/);

  // A manager and a staff member join by invitation; scopes hold.
  const forManager = await ok<InviteCreatedView>(
    t.call(admin, 'admin.invite.create', { role: 'manager', venueId: venue.id }),
  );
  expect(forManager.path).toBe(`profile/invite/index?code=${forManager.code}`);
  expect(await t.call(MANAGER, 'admin.invite.create', { role: 'staff', venueId: venue.id })).toMatchObject(
    refused('FORBIDDEN'),
  );
  await ok(t.call(MANAGER, 'invite.accept', { code: forManager.code }));
  expect(await t.call(STAFF, 'invite.accept', { code: forManager.code })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE', details: { reason: 'invite_used' } },
  });
  const forStaff = await ok<InviteCreatedView>(
    t.call(MANAGER, 'admin.invite.create', { role: 'staff', venueId: venue.id }),
  );
  expect(await t.call(MANAGER, 'admin.invite.create', { role: 'admin' })).toMatchObject(refused('FORBIDDEN'));
  await ok(t.call(STAFF, 'invite.accept', { code: forStaff.code }));
  await ok(t.call(STAFF, 'profile.update', { name: '陈晓' }));
  expect(
    await t.call(STAFF, 'admin.slot.create', {
      resourceId: resource.id,
      start: '2026-12-05T10:00:00+08:00',
      end: '2026-12-05T10:40:00+08:00',
      capacity: 5,
    }),
  ).toMatchObject(refused('FORBIDDEN'));
  expect(await t.call(STAFF, 'admin.invite.create', { role: 'staff', venueId: venue.id })).toMatchObject(
    refused('FORBIDDEN'),
  );

  // A visitor books tomorrow's show; staff check them in at the door.
  const [slot] = await ok<SlotView[]>(
    t.call(VISITOR, 'slot.list', { resourceId: resource.id, from: '2026-12-02', to: '2026-12-02' }),
  );
  const attendee = await ok<{ id: string }>(
    t.call(VISITOR, 'attendee.add', {
      name: '林小雨',
      phone: '13800000005',
      idType: 'id_card',
      idNumber: idNumberFor(5),
      consent: true,
    }),
  );
  const booking = await ok<BookingView>(
    t.call(VISITOR, 'booking.create', { slotId: slot.id, attendeeIds: [attendee.id] }),
  );
  expect(booking.status).toBe('confirmed');
  await t.post('/__dev/clock', { now: '2026-12-02T09:50:00+08:00' });
  const { token } = await ok<CheckinTokenView>(t.call(VISITOR, 'checkin.token', { bookingId: booking.id }));
  expect(await t.call(VISITOR, 'checkin.scan', { token })).toMatchObject(refused('FORBIDDEN'));
  await ok(t.call(STAFF, 'checkin.scan', { token }));
  expect((await ok<BookingView>(t.call(VISITOR, 'booking.get', { bookingId: booking.id }))).status).toBe('checked_in');

  // A walk-in at the ticket window, booked by staff under the same rules, checked in by hand.
  const walkIn = await ok<BookingView>(
    t.call(STAFF, 'desk.book', {
      slotId: slot.id,
      name: '王大爷',
      phone: '13700000006',
      idType: 'id_card',
      idNumber: idNumberFor(6),
      needs: '轮椅',
    }),
  );
  expect(walkIn.desk).toMatchObject({ name: '王大爷', needs: '轮椅', bookedBy: { name: '陈晓' } });
  expect(
    await t.call(VISITOR, 'desk.book', {
      slotId: slot.id,
      name: '王大爷',
      phone: '13700000006',
      idType: 'id_card',
      idNumber: idNumberFor(6),
    }),
  ).toMatchObject(refused('FORBIDDEN'));
  const entered = await ok<CheckinView>(t.call(STAFF, 'checkin.manual', { bookingId: walkIn.id }));
  expect(entered.booking.checkedInBy).toBe('陈晓');

  // The visitor rates the visit low; the manager reads it and follows up.
  await ok(
    t.call(VISITOR, 'feedback.create', {
      bookingId: booking.id,
      experience: 2,
      exhibitCondition: 3,
      service: 4,
      comment: '座椅有些损坏',
    }),
  );
  expect(await t.call(STAFF, 'admin.feedback.list', {})).toMatchObject(refused('FORBIDDEN'));
  const low = await ok<Page<FeedbackRecordView>>(
    t.call(MANAGER, 'admin.feedback.list', { venueId: venue.id, maxScore: 2 }),
  );
  expect(low.items).toEqual([expect.objectContaining({ comment: '座椅有些损坏', needsFollowUp: true })]);
  await ok(t.call(MANAGER, 'admin.feedback.followUp', { feedbackId: low.items[0].id, note: '已致电致歉，座椅已报修' }));

  // The trail: every state change above, by whom, none by OpenID.
  expect(await t.call(STAFF, 'admin.audit.list', {})).toMatchObject(refused('FORBIDDEN'));
  const trail: AuditEntryView[] = [];
  for (let after: string | undefined, i = 0; i < 10; i++) {
    const page = await ok<Page<AuditEntryView>>(t.call(admin, 'admin.audit.list', { after }));
    trail.push(...page.items);
    if (!(after = page.next)) break;
  }
  expect(new Set(trail.map((e) => e.action))).toEqual(
    new Set([
      'setup.claim',
      'admin.venue.upsert',
      'admin.department.upsert',
      'admin.resource.upsert',
      'admin.slot.bulkCreate',
      'admin.slot.create',
      'admin.invite.create',
      'invite.accept',
      'checkin.scan',
      'desk.book',
      'checkin.manual',
      'admin.feedback.followUp',
    ]),
  );
  expect(trail.find((e) => e.action === 'checkin.scan')).toMatchObject({ actor: { name: '陈晓' }, venueId: venue.id });
  expect(JSON.stringify(trail)).not.toMatch(new RegExp(`${DIRECTOR}|${RIVAL}|${STAFF}|13700000006`));
});
