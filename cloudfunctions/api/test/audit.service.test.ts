// admin.audit.list: every state change by a role leaves one entry (a repeated delivery does not add
// one), people appear by profile name and masked id, never by OpenID, personal data stays out of the
// trail, and a manager reads the trail of their own venues only. Filters and pages.
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import type { AuditEntryView, Page } from '@shared/contract';

const ADMIN = 'admin-openid-0001';
const MANAGER_A = 'manager-openid-a';
const MANAGER_B = 'manager-openid-b';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: MANAGER_A, roles: [{ role: 'manager', venueId: 'va' }] },
    { openid: MANAGER_B, roles: [{ role: 'manager', venueId: 'vb' }] },
  ]);
  unwrap(await h.call(MANAGER_A, 'profile.update', { name: '李经理', phone: '13912345678' }));
  await makeVenue(h.call, ADMIN, 'va');
  await makeVenue(h.call, ADMIN, 'vb');
  await makeResource(h.call, MANAGER_A, 'va', {}, 'ra');
  await makeResource(h.call, MANAGER_B, 'vb', {}, 'rb');
});
afterAll(() => h.close());

const list = async (openid: string, data: Record<string, unknown> = {}) =>
  unwrap(await h.call<Page<AuditEntryView>>(openid, 'admin.audit.list', data));

test('a manager reads their venues only; the leadership group reads every entry', async () => {
  const mine = await list(MANAGER_A);
  expect(mine.items.length).toBeGreaterThan(0);
  expect(new Set(mine.items.map((e) => e.venueId))).toEqual(new Set(['va']));
  expect(await h.call(MANAGER_A, 'admin.audit.list', { venueId: 'vb' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  const all = await list(ADMIN);
  expect(all.items.map((e) => e.action)).toEqual(
    expect.arrayContaining(['admin.venue.upsert', 'admin.resource.upsert']),
  );
  expect(new Set(all.items.map((e) => e.venueId))).toEqual(new Set(['va', 'vb']));
});

test('people by profile name and masked id; no OpenID, phone or ID anywhere in the answer', async () => {
  const entry = (await list(MANAGER_A, { action: 'admin.resource.upsert' })).items[0];
  expect(entry.actor).toEqual({ ref: expect.any(String), name: '李经理', idMasked: 'mana****id-a' });
  expect(entry.target).toBe('ra');
  const text = JSON.stringify(await list(ADMIN));
  expect(text).not.toContain(MANAGER_A);
  expect(text).not.toContain(ADMIN);
  expect(text).not.toContain('13912345678');
});

test('one entry per call, even delivered twice; department changes are audited too', async () => {
  const requestId = rid();
  const dept = { name: '展览部', categories: ['exhibit'] as const, receiving: false, order: 1 };
  const first = await h.call(
    ADMIN,
    'admin.department.upsert',
    { ...dept, categories: [...dept.categories] },
    requestId,
  );
  const again = await h.call(
    ADMIN,
    'admin.department.upsert',
    { ...dept, categories: [...dept.categories] },
    requestId,
  );
  expect(again).toEqual(first);
  const entries = (await list(ADMIN, { action: 'admin.department.upsert' })).items;
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ detail: { name: '展览部' }, target: (first as { data: { id: string } }).data.id });
});

test('filtered by the person, the action and the period', async () => {
  const byA = (await list(ADMIN, { action: 'admin.resource.upsert' })).items.find((e) => e.venueId === 'va')!;
  const theirs = await list(ADMIN, { actorRef: byA.actor.ref });
  expect(theirs.items.length).toBeGreaterThan(0);
  expect(new Set(theirs.items.map((e) => e.actor.name))).toEqual(new Set(['李经理']));
  expect((await list(ADMIN, { from: '2026-12-02', to: '2026-12-31' })).items).toEqual([]);
  expect((await list(ADMIN, { from: '2026-12-01', to: '2026-12-01' })).items.length).toBeGreaterThan(0);
  expect(await h.call(ADMIN, 'admin.audit.list', { actorRef: 'r1not-a-ref' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('pages of 20, newest first, none skipped or repeated when many share an instant', async () => {
  h.setNow('2026-12-05T09:00:00+08:00');
  const at = (i: number, minutes: number) =>
    `2026-12-09T${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${String((i % 2) * 30 + minutes).padStart(2, '0')}:00+08:00`;
  // The clock stands still: all 25 entries share one instant.
  for (let i = 0; i < 25; i++) await makeSlot(h.call, MANAGER_B, 'rb', at(i, 0), at(i, 20), 5);
  const first = await list(MANAGER_B, { action: 'admin.slot.create' });
  expect(first.items).toHaveLength(20);
  expect(first.next).toEqual(expect.any(String));
  const second = await list(MANAGER_B, { action: 'admin.slot.create', after: first.next });
  expect(second.items).toHaveLength(5);
  expect(second.next).toBeUndefined();
  const ids = [...first.items, ...second.items].map((e) => e.id);
  expect(new Set(ids).size).toBe(25);
});
