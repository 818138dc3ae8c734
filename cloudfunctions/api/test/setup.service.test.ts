// The first admin: SETUP_CODE in the function's environment, claimed exactly once (also by calls that
// arrive together), FORBIDDEN for everyone afterwards; no code configured, no claim and no entry.
import { startHarness, type Harness } from './harness';
import { unwrap } from './fixtures';
import type { MeView } from '@shared/contract';

const CODE = 'K7PQ3XW9ZT';
let h: Harness;

beforeEach(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00', { setupCode: CODE });
});
afterEach(() => h.close());

const roles = async (openid: string) => unwrap(await h.call<MeView>(openid, 'user.me', {})).roles;

test('a fresh deployment reports the claim open and no venues; the right code makes the caller admin', async () => {
  expect(unwrap(await h.call(null, 'setup.status', {}))).toEqual({ open: true, hasVenues: false });
  expect(await h.call('someone', 'setup.claim', { code: 'WRONG-CODE' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: '设置码不正确' },
  });
  expect(await roles('someone')).toEqual([]);
  // Typed in lower case with spaces around, as people do.
  expect(unwrap(await h.call('director', 'setup.claim', { code: ` ${CODE.toLowerCase()} ` }))).toEqual({
    roles: [{ role: 'admin' }],
  });
  expect(await roles('director')).toEqual([{ role: 'admin' }]);
  expect(unwrap(await h.call(null, 'setup.status', {}))).toEqual({ open: false, hasVenues: false });
  // The admin can now act: a venue.
  unwrap(await h.call('director', 'admin.venue.upsert', { name: '星河科技馆', kind: 'museum' }));
  expect(unwrap(await h.call(null, 'setup.status', {}))).toEqual({ open: false, hasVenues: true });
});

test('afterwards the claim is FORBIDDEN for everyone, the admin too, with the right code', async () => {
  unwrap(await h.call('director', 'setup.claim', { code: CODE }));
  for (const openid of ['director', 'intruder']) {
    expect(await h.call(openid, 'setup.claim', { code: CODE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '已完成初始化，请联系管理员' },
    });
  }
  expect(await roles('intruder')).toEqual([]);
});

test('twenty people claiming at the same moment make exactly one admin', async () => {
  const people = Array.from({ length: 20 }, (_, i) => `rush-${i}`);
  const answers = await Promise.all(people.map((p) => h.call(p, 'setup.claim', { code: CODE })));
  const winners = people.filter((_, i) => answers[i].ok);
  expect(winners).toHaveLength(1);
  expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(Array(19).fill('FORBIDDEN'));
  const admins = h.store
    .find('users', { where: {} })
    .filter((u) => (u.roles as { role: string }[]).some((r) => r.role === 'admin'));
  expect(admins.map((u) => u._id)).toEqual(winners);
  // One audit entry, for the winner.
  expect(h.store.find('audit', { where: { action: 'setup.claim' } }).map((a) => a.actor)).toEqual(winners);
});

test('a claim whose write applied but whose answer was lost is finished by its retry', async () => {
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'settings', mode: 'applyThenFail' });
  const requestId = 'claim-retry-0001';
  expect(await h.call('director', 'setup.claim', { code: CODE }, requestId)).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL' },
  });
  expect(h.store.find('settings', { where: {} })).toHaveLength(1);
  expect(await roles('director')).toEqual([]);
  expect(await h.call('director', 'setup.claim', { code: CODE }, requestId)).toEqual({
    ok: true,
    data: { roles: [{ role: 'admin' }] },
  });
  expect(await h.call('other', 'setup.claim', { code: CODE })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('with no SETUP_CODE configured there is nothing to claim', async () => {
  const bare = await startHarness('2026-12-01T08:00:00+08:00');
  try {
    expect(unwrap(await bare.call(null, 'setup.status', {}))).toEqual({ open: false, hasVenues: false });
    expect(await bare.call('director', 'setup.claim', { code: CODE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '本环境未设置初始化码' },
    });
  } finally {
    await bare.close();
  }
});
