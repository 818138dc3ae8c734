// Subscribe-message values: fitted to WeChat's limits at character boundaries, checked by type.
import { charCount, fieldProblem, fieldTypeOf, fitField, shorten, templateTime } from './templateFields';

test('a key names its type', () => {
  expect(fieldTypeOf('thing12')).toBe('thing');
  expect(fieldTypeOf('character_string3')).toBe('character_string');
  expect(fieldTypeOf('phrase2')).toBe('phrase');
  expect(fieldTypeOf('colour1')).toBeNull();
});

test('long Chinese is shortened to 20 characters with an ellipsis', () => {
  const long = '中国科学技术馆航空航天展厅虚拟现实飞行体验项目第二场';
  const fitted = shorten(long, 20);
  expect(charCount(fitted)).toBe(20);
  expect(fitted.endsWith('…')).toBe(true);
  expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
  expect(shorten('短文本', 20)).toBe('短文本');
});

test.each([
  ['emoji', '🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀'],
  ['ZWJ families', '👨‍👩‍👧‍👦科技馆亲子游👨‍👩‍👧‍👦一起来看火箭发射演示'],
  ['flags and skin tones', '🇨🇳国庆特别展👍🏽👍🏽👍🏽太空探索与未来城市'],
  ['combining marks', 'Café déjà vu̇ — 法式咖啡文化展览，欢迎参观交流'],
  ['mixed text', 'VR飞行体验 · 2人 · A区3号厅（需提前15分钟到场）'],
])('never cut mid-character, never over the limit: %s', (_, text) => {
  const fitted = fitField('thing', text);
  expect(charCount(fitted)).toBeLessThanOrEqual(20);
  expect(fieldProblem('thing', fitted)).toBeNull();
  // Every character kept is a whole one of the original: no lone surrogate, no dangling joiner.
  expect(fitted).toBe(fitted.normalize());
  expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(fitted)).toBe(false);
  expect(/\u200d…?$/.test(fitted)).toBe(false);
  if (charCount(text) > 20) expect(text.startsWith(fitted.slice(0, -1))).toBe(true);
});

test("each type has WeChat's rule", () => {
  expect(fieldProblem('phrase', '已中签')).toBeNull();
  expect(fieldProblem('phrase', '预约成功了吗')).not.toBeNull();
  expect(fieldProblem('phrase', 'OK')).not.toBeNull();
  expect(fieldProblem('thing', '')).not.toBeNull();
  expect(fieldProblem('character_string', 'b' + 'f'.repeat(30))).toBeNull();
  expect(fieldProblem('character_string', 'x'.repeat(33))).not.toBeNull();
  expect(fieldProblem('character_string', '编号1')).not.toBeNull();
  expect(fieldProblem('name', '欧阳娜娜')).toBeNull();
  expect(fieldProblem('name', 'Zhang San')).toBeNull();
  expect(fieldProblem('name', '张San')).not.toBeNull();
  expect(fieldProblem('number', '12.5')).toBeNull();
  expect(fieldProblem('time', '2026年12月1日 09:00')).toBeNull();
  expect(fieldProblem('time', '2026-12-01 09:00:00')).toBeNull();
  expect(fieldProblem('time', '明天上午')).not.toBeNull();
  expect(fieldProblem('date', '2026年12月1日')).toBeNull();
  expect(fitField('name', '一二三四五六七八九十十一')).toBe('一二三四五六七八九十');
  expect(fitField('character_string', 'b-12 中文 x')).toBe('b-12x');
});

test('times are Asia/Shanghai, whatever the host zone', () => {
  process.env.TZ = 'UTC';
  expect(templateTime(Date.parse('2026-12-01T01:05:00Z'))).toBe('2026年12月1日 09:05');
  expect(templateTime(Date.parse('2026-12-31T16:30:00Z'), false)).toBe('2027年1月1日');
});
