// What a ticket costs: a slot's override over a zone's price over the type's base price; orders sum exactly.
import { AppError } from '../errors';
import { orderTotal, priceOf } from './pricing';
import { resolvePricing } from './policy';

const HALL = resolvePricing({
  ticketTypes: [
    { id: 'full', name: '全价', priceFen: 8000 },
    { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
    { id: 'child', name: '儿童', priceFen: 3000 },
  ],
  zones: [
    { id: 'stalls', name: '池座', prices: { full: 12000, student: 6000 } },
    { id: 'balcony', name: '楼座', prices: {} },
  ],
});

/** The code and reason of what `run` throws. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: e.details, message: e.userMessage };
    throw e;
  }
  throw new Error('not refused');
}

test('a ticket costs its type’s base price', () => {
  expect(priceOf(HALL, 'full')).toBe(8000);
  expect(priceOf(HALL, 'student')).toBe(4000);
});

test('a zone’s price wins over the base price; a type the zone leaves out costs its base price there', () => {
  expect(priceOf(HALL, 'full', { zoneId: 'stalls' })).toBe(12000);
  expect(priceOf(HALL, 'child', { zoneId: 'stalls' })).toBe(3000);
  expect(priceOf(HALL, 'full', { zoneId: 'balcony' })).toBe(8000);
});

test('a slot’s override wins over the zone and the base price, for the types it names', () => {
  const slotPrices = { full: 10000, child: 0 };
  expect(priceOf(HALL, 'full', { zoneId: 'stalls', slotPrices })).toBe(10000);
  expect(priceOf(HALL, 'child', { slotPrices })).toBe(0);
  expect(priceOf(HALL, 'student', { zoneId: 'stalls', slotPrices })).toBe(6000);
});

test('an unknown ticket type or zone is refused with a code, never priced by a guess', () => {
  expect(refusal(() => priceOf(HALL, 'vip'))).toEqual({
    code: 'INVALID_INPUT',
    details: { reason: 'unknown_ticket_type', ticketTypeId: 'vip' },
    message: '该项目没有此票种',
  });
  expect(refusal(() => priceOf(HALL, 'full', { zoneId: 'box' }))).toMatchObject({
    code: 'INVALID_INPUT',
    details: { reason: 'unknown_price_zone', zoneId: 'box' },
  });
  // A type id that is also a property every object has is still only a type when the resource sells it.
  expect(refusal(() => priceOf(HALL, 'constructor')).details).toMatchObject({ reason: 'unknown_ticket_type' });
});

test('a type id that every object has as a property is priced from the records’ own keys only', () => {
  const odd = resolvePricing({
    ticketTypes: [{ id: 'constructor', name: '特殊', priceFen: 500 }],
    zones: [{ id: 'hall', name: '大厅', prices: {} }],
  });
  expect(priceOf(odd, 'constructor', { zoneId: 'hall', slotPrices: {} })).toBe(500);
});

test('an order costs the sum of its lines, in fen', () => {
  const lines = [{ priceFen: priceOf(HALL, 'full') }, { priceFen: priceOf(HALL, 'student') }, { priceFen: 3000 }];
  expect(orderTotal(lines)).toBe(15000);
  expect(orderTotal([])).toBe(0);
  expect(() => orderTotal([{ priceFen: 40.5 }])).toThrow(RangeError);
});
