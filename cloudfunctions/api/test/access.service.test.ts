// Scope of staff, managers and admins. A complaint with no venue is the central desk's (grants for every
// venue), not every venue's managers'; staff register complaints only for the venues they serve; an admin
// grant scoped to one venue acts for that venue only, never as the leadership group.
import type { ActionInput, ComplaintView, NoticeView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeResource, makeVenue, unwrap } from './fixtures';

const ADMIN = 'a-admin';
const CENTRAL = 'a-central';
const M1 = 'a-manager-v1';
const M2 = 'a-manager-v2';
const V1_ADMIN = 'a-admin-v1';
const STAFF1 = 'a-staff-v1';
const STAFF12 = 'a-staff-v1-v2';
const VISITOR = 'a-visitor';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: CENTRAL, roles: [{ role: 'manager' }] },
    { openid: M1, roles: [{ role: 'manager', venueId: 'v1' }] },
    { openid: M2, roles: [{ role: 'manager', venueId: 'v2' }] },
    { openid: V1_ADMIN, roles: [{ role: 'admin', venueId: 'v1' }] },
    { openid: STAFF1, roles: [{ role: 'staff', venueId: 'v1' }] },
    {
      openid: STAFF12,
      roles: [
        { role: 'staff', venueId: 'v1' },
        { role: 'staff', venueId: 'v2' },
      ],
    },
  ]);
  await makeVenue(h.call, ADMIN, 'v1');
  await makeVenue(h.call, ADMIN, 'v2');
  unwrap(
    await h.call(ADMIN, 'admin.department.upsert', { id: 'dept-exhibition', name: '展览部', categories: ['exhibit'] }),
  );
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T09:00:00+08:00'));

type Result = Awaited<ReturnType<Harness['call']>>;
const code = (e: Result) => (e.ok ? 'ok' : e.error.code);
const ok = (e: Result) => unwrap(e as never) as ComplaintView;
const register = (staff: string, extra: Record<string, unknown> = {}) =>
  h.call<ComplaintView>(staff, 'complaint.register', {
    channel: 'onsite',
    category: 'facility',
    content: '洗手间没有纸巾',
    contact: '13700003333',
    ...extra,
  });
const queue = async (openid: string) =>
  (await h.call<ComplaintView[]>(openid, 'complaint.list', { view: 'queue' }).then(unwrap)).map((c) => c.id);
const route = (openid: string, complaintId: string) =>
  h.call(openid, 'complaint.route', { complaintId, departmentId: 'dept-exhibition', complexity: 'general' });

describe("a complaint with no venue is the central desk's", () => {
  test('filed from 我的 without a booking: the managers of one venue neither see nor route it; the desk for every venue does', async () => {
    const c = ok(await h.call(VISITOR, 'complaint.create', { category: 'other', content: '小程序预约页面打不开' }));
    expect(c.venueId).toBeUndefined();
    for (const venueBound of [M1, M2, V1_ADMIN]) {
      expect(code(await h.call(venueBound, 'complaint.get', { complaintId: c.id }))).toBe('NOT_FOUND');
      expect(code(await route(venueBound, c.id))).toBe('NOT_FOUND');
      expect(await queue(venueBound)).not.toContain(c.id);
    }
    expect(await queue(CENTRAL)).toContain(c.id);
    expect(await queue(ADMIN)).toContain(c.id);
    expect(ok(await h.call(ADMIN, 'complaint.get', { complaintId: c.id })).id).toBe(c.id);
    expect(ok(await route(CENTRAL, c.id)).status).toBe('routed');
  });

  test('a late desk step of a complaint with no venue is told to the central desk, not to the managers of a venue', async () => {
    const c = ok(await h.call(VISITOR, 'complaint.create', { category: 'other', content: '客服电话一直占线' }));
    h.setNow('2026-12-01T09:10:01+08:00');
    await h.tick();
    const escalated = async (openid: string) =>
      (await h.call<NoticeView[]>(openid, 'notice.list', {}).then(unwrap)).filter(
        (m) => m.kind === 'complaint_escalated' && m.data.complaintId === c.id,
      );
    expect(await escalated(CENTRAL)).toHaveLength(1);
    expect(await escalated(ADMIN)).toHaveLength(1);
    expect(await escalated(M1)).toHaveLength(0);
    expect(await escalated(M2)).toHaveLength(0);
  });

  test("a venue's complaint is its desk's and the central desk's, not another venue's", async () => {
    const c = ok(await register(STAFF1));
    expect(c.venueId).toBe('v1');
    for (const desk of [M1, V1_ADMIN, CENTRAL]) expect(await queue(desk)).toContain(c.id);
    expect(code(await h.call(M2, 'complaint.get', { complaintId: c.id }))).toBe('NOT_FOUND');
    expect(await queue(M2)).not.toContain(c.id);
    expect(ok(await route(M1, c.id)).status).toBe('routed');
  });
});

