import { parseInput } from '@shared/contract/zh';
import { residentIdCheckChar } from '@shared/rules/idDocument';
import type { SlotView } from '@shared/contract';
import { CONSENT_MESSAGE, EMPTY_DESK_FORM, deskBookable, deskFormInput, deskFormSchema } from './form';

const FIRST17 = '11010119900307123';
const ID = FIRST17 + residentIdCheckChar(FIRST17);
const WRONG_ID = FIRST17 + (residentIdCheckChar(FIRST17) === '0' ? '1' : '0');
const FILLED = { ...EMPTY_DESK_FORM, name: '王小明', phone: '13800001111', idNumber: ID, consent: true };

describe('desk booking form', () => {
  test('sends desk.book’s input: trimmed, blank notes left out, the consent kept on the phone', () => {
    const parsed = parseInput(deskFormSchema, deskFormInput('s-1', { ...FILLED, company: ' 星河小学 ', needs: '  ' }));
    expect(parsed).toEqual({
      ok: true,
      data: {
        slotId: 's-1',
        name: '王小明',
        phone: '13800001111',
        idType: 'id_card',
        idNumber: ID,
        company: '星河小学',
      },
    });
  });

  test('an empty form names every missing field, the consent among them', () => {
    const parsed = parseInput(deskFormSchema, deskFormInput('s-1', EMPTY_DESK_FORM));
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'phone', 'idNumber', 'consent']));
    expect(parsed.ok ? undefined : parsed.fields.find((f) => f.path === 'consent')?.message).toBe(CONSENT_MESSAGE);
  });

  test('a wrong check digit is caught on the phone', () => {
    const parsed = parseInput(deskFormSchema, deskFormInput('s-1', { ...FILLED, idNumber: WRONG_ID }));
    expect(parsed.ok ? [] : parsed.fields.map((f) => f.path)).toEqual(['idNumber']);
  });

  test('the desk books open slots, and closed ones not yet started with places left', () => {
    const start = Date.parse('2026-12-01T10:00:00+08:00');
    const slot = (status: SlotView['status'], remaining = 5) =>
      ({ status, remaining, start: '2026-12-01T10:00:00+08:00' }) as SlotView;
    const before = start - 30 * 60_000;
    expect(deskBookable(slot('open'), before)).toBe(true);
    expect(deskBookable(slot('closed'), before)).toBe(true);
    expect(deskBookable(slot('closed', 0), before)).toBe(false);
    expect(deskBookable(slot('closed'), start)).toBe(false);
    for (const status of ['full', 'not_open', 'cancelled', 'ended'] as const)
      expect(deskBookable(slot(status), before)).toBe(false);
  });
});
