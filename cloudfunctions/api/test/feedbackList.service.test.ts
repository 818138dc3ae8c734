// Ratings for managers: admin.feedback.list filtered by venue, by business-date period and by lowest
// score, paged newest first with `next`; a manager reaches only their venues; a low rating takes a
// follow-up note (shown in the list, audited), a high one is refused.
import type { BookingView, FeedbackRecordView, FeedbackView, Page } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';

const ADMIN = 'fb-admin';
const MANAGER_A = 'fb-manager-a';
const MANAGER_B = 'fb-manager-b';
const VISIT = '2026-12-03T10:00:00+08:00';
let h: Harness;
let person = 30000;

/** Visitor i's rating at venue A: lowest score 1 + i % 5 (experience), the others 5. */
const ratings: FeedbackView[] = [];
let ratingB: FeedbackView;

/** When visitor i rates: 11 on Dec 3 (the last at 23:59), 14 on Dec 4 (the first at 00:01, still Dec 3 in UTC). */
function ratedAt(i: number): string {
  if (i < 10) return `2026-12-03T12:${String(i).padStart(2, '0')}:00+08:00`;
  if (i === 10) return '2026-12-03T23:59:00+08:00';
  if (i === 11) return '2026-12-04T00:01:00+08:00';
  return `2026-12-04T10:${String(i).padStart(2, '0')}:00+08:00`;
}

/** A visitor books the slot, is checked in, and rates the visit at `at`. */
async function visitAndRate(openid: string, slotId: string, at: string, lowest: number): Promise<FeedbackView> {
  h.setNow('2026-12-01T10:00:00+08:00');
  const attendeeId = await makeAttendee(h.call, openid, ++person);
  const booking = unwrap(await h.call<BookingView>(openid, 'booking.create', { slotId, attendeeIds: [attendeeId] }));
  h.setNow('2026-12-03T10:05:00+08:00');
  unwrap(await h.call(ADMIN, 'checkin.manual', { bookingId: booking.id }));
  h.setNow(at);
  return unwrap(
    await h.call<FeedbackView>(openid, 'feedback.create', {
      bookingId: booking.id,
      experience: lowest,
      exhibitCondition: 5,
      service: 5,
      comment: `第${person}位的评价`,
    }),
  );
}

const list = (openid: string, data: Record<string, unknown> = {}) =>
  h.call<Page<FeedbackRecordView>>(openid, 'admin.feedback.list', data);

/** Every page of a listing, following `next`. */
async function allPages(openid: string, data: Record<string, unknown> = {}): Promise<FeedbackRecordView[][]> {
  const pages: FeedbackRecordView[][] = [];
  let after: string | undefined;
  do {
    const page = unwrap(await list(openid, { ...data, ...(after ? { after } : {}) }));
    pages.push(page.items);
    after = page.next;
  } while (after);
  return pages;
}

beforeAll(async () => {
  h = await startHarness('2026-12-01T10:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: MANAGER_B, roles: [{ role: 'manager', venueId: 'fb-b' }] },
  ]);
  await h.store.insert('users', [
    {
      _id: MANAGER_A,
      roles: [{ role: 'manager', venueId: 'fb-a' }],
      profile: { name: '王经理', updatedAt: 0 },
      createdAt: 0,
    },
  ]);
  await makeVenue(h.call, ADMIN, 'fb-a');
  await makeVenue(h.call, ADMIN, 'fb-b');
  const slotA = await makeSlot(
    h.call,
    ADMIN,
    await makeResource(h.call, ADMIN, 'fb-a', {}, 'fb-ra'),
    VISIT,
    '2026-12-03T11:00:00+08:00',
    30,
  );
  const slotB = await makeSlot(
    h.call,
    ADMIN,
    await makeResource(h.call, ADMIN, 'fb-b', {}, 'fb-rb'),
    VISIT,
    '2026-12-03T11:00:00+08:00',
    5,
  );
  for (let i = 0; i < 25; i++) ratings.push(await visitAndRate(`fb-visitor-${i}`, slotA, ratedAt(i), 1 + (i % 5)));
  ratingB = await visitAndRate('fb-visitor-b', slotB, '2026-12-03T13:00:00+08:00', 1);
}, 60_000); // 26 visits, each booked, checked in and rated through the actions
afterAll(() => h.close());

