// The price and refund lines of 预约须知.
import { resolvePricing, resolveRefund } from '@shared/rules/policy';
import { pricesText, refundText } from './priceRules';

test('prices in yuan, each type with the proof checked at entry', () => {
  const pricing = resolvePricing({
    ticketTypes: [
      { id: 'full', name: '全价', priceFen: 4000 },
      { id: 'student', name: '学生', priceFen: 2000, proof: '学生证' },
      { id: 'senior', name: '老人', priceFen: 1950 },
    ],
  });
  expect(pricesText(pricing)).toBe('票价：全价 ¥40 · 学生 ¥20（需出示学生证） · 老人 ¥19.50');
});

test.each([
  [resolveRefund(undefined), '退款：开始24小时前取消全额退款，之后取消不退款'],
  [
    { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 70 },
    '退款：开始48小时前取消全额退款，开始2小时前取消退还70%，之后取消不退款',
  ],
  [
    { fullHoursBefore: 36, partialHoursBefore: 0, partialPercent: 50 },
    '退款：开始36小时前取消全额退款，开始前取消退还50%，之后取消不退款',
  ],
  [resolveRefund({ fullHoursBefore: 0 }), '退款：开始前取消全额退款，之后取消不退款'],
])('the refund rule %j reads %s', (rule, text) => {
  expect(refundText(rule)).toBe(text);
});
