// Staff by invitation: a one-use code for a role, scoped as the creator's own rights are, accepted
// exactly once under any concurrency, and never shown again after the creator's answer.
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeVenue, unwrap } from './fixtures';
import type { ActionInput, InviteCreatedView, InviteView, MeView, RoleGrant } from '@shared/contract';

const ADMIN = 'oADMIN-invite-0001';
const MANAGER_A = 'oMANAGER-invite-a1';
const VISITOR = 'oVISITOR-invite-01';
let h: Harness;
let person = 0;
const someone = () => `oPERSON-invite-${String(++person).padStart(4, '0')}`;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: MANAGER_A, roles: [{ role: 'manager', venueId: 'va' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'va');
  await makeVenue(h.call, ADMIN, 'vb');
  unwrap(await h.call(ADMIN, 'admin.department.upsert', { id: 'dep-a', name: '展教部', categories: ['exhibit'] }));
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T08:00:00+08:00'));

const create = (by: string, data: ActionInput<'admin.invite.create'>) =>
  h.call<InviteCreatedView>(by, 'admin.invite.create', data);
const staffInvite = async () => unwrap(await create(MANAGER_A, { role: 'staff', venueId: 'va' }));
const accept = (by: string, code: string) => h.call<{ roles: RoleGrant[] }>(by, 'invite.accept', { code });
const list = (by: string, venueId?: string) =>
  h.call<InviteView[]>(by, 'admin.invite.list', venueId ? { venueId } : {}).then(unwrap);
const reason = (r: { ok: boolean; error?: { details?: Record<string, unknown> } }) => r.error?.details?.reason;

test('a created invitation, accepted, grants its role', async () => {
  const invite = await staffInvite();
  expect(invite.code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
  expect(invite.path).toBe(`profile/invite/index?code=${invite.code}`);
  expect(invite).toMatchObject({ role: 'staff', venueId: 'va', venueName: '测试科技馆', status: 'open' });
  expect(invite.expiresAt).toBe('2026-12-02T08:00:00+08:00');

  const joiner = someone();
  const answer = unwrap(await accept(joiner, invite.code.toLowerCase()));
  expect(answer.roles).toEqual([{ role: 'staff', venueId: 'va' }]);
  const me = unwrap(await h.call<MeView>(joiner, 'user.me', {}));
  expect(me.roles).toEqual([{ role: 'staff', venueId: 'va' }]);
});

test('a code is used once: a second person is refused, the first one retrying is answered ok', async () => {
  const invite = await staffInvite();
  const first = someone();
  unwrap(await accept(first, invite.code));
  const second = await accept(someone(), invite.code);
  expect(second).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '该邀请码已被使用' } });
  expect(reason(second)).toBe('invite_used');
  // A retry after a lost answer comes with a new requestId: it finds its own use and finishes it.
  expect(unwrap(await accept(first, invite.code)).roles).toEqual([{ role: 'staff', venueId: 'va' }]);
});

test('two people accepting the same code at the same moment: exactly one gets the role', async () => {
  const invite = await staffInvite();
  const [a, b] = [someone(), someone()];
  const answers = await Promise.all([accept(a, invite.code), accept(b, invite.code)]);
  expect(answers.filter((r) => r.ok)).toHaveLength(1);
  expect(answers.filter((r) => !r.ok).map(reason)).toEqual(['invite_used']);
  const granted = await Promise.all(
    [a, b].map(async (o) => unwrap(await h.call<MeView>(o, 'user.me', {})).roles.length),
  );
  expect(granted.sort()).toEqual([0, 1]);
});

test('an invitation expires after its hours, and the list says so', async () => {
  const invite = unwrap(await create(MANAGER_A, { role: 'manager', venueId: 'va', hours: 2 }));
  h.setNow('2026-12-01T10:00:00+08:00');
  const late = await accept(someone(), invite.code);
  expect(late).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: '该邀请码已过期' } });
  expect(reason(late)).toBe('invite_expired');
  expect((await list(MANAGER_A)).find((i) => i.id === invite.id)?.status).toBe('expired');
});

test('a revoked invitation is refused; revoking is for open invitations only', async () => {
  const invite = await staffInvite();
  const revoked = unwrap(await h.call<InviteView>(MANAGER_A, 'admin.invite.revoke', { inviteId: invite.id }));
  expect(revoked).toMatchObject({ id: invite.id, status: 'revoked' });
  expect(revoked).not.toHaveProperty('code');
  expect(reason(await accept(someone(), invite.code))).toBe('invite_revoked');
  expect(reason(await h.call(MANAGER_A, 'admin.invite.revoke', { inviteId: invite.id }))).toBe('invite_revoked');

  const used = await staffInvite();
  unwrap(await accept(someone(), used.code));
  expect(reason(await h.call(MANAGER_A, 'admin.invite.revoke', { inviteId: used.id }))).toBe('invite_used');
});

