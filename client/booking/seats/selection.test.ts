// The seat page's choice: taps, a map loaded again, the chips and their full prices, the legend, the param.
import {
  fullPriceOf,
  fullPriceTotal,
  indexSeats,
  keepAvailable,
  parseSeatsParam,
  seatsParam,
  selectionChips,
  toggleSeat,
  zoneLegend,
  type Choosable,
} from './selection';
import { HALL, HALL_PRICING } from './testing';

const seats = indexSeats(HALL);
const rules = (over: Partial<Choosable> = {}): Choosable => ({ seats, taken: new Set(), max: 4, ...over });

describe('toggleSeat', () => {
  test('a free seat is added, in the map’s reading order whatever the order of the taps', () => {
    expect(toggleSeat([], 'stalls_1_5', rules())).toEqual({ selected: ['stalls_1_5'] });
    expect(toggleSeat(['stalls_1_5', 'balcony_1_1'], 'stalls_1_2', rules())).toEqual({
      selected: ['stalls_1_2', 'stalls_1_5', 'balcony_1_1'],
    });
  });

  test('a chosen seat is dropped', () => {
    expect(toggleSeat(['stalls_1_2', 'stalls_1_5'], 'stalls_1_2', rules())).toEqual({ selected: ['stalls_1_5'] });
  });

  test('a seat taken, not for sale or not on the map is refused', () => {
    expect(toggleSeat([], 'stalls_1_1', rules({ taken: new Set(['stalls_1_1']) }))).toEqual({
      refused: '该座位已售出',
    });
    expect(toggleSeat([], 'stalls_2_3', rules())).toEqual({ refused: '该座位不可售' });
    expect(toggleSeat([], 'stalls_1_4', rules())).toEqual({ refused: '该座位不可售' });
  });

  test('no more than max: the limit is said, and a session not on sale takes none', () => {
    const two = ['stalls_1_1', 'stalls_1_2'];
    expect(toggleSeat(two, 'stalls_1_3', rules({ max: 2 }))).toEqual({ refused: '最多可选2个座位' });
    expect(toggleSeat(two, 'stalls_1_1', rules({ max: 2 }))).toEqual({ selected: ['stalls_1_2'] });
    expect(toggleSeat([], 'stalls_1_1', rules({ max: 0 }))).toEqual({ refused: '该场次当前不可选座' });
  });
});

describe('keepAvailable', () => {
  test('drops the seats taken meanwhile and those gone from the map', () => {
    const chosen = ['stalls_1_1', 'stalls_1_2', 'stalls_9_9'];
    expect(keepAvailable(chosen, seats, new Set(['stalls_1_2']))).toEqual(['stalls_1_1']);
  });

  test('answers the same array when nothing changed', () => {
    const chosen = ['stalls_1_1', 'stalls_1_2'];
    expect(keepAvailable(chosen, seats, new Set(['stalls_3_1']))).toBe(chosen);
  });
});

describe('prices', () => {
  test('a seat’s full price is its zone’s price of the first ticket type, else that type’s base price', () => {
    expect(fullPriceOf(HALL_PRICING, 'front')).toBe(12000);
    expect(fullPriceOf(HALL_PRICING, 'back')).toBe(8000);
    expect(fullPriceOf(HALL_PRICING, undefined)).toBe(8000);
  });

  test('no price for a free hall, nor for a zone the prices no longer have', () => {
    expect(fullPriceOf(undefined, 'front')).toBeUndefined();
    expect(fullPriceOf(HALL_PRICING, 'vip')).toBeUndefined();
  });

  test('the chips read section, row and seat number with the full price, and add up', () => {
    const chips = selectionChips(['stalls_1_5', 'stalls_2_7', 'stalls_3_1'], seats, HALL_PRICING);
    expect(chips).toEqual([
      // The aisle is not a seat: column 5 of row 1 is its 4th seat.
      { id: 'stalls_1_5', label: '一楼 1排4座', priceFen: 12000 },
      // A seat not for sale keeps its number: column 7 of row 2 is its 6th seat.
      { id: 'stalls_2_7', label: '一楼 2排6座', priceFen: 12000 },
      { id: 'stalls_3_1', label: '一楼 3排1座', priceFen: 8000 },
    ]);
    expect(fullPriceTotal(chips)).toBe(32000);
    expect(fullPriceTotal([])).toBe(0);
  });

  test('a free hall’s chips have no price and no total', () => {
    const chips = selectionChips(['balcony_1_2'], seats);
    expect(chips).toEqual([{ id: 'balcony_1_2', label: '二楼 1排2座' }]);
    expect(fullPriceTotal(chips)).toBeUndefined();
  });

  test('the legend lists the map’s zones in colour order with their names and full prices', () => {
    expect(zoneLegend(HALL, HALL_PRICING)).toEqual([
      { index: 0, name: '前区', priceFen: 12000 },
      { index: 1, name: '后区', priceFen: 8000 },
    ]);
    expect(zoneLegend(HALL)).toEqual([
      { index: 0, name: 'front' },
      { index: 1, name: 'back' },
    ]);
  });
});

describe('the seats parameter', () => {
  test('ids joined by commas, read back in order', () => {
    const ids = ['stalls_1_1', 'balcony_1_4'];
    expect(seatsParam(ids)).toBe('stalls_1_1,balcony_1_4');
    expect(parseSeatsParam(seatsParam(ids))).toEqual(ids);
  });

  test('blanks, spaces and repeats are dropped; nothing reads as no seats', () => {
    expect(parseSeatsParam(' stalls_1_1, ,stalls_1_2,stalls_1_1,')).toEqual(['stalls_1_1', 'stalls_1_2']);
    expect(parseSeatsParam('')).toEqual([]);
    expect(parseSeatsParam(undefined)).toEqual([]);
  });
});
