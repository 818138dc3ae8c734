import { parseInput } from '@shared/contract/zh';
import { residentIdCheckChar } from '@shared/rules/idDocument';
import { CONSENT_MESSAGE } from '../desk-book/form';
import { EMPTY_RANGE_FORM, rangeFormInput, rangeFormSchema } from './form';

const FIRST17 = '11010119900307123';
const ID = FIRST17 + residentIdCheckChar(FIRST17);
const WRONG_ID = FIRST17 + (residentIdCheckChar(FIRST17) === '0' ? '1' : '0');
const RANGE = { resourceId: 'r-room-a', start: '2026-12-03T06:00:00Z', end: '2026-12-03T07:15:00Z' };
const FILLED = {
  ...EMPTY_RANGE_FORM,
  name: '张伟',
  phone: '13900002222',
  company: ' 星海科技有限公司 ',
  purpose: '产品演示',
  headcount: '8',
  needs: '  ',
  consent: true,
};

const paths = (parsed: ReturnType<typeof parseInput>) => (parsed.ok ? [] : parsed.fields.map((f) => f.path));

describe('customer booking form', () => {
  test('sends desk.bookRange’s input: the range in business time, trimmed, a blank need left out, no consent', () => {
    expect(parseInput(rangeFormSchema(12), rangeFormInput(RANGE, FILLED, false))).toEqual({
      ok: true,
      data: {
        resourceId: 'r-room-a',
        start: '2026-12-03T14:00:00+08:00',
        end: '2026-12-03T15:15:00+08:00',
        purpose: '产品演示',
        headcount: 8,
        name: '张伟',
        phone: '13900002222',
        company: '星海科技有限公司',
      },
    });
  });

  test('an empty form names every missing field, the consent among them; the seats bound the headcount', () => {
    const parsed = parseInput(
      rangeFormSchema(12),
      rangeFormInput(RANGE, { ...EMPTY_RANGE_FORM, headcount: '13' }, false),
    );
    expect(paths(parsed)).toEqual(
      expect.arrayContaining(['name', 'phone', 'company', 'purpose', 'headcount', 'consent']),
    );
    expect(parsed.ok ? undefined : parsed.fields.find((f) => f.path === 'consent')?.message).toBe(CONSENT_MESSAGE);
    expect(parsed.ok ? undefined : parsed.fields.find((f) => f.path === 'headcount')?.message).toBe('最多12人');
  });

  test('a real-name resource asks the ID document and checks it on the phone', () => {
    const schema = rangeFormSchema(12);
    expect(paths(parseInput(schema, rangeFormInput(RANGE, FILLED, true)))).toEqual(['idNumber']);
    expect(paths(parseInput(schema, rangeFormInput(RANGE, { ...FILLED, idNumber: WRONG_ID }, true)))).toEqual([
      'idNumber',
    ]);
    const parsed = parseInput(schema, rangeFormInput(RANGE, { ...FILLED, idNumber: ID }, true));
    expect(parsed.ok && parsed.data).toMatchObject({ idType: 'id_card', idNumber: ID });
  });
});
