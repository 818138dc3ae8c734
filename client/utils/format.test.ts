import { DEFAULT_POLICY, resolvePolicy } from '@shared/rules/policy';
import { policySummary } from './format';

describe('policySummary', () => {
  test('a slot resource: when booking opens, the party, the cancel deadline', () => {
    expect(policySummary(DEFAULT_POLICY)).toBe('提前7天09:00开放 · 每单最多5人 · 开始前2小时可取消');
  });

  test('by the hour: seats or units, the lead working days or horizon, the shortest and longest use', () => {
    const room = resolvePolicy({ interval: { capacity: 12, leadWorkingDays: 1 } });
    expect(policySummary(room, 'interval')).toBe('可容纳12人 · 至少提前1个工作日 · 每次30分钟至4小时');
    const projectors = resolvePolicy({ opensDaysBefore: 14, interval: { quantity: 3, capacity: 1, maxMinutes: 480 } });
    expect(policySummary(projectors, 'interval')).toBe('共3件可分别预约 · 最多提前14天 · 每次30分钟至8小时');
  });
});
