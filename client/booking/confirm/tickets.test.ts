// The tickets of the confirm page: the first type by default, the chosen ones otherwise, summed in fen.
import type { Pricing } from '@shared/rules/policy';
import { ticketTypesOf, ticketsTotal } from './tickets';

const PRICING: Pricing = {
  ticketTypes: [
    { id: 'adult', name: '全价', priceFen: 8000 },
    { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
    { id: 'child', name: '儿童', priceFen: 3050 },
  ],
  holdMinutes: 15,
  refund: { fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 },
  zones: [],
};

describe('tickets of the confirm page', () => {
  test('an attendee without a choice takes the first type; a choice of someone no longer selected is dropped', () => {
    expect(ticketTypesOf(PRICING, ['a-1', 'a-2'], { 'a-2': 'student', 'a-3': 'child' })).toEqual({
      'a-1': 'adult',
      'a-2': 'student',
    });
    expect(ticketTypesOf(PRICING, [], { 'a-1': 'child' })).toEqual({});
  });

  test('the total is the sum of the types’ prices, exact to the fen', () => {
    expect(ticketsTotal(PRICING, { 'a-1': 'adult', 'a-2': 'student' })).toBe(12000);
    expect(ticketsTotal(PRICING, { 'a-1': 'child', 'a-2': 'child', 'a-3': 'child' })).toBe(9150);
    expect(ticketsTotal(PRICING, {})).toBe(0);
  });

  test('a type the resource does not sell is refused rather than priced by a guess', () => {
    expect(() => ticketsTotal(PRICING, { 'a-1': 'vip' })).toThrow('该项目没有此票种');
  });
});
