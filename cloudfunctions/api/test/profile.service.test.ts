// profile.update: a person's own name and phone; the phone encrypted, shown masked, kept when a later
// update leaves it out; user.me answers it; nobody else's call can change it.
import { startHarness, type Harness } from './harness';
import { unwrap } from './fixtures';
import type { MeView } from '@shared/contract';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const me = async (openid: string) => unwrap(await h.call<MeView>(openid, 'user.me', {})).profile;

test('name and phone are kept, the phone encrypted and masked; leaving the phone out keeps it', async () => {
  expect(await me('p-1')).toBeNull();
  expect(unwrap(await h.call('p-1', 'profile.update', { name: '陈晓', phone: '13912345678' }))).toEqual({
    name: '陈晓',
    phoneMasked: '139****5678',
  });
  expect(unwrap(await h.call('p-1', 'profile.update', { name: '陈晓晓' }))).toEqual({
    name: '陈晓晓',
    phoneMasked: '139****5678',
  });
  expect(await me('p-1')).toEqual({ name: '陈晓晓', phoneMasked: '139****5678' });
  expect(JSON.stringify(h.store.find('users', { id: 'p-1' }))).not.toContain('13912345678');
  expect(await me('p-2')).toBeNull();
});

test('a bad name or phone is INVALID_INPUT in Chinese, and changes nothing', async () => {
  unwrap(await h.call('p-3', 'profile.update', { name: '林雨' }));
  expect(await h.call('p-3', 'profile.update', { name: '', phone: '123' })).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      details: {
        fields: expect.arrayContaining([
          { path: 'data.name', message: '请填写姓名' },
          { path: 'data.phone', message: '请输入11位中国大陆手机号' },
        ]),
      },
    },
  });
  expect(await me('p-3')).toEqual({ name: '林雨' });
});

test('two first updates at the same moment leave one record', async () => {
  await Promise.all([h.call('p-4', 'profile.update', { name: '甲' }), h.call('p-4', 'profile.update', { name: '甲' })]);
  expect(h.store.find('users', { id: 'p-4' })).toHaveLength(1);
  expect(await me('p-4')).toEqual({ name: '甲' });
});