test('an unknown code is NOT_FOUND', async () => {
  expect(await accept(someone(), 'ABCDEFGHJKLM')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: '邀请码无效或已失效' },
  });
});

test("a venue's manager invites staff and managers for that venue only", async () => {
  const refusals: ActionInput<'admin.invite.create'>[] = [
    { role: 'staff', venueId: 'vb' },
    { role: 'manager', venueId: 'vb' },
    { role: 'manager' },
    { role: 'admin' },
    { role: 'admin', venueId: 'va' },
    { role: 'handler', departmentId: 'dep-a' },
  ];
  for (const data of refusals) {
    const answer = await create(MANAGER_A, data);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(answer.ok || /[\u4e00-\u9fa5]/.test(answer.error.message)).toBe(true);
  }
  const other = unwrap(await create(ADMIN, { role: 'staff', venueId: 'vb' }));
  expect(await h.call(MANAGER_A, 'admin.invite.revoke', { inviteId: other.id })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await h.call(MANAGER_A, 'admin.invite.list', { venueId: 'vb' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect((await list(MANAGER_A)).map((i) => i.venueId)).not.toContain('vb');
});

test('the leadership group invites any role; the venue and the department must exist', async () => {
  const handler = unwrap(await create(ADMIN, { role: 'handler', departmentId: 'dep-a' }));
  expect(handler).toMatchObject({ role: 'handler', departmentId: 'dep-a', departmentName: '展教部' });
  const joiner = someone();
  expect(unwrap(await accept(joiner, handler.code)).roles).toEqual([{ role: 'handler', departmentId: 'dep-a' }]);
  unwrap(await create(ADMIN, { role: 'admin' }));
  expect(await create(ADMIN, { role: 'handler', departmentId: 'nope' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await create(ADMIN, { role: 'staff', venueId: 'nowhere' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await create(ADMIN, { role: 'staff', venueId: 'va', departmentId: 'dep-a' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.departmentId' }] } },
  });
});

test('a visitor cannot create invitations', async () => {
  expect(await create(VISITOR, { role: 'staff', venueId: 'va' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('the list never shows a code, names who used it, newest first', async () => {
  const invite = await staffInvite();
  const joiner = 'oJOINER-named-9876';
  unwrap(await h.call(joiner, 'profile.update', { name: '李明' }));
  unwrap(await accept(joiner, invite.code));
  h.setNow('2026-12-01T08:05:00+08:00');
  const newer = await staffInvite();

  const items = await list(MANAGER_A, 'va');
  expect(JSON.stringify(items)).not.toContain(invite.code);
  expect(JSON.stringify(items)).not.toContain(joiner);
  for (const item of items) expect(item).not.toHaveProperty('code');
  expect(items[0].id).toBe(newer.id);
  const used = items.find((i) => i.id === invite.id)!;
  expect(used).toMatchObject({ status: 'used', usedAt: '2026-12-01T08:00:00+08:00' });
  expect(used.usedBy).toMatchObject({ name: '李明', idMasked: 'oJOI****9876' });
  expect((await list(ADMIN)).map((i) => i.id)).toEqual(expect.arrayContaining([invite.id, newer.id]));
});

test('creating and accepting are audited without the code', async () => {
  const invite = await staffInvite();
  const joiner = someone();
  unwrap(await accept(joiner, invite.code));
  const entries = h.store.find('audit', { where: { target: invite.id } });
  expect(entries.map((e) => [e.action, e.actor]).sort()).toEqual([
    ['admin.invite.create', MANAGER_A],
    ['invite.accept', joiner],
  ]);
  expect(entries[0]).toMatchObject({ venueId: 'va', detail: { role: 'staff', venueId: 'va' } });
  expect(JSON.stringify(entries)).not.toContain(invite.code);
});

test('the same requestId repeated gets the same answer', async () => {
  h.setNow('2026-12-01T09:13:00+08:00');
  const created = rid();
  const first = await h.call<InviteCreatedView>(
    MANAGER_A,
    'admin.invite.create',
    { role: 'staff', venueId: 'va' },
    created,
  );
  const again = await h.call<InviteCreatedView>(
    MANAGER_A,
    'admin.invite.create',
    { role: 'staff', venueId: 'va' },
    created,
  );
  expect(again).toEqual(first);
  expect(h.store.find('invites', { where: { createdBy: MANAGER_A, createdAt: h.deps.clock() } })).toHaveLength(1);

  const joiner = someone();
  const accepted = rid();
  const code = unwrap(first).code;
  const one = await h.call(joiner, 'invite.accept', { code }, accepted);
  expect(await h.call(joiner, 'invite.accept', { code }, accepted)).toEqual(one);
  expect(h.store.find('audit', { where: { action: 'invite.accept', actor: joiner } })).toHaveLength(1);
  // The code lives nowhere in the store: not as the invitation, nor in any idempotency record.
  for (const collection of ['invites', 'requests', 'audit'])
    expect(JSON.stringify(h.store.find(collection, { where: {} }))).not.toContain(code);
});
