// Money in integer fen: shown as yuan, typed as yuan, summed exactly, where floats would drift.
import { parseInput } from '../contract/zh';
import { fen, MAX_FEN, parseYuan, sumFen, yuan, yuanAmount } from './money';
import { prng } from '../testing/prng';

test.each([
  [0, '¥0'],
  [1, '¥0.01'],
  [10, '¥0.10'],
  [4000, '¥40'],
  [4050, '¥40.50'],
  [4005, '¥40.05'],
  [MAX_FEN, '¥10000'],
  [-500, '-¥5'],
])('yuan(%i) is %s', (amount, text) => {
  expect(yuan(amount)).toBe(text);
});

test.each([
  ['40', 4000],
  ['40.5', 4050],
  ['40.50', 4050],
  ['40.05', 4005],
  ['0', 0],
  ['0.01', 1],
  [' 19.99 ', 1999],
  ['10000', MAX_FEN],
  // 0.1 + 0.2 in floats is 0.30000000000000004, and 1.15 * 100 is 114.99999999999999: strings are exact.
  ['0.3', 30],
  ['1.15', 115],
  ['4.35', 435],
  ['007', 700],
])('parseYuan(%j) is %i fen', (text, amount) => {
  expect(parseYuan(text)).toBe(amount);
});

test.each(['', ' ', '40.', '.5', '40.555', '-1', '+1', '1e3', '0x10', '四十', '４０', '40元', '¥40', '1,000', '40 .5'])(
  'parseYuan(%j) is not an amount',
  (text) => {
    expect(parseYuan(text)).toBeNull();
  },
);

test('every amount typed as its own yuan text comes back exactly (many generated amounts)', () => {
  const random = prng(15);
  for (let i = 0; i < 5000; i++) {
    const amount = Math.floor(random() * (MAX_FEN + 1));
    expect(parseYuan(yuanAmount(amount))).toBe(amount);
    expect(parseYuan(`${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`)).toBe(amount);
  }
});

test('sums are exact where floats drift, and a float among the amounts is refused', () => {
  const dimes = Array.from({ length: 10 }, () => 10);
  expect(sumFen(dimes)).toBe(100);
  expect(dimes.reduce((s) => s + 0.1, 0)).not.toBe(1); // the trap this avoids
  expect(sumFen([])).toBe(0);
  expect(sumFen([8000, 4000, 3000])).toBe(15000);
  expect(sumFen([parseYuan('0.1')!, parseYuan('0.2')!])).toBe(parseYuan('0.3'));
  expect(() => sumFen([10, 0.1])).toThrow(RangeError);
  expect(() => sumFen([Number.NaN])).toThrow(RangeError);
});

test('the fen schema takes whole fen from 0 to ¥10,000, in Chinese', () => {
  expect(fen.safeParse(0).success).toBe(true);
  expect(fen.safeParse(MAX_FEN).success).toBe(true);
  const message = (v: unknown) => {
    const r = parseInput(fen, v);
    return r.ok ? null : r.fields[0]?.message;
  };
  expect(message(40.5)).toBe('金额须精确到分');
  expect(message(-1)).toBe('金额不能为负');
  expect(message(MAX_FEN + 1)).toBe('金额不能超过10000元');
  expect(message(undefined)).toBe('必填');
  expect(message(Number.NaN)).toBe('格式不正确');
  expect(message('4000')).toBe('格式不正确');
});
