import { parseInput } from '@shared/contract/zh';
import type { Pricing } from '@shared/rules/policy';
import {
  BEST_SEATS_MESSAGE,
  EMPTY_SALE,
  maxTickets,
  saleFormInput,
  saleFormSchema,
  saleTotal,
  stepCount,
  ticketsOf,
  totalMayDiffer,
} from './form';

/** 全价 ¥80, 学生 ¥40 (学生证), 儿童 ¥30. */
const PRICING: Pricing = {
  ticketTypes: [
    { id: 'adult', name: '全价', priceFen: 8000 },
    { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
    { id: 'child', name: '儿童', priceFen: 3000 },
  ],
  holdMinutes: 15,
  refund: { fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 },
  zones: [],
};

describe('the ticket window’s sale form', () => {
  test('one line per ticket, types in the resource’s order; the total at their prices', () => {
    const counts = { child: 1, adult: 2, student: 1 };
    expect(ticketsOf(PRICING, counts)).toEqual([
      { ticketTypeId: 'adult' },
      { ticketTypeId: 'adult' },
      { ticketTypeId: 'student' },
      { ticketTypeId: 'child' },
    ]);
    expect(saleTotal(PRICING, counts)).toBe(8000 * 2 + 4000 + 3000);
    expect(saleTotal(PRICING, {})).toBe(0);
    // Only the record's own keys count.
    expect(ticketsOf(PRICING, Object.create({ adult: 3 }))).toEqual([]);
  });

  test('− and + stay within 0 and what the sale may still hold', () => {
    const counts = { adult: 3, student: 1 };
    expect(stepCount(PRICING, counts, 'adult', 1, 5)).toBe(4);
    expect(stepCount(PRICING, { adult: 4, student: 1 }, 'adult', 1, 5)).toBe(4);
    expect(stepCount(PRICING, counts, 'child', -1, 5)).toBe(0);
    expect(stepCount(PRICING, counts, 'student', -1, 5)).toBe(0);
    expect(maxTickets(5)).toBe(5);
    expect(maxTickets(50)).toBe(20);
  });

  test('a cash sale sends the tickets and the method, never a slip number', () => {
    const input = saleFormInput('s-1', { ...EMPTY_SALE, tickets: { adult: 1 }, reference: 'A1' }, PRICING, false);
    expect(parseInput(saleFormSchema(5, false), input)).toEqual({
      ok: true,
      data: { slotId: 's-1', tickets: [{ ticketTypeId: 'adult' }], method: 'cash' },
    });
  });

  test('the terminal sends its slip number, trimmed, and none when left blank', () => {
    const sale = { ...EMPTY_SALE, tickets: { student: 2 }, method: 'terminal' as const };
    const parse = (reference: string) =>
      parseInput(saleFormSchema(5, false), saleFormInput('s-1', { ...sale, reference }, PRICING, false));
    expect(parse(' 0042 ')).toMatchObject({ ok: true, data: { method: 'terminal', reference: '0042' } });
    const blank = parse('  ');
    expect(blank.ok && 'reference' in blank.data).toBe(false);
  });

  test('a seated session takes the best seats; switched off, the form says why it cannot sell', () => {
    const sale = { ...EMPTY_SALE, tickets: { adult: 2 } };
    expect(parseInput(saleFormSchema(5, true), saleFormInput('s-1', sale, PRICING, true))).toMatchObject({
      ok: true,
      data: { bestSeats: true },
    });
    expect(
      parseInput(saleFormSchema(5, true), saleFormInput('s-1', { ...sale, bestSeats: false }, PRICING, true)),
    ).toEqual({
      ok: false,
      fields: [{ path: 'bestSeats', message: BEST_SEATS_MESSAGE }],
    });
    // A session without seats sends no seat request at all.
    const unseated = parseInput(saleFormSchema(5, false), saleFormInput('s-1', sale, PRICING, false));
    expect(unseated.ok && 'bestSeats' in unseated.data).toBe(false);
  });

  test('no ticket, or more than the resource allows, is refused at 票种与数量', () => {
    const paths = (tickets: Record<string, number>, max: number) => {
      const parsed = parseInput(
        saleFormSchema(max, false),
        saleFormInput('s-1', { ...EMPTY_SALE, tickets }, PRICING, false),
      );
      return parsed.ok ? [] : parsed.fields;
    };
    expect(paths({}, 5)).toEqual([{ path: 'tickets', message: '请选择票' }]);
    expect(paths({ adult: 4 }, 3)).toEqual([{ path: 'tickets', message: '每单最多3张' }]);
  });

  test('only a zoned, seated hall may price the sale otherwise than the types', () => {
    const zoned = { ...PRICING, zones: [{ id: 'front', name: '前区', prices: { adult: 12000 } }] };
    expect(totalMayDiffer(zoned, true)).toBe(true);
    expect(totalMayDiffer(zoned, false)).toBe(false);
    expect(totalMayDiffer(PRICING, true)).toBe(false);
  });
});
