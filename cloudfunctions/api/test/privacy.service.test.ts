// Stored answers hold no personal data in clear. Every mutating action's answer is kept in `requests`
// for 7 days to answer retries (idempotency.ts), so after the visitor's and the staff's flows — an
// attendee, a booking checked in and rated, a block lifted, a complaint filed online and one registered
// by phone, each around the whole loop, and a retry — no stored record holds the phone numbers, the ID
// number or the name used. The desk still reads the full contact through complaint.get.
import type { ActionInput, ActionName, ComplaintView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { idNumberFor, makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';

const ADMIN = 'p-admin';
const DESK = 'p-desk';
const EXH = 'p-handler';
const STAFF = 'p-staff';
const VISITOR = 'p-visitor';
const PERSON = 4242;
/** What makeAttendee enters for PERSON. */
const PHONE = `139${String(PERSON).padStart(8, '0')}`;
const ID_NUMBER = idNumberFor(PERSON);
const OFFLINE_PHONE = '13700002222';
const OFFLINE_NAME = '钱晓红';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: DESK, roles: [{ role: 'manager', venueId: 'v1' }] },
    { openid: EXH, roles: [{ role: 'handler', departmentId: 'dept-exhibition' }] },
    { openid: STAFF, roles: [{ role: 'staff', venueId: 'v1' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'v1');
  unwrap(
    await h.call(ADMIN, 'admin.department.upsert', { id: 'dept-exhibition', name: '展览部', categories: ['exhibit'] }),
  );
});
afterAll(() => h.close());

const complaint = async <A extends ActionName>(openid: string, action: A, data: ActionInput<A>, requestId?: string) =>
  unwrap(await h.call<ComplaintView>(openid, action, data, requestId));

/** Route, propose, resolve, reply; then the complainant (or the desk for them) is satisfied; follow up, archive. */
async function aroundTheLoop(id: string, confirmer: string): Promise<void> {
  await complaint(DESK, 'complaint.route', { complaintId: id, departmentId: 'dept-exhibition', complexity: 'general' });
  await complaint(EXH, 'complaint.propose', { complaintId: id, text: '检修展项' });
  await complaint(EXH, 'complaint.resolve', { complaintId: id, text: '已修复' });
  await complaint(DESK, 'complaint.reply', { complaintId: id });
  await complaint(confirmer, 'complaint.confirm', { complaintId: id, satisfied: true });
  await complaint(DESK, 'complaint.followUp', { complaintId: id, text: '电话回访' });
  await complaint(DESK, 'complaint.archive', { complaintId: id });
}

test('no stored answer holds a phone number, an ID number or a name in clear', async () => {
  const resource = await makeResource(h.call, ADMIN, 'v1', {}, 'pr1');
  const slot = await makeSlot(h.call, ADMIN, resource, '2026-12-01T11:00:00+08:00', '2026-12-01T12:00:00+08:00', 10);
  const attendee = await makeAttendee(h.call, VISITOR, PERSON);
  const booking = unwrap(
    await h.call<{ id: string }>(VISITOR, 'booking.create', { slotId: slot, attendeeIds: [attendee] }),
  );
  h.setNow('2026-12-01T10:45:00+08:00');
  unwrap(await h.call(STAFF, 'checkin.manual', { bookingId: booking.id }));
  unwrap(await h.call(STAFF, 'checkin.attendance', { bookingId: booking.id, attendeeIds: [attendee] }));
  unwrap(
    await h.call(VISITOR, 'feedback.create', { bookingId: booking.id, experience: 4, exhibitCondition: 3, service: 5 }),
  );
  unwrap(await h.call(DESK, 'admin.credit.lift', { attendeeId: attendee, reason: '系统误判' }));

  const filing: ActionInput<'complaint.create'> = {
    category: 'exhibit',
    content: '展项无法演示',
    bookingId: booking.id,
    contact: PHONE,
  };
  const online = await complaint(VISITOR, 'complaint.create', filing, 'p-file-1');
  // A retry is answered from the stored record: masked as the first answer.
  expect(await complaint(VISITOR, 'complaint.create', filing, 'p-file-1')).toEqual(online);
  expect(online.contact).toBe('139****4242');
  await aroundTheLoop(online.id, VISITOR);
  const offline = await complaint(STAFF, 'complaint.register', {
    channel: 'phone',
    category: 'exhibit',
    content: '展项无法演示',
    contact: OFFLINE_PHONE,
    name: OFFLINE_NAME,
  });
  expect(offline).toMatchObject({ contact: '137****2222', name: '钱*红' });
  await aroundTheLoop(offline.id, DESK);

  // Who calls back reads the full contact, from an answer nothing stores.
  expect(await complaint(DESK, 'complaint.get', { complaintId: offline.id })).toMatchObject({
    contact: OFFLINE_PHONE,
    name: OFFLINE_NAME,
  });
  expect((await complaint(VISITOR, 'complaint.get', { complaintId: online.id })).contact).toBe(PHONE);

  const stored = h.store.find('requests', { where: {} });
  // The records of the mutating calls above (the retry adds none), each with its answer.
  expect(stored.length).toBeGreaterThanOrEqual(24);
  expect(stored.every((r) => r.state === 'done' && r.answer)).toBe(true);
  for (const record of stored) {
    const text = JSON.stringify(record);
    for (const secret of [PHONE, ID_NUMBER, OFFLINE_PHONE, OFFLINE_NAME]) expect(text).not.toContain(secret);
  }
  // The complaints keep the contact encrypted, with a masked copy.
  const complaints = JSON.stringify(h.store.find('complaints', { where: {} }));
  expect(complaints).not.toContain(PHONE);
  expect(complaints).not.toContain(OFFLINE_PHONE);
});