describe('complaint.register: only for a venue the staff member serves', () => {
  test('another venue is FORBIDDEN, with the reason', async () => {
    const refused = await register(STAFF1, { venueId: 'v2' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能登记您所服务场馆的投诉', details: { venueId: 'v2' } },
    });
    expect(code(await register(STAFF12, { venueId: 'v3' }))).toBe('FORBIDDEN');
    expect(code(await register(M1, { venueId: 'v2' }))).toBe('FORBIDDEN');
    expect(code(await register(V1_ADMIN, { venueId: 'v2' }))).toBe('FORBIDDEN');
  });

  test('their venue, named or not; staff of several venues or of every venue name one or leave it to the central desk', async () => {
    expect(ok(await register(STAFF1, { venueId: 'v1' })).venueId).toBe('v1');
    expect(ok(await register(STAFF1)).venueId).toBe('v1');
    expect(ok(await register(STAFF12, { venueId: 'v2' })).venueId).toBe('v2');
    expect(ok(await register(STAFF12)).venueId).toBeUndefined();
    expect(ok(await register(CENTRAL, { venueId: 'v2' })).venueId).toBe('v2');
    expect(ok(await register(CENTRAL)).venueId).toBeUndefined();
  });
});

describe('an admin grant scoped to a venue is not the leadership group', () => {
  const grant = (by: string, data: Omit<ActionInput<'admin.role.grant'>, 'openid'>) =>
    h.call(by, 'admin.role.grant', { openid: 'a-new', ...data });
  const rolesOfNew = () => h.store.find('users', { id: 'a-new' })[0]?.roles ?? [];

  test('it grants no roles: not at another venue, not for every venue, not even at its own', async () => {
    expect(code(await grant(V1_ADMIN, { role: 'staff', venueId: 'v2' }))).toBe('FORBIDDEN');
    expect(code(await grant(V1_ADMIN, { role: 'manager' }))).toBe('FORBIDDEN');
    expect(code(await grant(V1_ADMIN, { role: 'admin' }))).toBe('FORBIDDEN');
    expect(code(await grant(V1_ADMIN, { role: 'handler', departmentId: 'dept-exhibition' }))).toBe('FORBIDDEN');
    expect(code(await grant(V1_ADMIN, { role: 'staff', venueId: 'v1' }))).toBe('FORBIDDEN');
    expect(rolesOfNew()).toEqual([]);
    expect(code(await h.call(V1_ADMIN, 'admin.role.revoke', { openid: M2, role: 'manager', venueId: 'v2' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await h.call(V1_ADMIN, 'admin.role.list', {}))).toBe('FORBIDDEN');
    // The leadership group does.
    unwrap(await grant(ADMIN, { role: 'staff', venueId: 'v2' }));
    expect(rolesOfNew()).toEqual([{ role: 'staff', venueId: 'v2' }]);
  });

  test('nor does it keep venues or departments, while it manages its own venue', async () => {
    expect(code(await h.call(V1_ADMIN, 'admin.venue.upsert', { id: 'v1', name: '改名的科技馆', kind: 'museum' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      code(
        await h.call(V1_ADMIN, 'admin.department.upsert', { id: 'dept-exhibition', name: '展览部', categories: [] }),
      ),
    ).toBe('FORBIDDEN');
    expect(await makeResource(h.call, V1_ADMIN, 'v1', {}, 'a-r1')).toBe('a-r1');
    expect(
      code(
        await h.call(V1_ADMIN, 'admin.resource.upsert', {
          id: 'a-r2',
          venueId: 'v2',
          name: '球幕影院',
          kind: 'event',
          mode: 'slot',
          allocation: 'fcfs',
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
