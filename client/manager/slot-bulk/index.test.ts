/**
 * Bulk slots (weapp build): the preview counts the slots the choices make, the submit sends them with the
 * capacity typed, and the result says how many were made and skipped. Needs `npm run build:weapp` first.
 */
import type { ResourceView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { monthDayTime, slotWhen } from '@shared/dates';
import { addDays, atLocal, dateOf } from '@shared/time';
import {
  answers,
  callsTo,
  closePages,
  cls,
  openPage,
  reset,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

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
const LECTURE: ResourceView = { ...DOME, id: 'res-lecture', name: '科普讲座', kind: 'event', allocation: 'lottery' };

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [DOME, LECTURE];
  answers['admin.slot.bulkCreate'] = { created: 8, skipped: 2 };
  answers['venue.list'] = [{ id: 'venue-museum', name: '星河科技馆', kind: 'museum' }];
});
afterEach(closePages);

const preview = (page: ReturnType<typeof openPage>) => page.find('个时间段', cls('bulk-form__preview'))?.textContent;

/** The text of the form row labelled `label`: its control and the error under it. */
const row = (page: RenderedPage, label: string) =>
  page.find(label, cls('field__label'))?.parentElement?.textContent ?? '';

/** Inputs in the page's order: 每段容量, then a lottery resource's 报名截止 and 抽签时间 (hours). */
const CAPACITY = 0;
const CLOSES = 1;
const DRAW = 2;

async function open(resourceId = 'res-dome') {
  const page = openPage('manager/slot-bulk/index', { resourceId });
  await page.shows('生成时段');
  return page;
}

describe('批量生成时段 (weapp build)', () => {
  test('the preview counts the week’s days on the chosen weekdays times the rows', async () => {
    const page = await open();
    expect(preview(page)).toContain('7 天 × 1 个时间段，共 7 个时段');
    // A first-come resource has no close or draw to set.
    expect(page.text()).not.toContain('报名截止');
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

  test('the venue’s weekly closing day is left out of the preview, as the function leaves it out', async () => {
    answers['venue.list'] = [{ id: 'venue-museum', name: '星河科技馆', kind: 'museum', closedWeekdays: [1] }];
    const page = await open();
    // Any seven days in a row hold one Monday.
    expect(preview(page)).toContain('6 天 × 1 个时间段，共 6 个时段');
    expect(page.text()).toContain('场馆闭馆日不生成时段');
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

  test('a lottery resource sends its close and draw in minutes, and the preview says each session’s', async () => {
    const page = await open('res-lecture');
    expect(row(page, '报名截止')).toContain('小时前');
    const from = addDays(dateOf(Date.now()), 1);
    const start = atLocal(from, '09:00');
    const hours = (n: number) => n * 3600 * 1000;
    // The first session's close and draw, by the default lead times (48 and 24 hours).
    expect(preview(page)).toContain(
      `${slotWhen(start, atLocal(from, '10:00'))}：报名截止 ${monthDayTime(start - hours(48))}，抽签 ${monthDayTime(start - hours(24))}`,
    );
    await page.input('nut-input-native', '72', CLOSES);
    await page.input('nut-input-native', '36', DRAW);
    expect(preview(page)).toContain(`抽签 ${monthDayTime(start - hours(36))}`);
    expect(preview(page)).toContain('其余时段同样按开始前的时长截止报名和抽签');
    await page.input('nut-input-native', '20', CAPACITY);
    await page.tap('生成时段', cls('nut-button'));
    expect(await page.shows('已生成8个时段')).toBe(true);
    expect(callsTo('admin.slot.bulkCreate')[0]?.data).toMatchObject({
      resourceId: 'res-lecture',
      capacity: 20,
      lottery: { closesMinutesBefore: 72 * 60, drawMinutesBefore: 36 * 60 },
    });
    page.close();
  }, 20000);

  test('a draw set before the close is refused under its field, and nothing is sent', async () => {
    const page = await open('res-lecture');
    await page.input('nut-input-native', '20', CAPACITY);
    await page.input('nut-input-native', '12', CLOSES);
    await page.tap('生成时段', cls('nut-button'));
    expect(await waitFor(() => row(page, '抽签时间').includes('抽签时间不能早于报名截止时间'))).toBe(true);
    expect(callsTo('admin.slot.bulkCreate')).toEqual([]);
    page.close();
  }, 20000);
});
