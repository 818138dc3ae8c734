// Real-name attendees: validation with Chinese messages, encryption at rest, masking, ownership.
import { startHarness, type Harness } from './harness';
import { idNumberFor, unwrap } from './fixtures';
import type { ActionInput, AttendeeView, MeView } from '@shared/contract';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
});
afterAll(() => h.close());

const valid: ActionInput<'attendee.add'> = {
  name: '韩梅梅',
  phone: '13912345678',
  idType: 'id_card',
  idNumber: idNumberFor(7),
  consent: true,
};

function fieldsOf(e: {
  ok: boolean;
  error?: { code: string; details?: { fields?: { path: string; message: string }[] } };
}) {
  expect(e.ok).toBe(false);
  expect(e.error!.code).toBe('INVALID_INPUT');
  return Object.fromEntries(e.error!.details!.fields!.map((f) => [f.path, f.message]));
}

test('adds an attendee, answering masked forms only and storing ciphertext', async () => {
  const a = unwrap(await h.call<AttendeeView>('v-a', 'attendee.add', valid));
  expect(a).toMatchObject({
    name: '韩梅梅',
    idType: 'id_card',
    phoneMasked: '139****5678',
    credit: { noShows: 0, blockedUntil: null },
  });
  expect(a.idMasked).toBe(`${valid.idNumber.slice(0, 4)}${'*'.repeat(10)}${valid.idNumber.slice(-4)}`);
  const stored = JSON.stringify(h.store.find('attendees', { id: a.id }));
  expect(stored).not.toContain(valid.idNumber);
  expect(stored).not.toContain(valid.phone);
  const me = unwrap(await h.call<MeView>('v-a', 'user.me', {}));
  expect(me.privacyConsent).toEqual({ version: expect.any(String), at: '2026-12-01T08:00:00+08:00' });
});

test('the same person twice in one account is CONFLICT; another account may hold them', async () => {
  const again = await h.call('v-a', 'attendee.add', valid);
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  unwrap(await h.call('v-b', 'attendee.add', valid));
});

test.each([
  ['name', { name: '' }, 'data.name'],
  ['name with digits', { name: '张3' }, 'data.name'],
  ['phone', { phone: '12345678901' }, 'data.phone'],
  ['idType', { idType: 'driver' }, 'data.idType'],
  [
    'check digit',
    { idNumber: valid.idNumber.slice(0, 17) + (valid.idNumber[17] === '0' ? '1' : '0') },
    'data.idNumber',
  ],
  ['birth date', { idNumber: '110105199902301234' }, 'data.idNumber'],
  ['consent', { consent: false }, 'data.consent'],
  ['unknown field', { nickname: 'x' }, 'data'],
])('refuses a bad %s with a Chinese message and writes nothing', async (_label, patch, path) => {
  const before = h.store.count('attendees', {});
  const fields = fieldsOf(await h.callRaw('v-c', 'attendee.add', { ...valid, ...patch }));
  expect(fields[path]).toMatch(/[\u4e00-\u9fa5]/);
  expect(h.store.count('attendees', {})).toBe(before);
});

test('a birth date in the future is refused against the injected clock', async () => {
  const first17 = '11010520261225123';
  const { residentIdCheckChar } = await import('@shared/rules/idDocument');
  const fields = fieldsOf(
    await h.call('v-c', 'attendee.add', { ...valid, idNumber: first17 + residentIdCheckChar(first17) }),
  );
  expect(fields['data.idNumber']).toContain('出生日期');
});

test('passports and permits use their own formats', async () => {
  unwrap(await h.call('v-d', 'attendee.add', { ...valid, idType: 'passport', idNumber: 'E12345678' }));
  unwrap(await h.call('v-d', 'attendee.add', { ...valid, idType: 'hk_macao', idNumber: 'H12345678' }));
  fieldsOf(await h.call('v-d', 'attendee.add', { ...valid, idType: 'taiwan', idNumber: 'ABC' }));
});

test("remove: own attendee only; another account's is NOT_FOUND", async () => {
  const [mine] = unwrap(await h.call<AttendeeView[]>('v-a', 'attendee.list', {}));
  expect(await h.call('v-b', 'attendee.remove', { attendeeId: mine.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  unwrap(await h.call('v-a', 'attendee.remove', { attendeeId: mine.id }));
  expect(unwrap(await h.call<AttendeeView[]>('v-a', 'attendee.list', {}))).toEqual([]);
});