test('a manager pages through their venue’s ratings newest first, 20 a page, with the visit and not the visitor', async () => {
  const pages = await allPages(MANAGER_A);
  expect(pages.map((p) => p.length)).toEqual([20, 5]);
  const items = pages.flat();
  expect(items.map((x) => x.id)).toEqual([...ratings].reverse().map((r) => r.id));
  expect(items.every((x) => x.venueId === 'fb-a')).toBe(true);
  expect(items[items.length - 1]).toEqual({
    ...ratings[0],
    venueId: 'fb-a',
    resourceId: 'fb-ra',
    resourceName: 'VR飞行体验',
    start: VISIT,
    lowest: 1,
    needsFollowUp: true,
  });
  expect(items.find((x) => x.id === ratings[4].id)).toMatchObject({ lowest: 5, needsFollowUp: false });
  expect(JSON.stringify(items)).not.toMatch(/fb-visitor|openid|attendee|idMasked/);
});

test('the venue filter: an admin picks a venue; a manager of another venue is FORBIDDEN there and sees only their own', async () => {
  expect(unwrap(await list(ADMIN, { venueId: 'fb-b' })).items.map((x) => x.id)).toEqual([ratingB.id]);
  expect((await allPages(ADMIN)).flat()).toHaveLength(26);
  expect(await list(MANAGER_B, { venueId: 'fb-a' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await list(MANAGER_A, { venueId: 'fb-b' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(unwrap(await list(MANAGER_B)).items.map((x) => x.id)).toEqual([ratingB.id]);
  expect(unwrap(await list(MANAGER_A, { venueId: 'fb-a' })).items).toHaveLength(20);
});

test('the period is of business dates (Asia/Shanghai), both ends included', async () => {
  const dec3 = (await allPages(MANAGER_A, { from: '2026-12-03', to: '2026-12-03' })).flat();
  expect(dec3.map((x) => x.id).sort()).toEqual(
    ratings
      .slice(0, 11)
      .map((r) => r.id)
      .sort(),
  );
  const dec4 = (await allPages(MANAGER_A, { from: '2026-12-04' })).flat();
  expect(dec4.map((x) => x.id).sort()).toEqual(
    ratings
      .slice(11)
      .map((r) => r.id)
      .sort(),
  );
  expect((await allPages(MANAGER_A, { to: '2026-12-02' })).flat()).toEqual([]);
  expect(await list(MANAGER_A, { from: '2026-12-04', to: '2026-12-03' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('maxScore keeps ratings whose lowest score is at most it, and pages the same way', async () => {
  const low = (await allPages(MANAGER_A, { maxScore: 2 })).flat();
  expect(low.map((x) => x.id)).toEqual(
    ratings
      .filter((_, i) => i % 5 < 2)
      .reverse()
      .map((r) => r.id),
  );
  expect(low.every((x) => x.lowest <= 2)).toBe(true);
  const lowOnDec4 = (await allPages(MANAGER_A, { maxScore: 1, from: '2026-12-04', to: '2026-12-04' })).flat();
  expect(lowOnDec4.map((x) => x.id)).toEqual([ratings[20].id, ratings[15].id]);
  expect(await list(MANAGER_A, { after: 'not a cursor' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.after' }] } },
  });
});

test('a follow-up on a low rating is stored, shown and audited; a high rating, another venue or no rating is refused', async () => {
  h.setNow('2026-12-05T09:30:00+08:00');
  const low = ratings[0];
  const noted = unwrap(
    await h.call<FeedbackRecordView>(MANAGER_A, 'admin.feedback.followUp', {
      feedbackId: low.id,
      note: '已电话回访，致歉并邀请再次参观',
    }),
  );
  expect(noted).toMatchObject({
    id: low.id,
    lowest: 1,
    needsFollowUp: false,
    followUp: { note: '已电话回访，致歉并邀请再次参观', at: '2026-12-05T09:30:00+08:00', by: { name: '王经理' } },
  });
  expect(noted.followUp!.by.idMasked).not.toContain(MANAGER_A);
  const shown = (await allPages(MANAGER_A, { maxScore: 1 })).flat().find((x) => x.id === low.id);
  expect(shown).toEqual(noted);
  expect(h.store.find('audit', { where: { action: 'admin.feedback.followUp', actor: MANAGER_A } })).toEqual([
    expect.objectContaining({ venueId: 'fb-a', target: low.id }),
  ]);

  expect(
    await h.call(MANAGER_A, 'admin.feedback.followUp', { feedbackId: ratings[4].id, note: '无需回访的好评' }),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', details: { reason: 'rating_not_low' } } });
  expect(
    await h.call(MANAGER_B, 'admin.feedback.followUp', { feedbackId: ratings[5].id, note: '越权回访' }),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await h.call(MANAGER_A, 'admin.feedback.followUp', { feedbackId: 'nope', note: '不存在' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(h.store.find('feedback', { id: ratings[5].id })[0]).not.toHaveProperty('followUp');
});
