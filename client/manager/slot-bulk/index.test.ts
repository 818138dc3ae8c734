/**
 * Bulk slots (weapp build): the preview counts the slots the choices make, the submit sends them with the
 * capacity typed, and the result says how many were made and skipped. Needs `npm run build:weapp` first.
 */
import type { ResourceView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { addDays, dateOf } from '@shared/time';
import { answers, callsTo, closePages, cls, openPage, reset, startApp, waitFor } from '../../testing/weappPage';

const DOME: ResourceView = {
  id: 'res-dome',
  venueId: 'venue-museum',
  name: '球幕影院',
  kind: 'exhibit',
  mode: 'slot',
  allocation: 'fcfs',
  location: '一楼',
  policy: DEFAULT_POLICY,
};

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [DOME];
  answers['admin.slot.bulkCreate'] = { created: 8, skipped: 2 };
});
afterEach(closePages);

const preview = (page: ReturnType<typeof openPage>) => page.find('个时间段', cls('bulk-form__preview'))?.textContent;

async function open() {
  const page = openPage('manager/slot-bulk/index', { resourceId: 'res-dome' });
  await page.shows('生成时段');
  return page;
}

describe('批量生成时段 (weapp build)', () => {
  test('the preview counts the week’s days on the chosen weekdays times the rows', async () => {
    const page = await open();
    expect(preview(page)).toContain('7 天 × 1 个时间段，共 7 个时段');
    // Any seven days in a row hold one Saturday and one Sunday.
    await page.tap('六');
    await page.tap('日');
    expect(await waitFor(() => preview(page)?.includes('5 天 × 1 个时间段，共 5 个时段') ?? false)).toBe(true);
    await page.tap('添加时间段');
    expect(preview(page)).toContain('5 天 × 2 个时间段，共 10 个时段');
    expect(page.text()).toContain('10:00');
    expect(page.text()).toContain('11:00');
    page.close();
  }, 20000);

  test('the submit sends the days, weekdays, rows and capacity, and shows what was made', async () => {
    const page = await open();
    await page.tap('添加时间段');
    await page.input('nut-input-native', '30');
    await page.tap('生成时段', cls('nut-button'));
    expect(await page.shows('已生成8个时段')).toBe(true);
    const from = addDays(dateOf(Date.now()), 1);
    const sent = callsTo('admin.slot.bulkCreate')[0]?.data;
    expect({ ...sent, weekdays: (sent?.weekdays as number[]).slice().sort() }).toEqual({
      resourceId: 'res-dome',
      from,
      to: addDays(from, 6),
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      times: [
        { start: '09:00', end: '10:00' },
        { start: '10:00', end: '11:00' },
      ],
      capacity: 30,
    });
    expect(page.text()).toContain('8 个时段');
    expect(page.text()).toContain('2 个（已跳过）');
    page.close();
  }, 20000);

  test('without a capacity nothing is sent and the field says so', async () => {
    const page = await open();
    await page.tap('生成时段', cls('nut-button'));
    expect(await page.shows('必填')).toBe(true);
    expect(page.find('每段容量', cls('field__label'))?.parentElement?.textContent).toContain('必填');
    expect(callsTo('admin.slot.bulkCreate')).toEqual([]);
    page.close();
  }, 20000);
});
