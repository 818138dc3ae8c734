// profile.update: a person's own name, phone and department; the phone encrypted, shown masked, kept when a
// later update leaves it out; the department trimmed, kept when left out, cleared by an empty one; user.me
// answers it; nobody else's call can change it.
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

test('the department is set trimmed, kept when left out, changed, and cleared by an empty one', async () => {
  expect(unwrap(await h.call('p-5', 'profile.update', { name: '王芳', department: '  市场部 ' }))).toEqual({
    name: '王芳',
    department: '市场部',
  });
  expect(unwrap(await h.call('p-5', 'profile.update', { name: '王芳', phone: '13812345678' }))).toEqual({
    name: '王芳',
    phoneMasked: '138****5678',
    department: '市场部',
  });
  unwrap(await h.call('p-5', 'profile.update', { name: '王芳', department: '品牌部' }));
  expect(await me('p-5')).toEqual({ name: '王芳', phoneMasked: '138****5678', department: '品牌部' });
  expect(unwrap(await h.call('p-5', 'profile.update', { name: '王芳', department: '   ' }))).toEqual({
    name: '王芳',
    phoneMasked: '138****5678',
  });
  expect(h.store.find('users', { id: 'p-5' })[0].profile).not.toHaveProperty('department');
  // A first update may carry it, and an empty one there is simply none.
  expect(unwrap(await h.call('p-6', 'profile.update', { name: '赵强', department: '行政部' }))).toEqual({
    name: '赵强',
    department: '行政部',
  });
  expect(unwrap(await h.call('p-7', 'profile.update', { name: '孙悦', department: '' }))).toEqual({ name: '孙悦' });
});

test('a department over 30 characters, or not text, is INVALID_INPUT in Chinese, and changes nothing', async () => {
  unwrap(await h.call('p-8', 'profile.update', { name: '周敏', department: '财务部' }));
  expect(await h.call('p-8', 'profile.update', { name: '周敏', department: '部'.repeat(31) })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.department', message: '部门不超过30个字' }] } },
  });
  // On purpose a number where the contract takes text: the router must refuse what the client's types prevent.
  const notText = 7 as unknown as string;
  expect(await h.call('p-8', 'profile.update', { name: '周敏', department: notText })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.department', message: '格式不正确' }] } },
  });
  expect(await me('p-8')).toEqual({ name: '周敏', department: '财务部' });
  unwrap(await h.call('p-8', 'profile.update', { name: '周敏', department: '部'.repeat(30) }));
  expect(await me('p-8')).toEqual({ name: '周敏', department: '部'.repeat(30) });
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
