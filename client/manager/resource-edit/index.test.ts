/**
 * The resource form (weapp build): a new resource is created with the default rules at its venue, an edit
 * saves the resource's changed rules under its id, the phone's check refuses before anything is sent, and
 * the server's field errors show under their fields; a slot resource sells tickets at prices typed in yuan and
 * sent in fen, or is made free again. Needs `npm run build:weapp` first.
 */
import type { ResourceView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  fire,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../../testing/weappPage';

const LECTURE: ResourceView = {
  id: 'res-lecture',
  venueId: 'venue-museum',
  name: '科普讲座',
  kind: 'event',
  mode: 'slot',
  allocation: 'lottery',
  location: '报告厅',
  policy: { ...DEFAULT_POLICY, lottery: { ...DEFAULT_POLICY.lottery, unconfirmed: 'nextRanks' } },
};

/** A room still booked by slots, with interval rules of its own to change (Monday to Saturday, 08:00–20:00). */
const ROOM: ResourceView = {
  id: 'res-room',
  venueId: 'venue-office',
  name: '会议室B',
  kind: 'room',
  mode: 'slot',
  allocation: 'lottery',
  policy: {
    ...DEFAULT_POLICY,
    realName: true,
    interval: {
      ...DEFAULT_POLICY.interval,
      hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
      granularityMinutes: 30,
      leadWorkingDays: 0,
      quantity: 2,
      capacity: 6,
    },
  },
};

/** A free concert, first come first served, to sell tickets for. */
const CONCERT: ResourceView = {
  id: 'res-concert',
  venueId: 'venue-culture',
  name: '周末音乐会',
  kind: 'event',
  mode: 'slot',
  allocation: 'fcfs',
  policy: DEFAULT_POLICY,
};

/** A concert that sells tickets already (and has zones from its seat map, which this form leaves alone). */
const GALA: ResourceView = {
  ...CONCERT,
  id: 'res-gala',
  name: '新年音乐会',
  policy: {
    ...DEFAULT_POLICY,
    pricing: {
      ticketTypes: [{ id: 'full', name: '全价', priceFen: 12000 }],
      holdMinutes: 15,
      refund: { fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 },
      zones: [{ id: 'stalls', name: '池座', prices: { full: 18000 } }],
    },
  },
};

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [LECTURE, ROOM, CONCERT, GALA];
  answers['admin.resource.upsert'] = (data: Record<string, unknown>) => ({ ...LECTURE, ...data, id: 'res-new' });
});
afterEach(closePages);

/** The text of the form row labelled `label`: its control and the error under it. */
const row = (page: RenderedPage, label: string) =>
  page.find(label, cls('field__label'))?.parentElement?.textContent ?? '';

/** The place of the input in the form row labelled `label`, among the page's inputs (for `page.input`). */
function inputOf(page: RenderedPage, label: string): number {
  const inRow = page.find(label, cls('field__label'))?.parentElement;
  const at = Array.from(page.dom().querySelectorAll(cls('nut-input-native'))).findIndex((el) => inRow?.contains(el));
  if (at < 0) throw new Error(`no input in the row ${label}`);
  return at;
}

/** The row of a weekday in 每周开放时间 (`周一`). */
const dayRow = (page: RenderedPage, day: string) =>
  page.find(day, cls('nut-checkbox-button'))?.closest(cls('week-hours__row')) ?? null;

/** Picks a weekday's opening and closing times, one after the other, as the system time pickers report them. */
async function pickHours(page: RenderedPage, day: string, opens: string, closes: string) {
  for (const [nth, value] of [opens, closes].entries()) {
    const picker = dayRow(page, day)?.querySelectorAll('wx-picker')[nth];
    if (!picker) throw new Error(`no time picker #${nth} in the row ${day}`);
    fire(picker, 'change', { value });
    await settle();
  }
}

/** The place of the `nth` input of ticket type row `row` (name, price, proof), among the page's inputs. */
function ticketInput(page: RenderedPage, row: number, nth: number): number {
  const inRow = page.dom().querySelectorAll(cls('ticket-types__row'))[row];
  const inputs = Array.from(page.dom().querySelectorAll(cls('nut-input-native')));
  const at = inputs.indexOf(inputs.filter((el) => inRow?.contains(el))[nth]);
  if (at < 0) throw new Error(`no input #${nth} in ticket row ${row}`);
  return at;
}
const NAME_OF = 0;
const PRICE_OF = 1;
const PROOF_OF = 2;

/** Inputs in the page's order: 项目名称, 地点, then the rules' numbers (提前开放天数 is #2). */
const NAME = 0;
const PER_ACCOUNT = 6;

describe('项目 form (weapp build)', () => {
  test('a new resource is created at the venue with the default rules, and the page goes back', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-museum' });
    expect(await page.shows('创建项目')).toBe(true);
    // A first-come resource has no lottery rules to fill in.
    expect(page.text()).not.toContain('抽签规则');
    expect(callsTo('resource.list')).toEqual([]);
    await page.input('nut-input-native', '球幕影院', NAME);
    await page.tap('活动', cls('nut-radio-button'));
    await page.tap('创建项目');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.resource.upsert')[0]?.data).toEqual({
      venueId: 'venue-museum',
      name: '球幕影院',
      kind: 'event',
      mode: 'slot',
      allocation: 'fcfs',
      policy: DEFAULT_POLICY,
    });
    expect(await waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'))).toBe(true);
    page.close();
  }, 20000);

  test('an edit saves the changed rules under the resource’s id', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-museum', resourceId: 'res-lecture' });
    expect(await page.shows('保存修改')).toBe(true);
    expect(page.text()).toContain('抽签规则');
    await page.input('nut-input-native', '3', PER_ACCOUNT);
    await page.tap('转入候补，由候补者依次获得');
    await page.tap('保存修改');
    expect(await page.shows('已保存')).toBe(true);
    const sent = callsTo('admin.resource.upsert')[0]?.data;
    expect(sent).toMatchObject({ id: 'res-lecture', venueId: 'venue-museum', name: '科普讲座', allocation: 'lottery' });
    expect(sent?.policy).toEqual({
      ...DEFAULT_POLICY,
      perAccountPerDay: 3,
      lottery: { ...DEFAULT_POLICY.lottery, unconfirmed: 'waitlist' },
    });
    expect(await waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'))).toBe(true);
    page.close();
  }, 20000);

  test('the phone’s check refuses an empty name and an empty rule before any call, under their fields', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-museum', resourceId: 'res-lecture' });
    await page.shows('保存修改');
    await page.input('nut-input-native', '', NAME);
    await page.input('nut-input-native', '', PER_ACCOUNT);
    await page.tap('保存修改');
    expect(await waitFor(() => row(page, '项目名称').includes('不能为空'))).toBe(true);
    expect(row(page, '每账号每日名额')).toContain('必填');
    expect(callsTo('admin.resource.upsert')).toEqual([]);
    // Typing into the field clears its error only.
    await page.input('nut-input-native', '2', PER_ACCOUNT);
    expect(row(page, '每账号每日名额')).not.toContain('必填');
    expect(row(page, '项目名称')).toContain('不能为空');
    page.close();
  }, 20000);

  test('a field error of INVALID_INPUT shows under its field, with the refusal toasted', async () => {
    answers['admin.resource.upsert'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [{ path: 'data.policy.perAccountPerDay', message: '不能少于每单人数上限' }],
    });
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-museum', resourceId: 'res-lecture' });
    await page.shows('保存修改');
    await page.tap('保存修改');
    expect(await page.shows('填写的内容有误，请检查')).toBe(true);
    expect(await waitFor(() => row(page, '每账号每日名额').includes('不能少于每单人数上限'))).toBe(true);
    expect(row(page, '每单人数上限')).not.toContain('不能少于每单人数上限');
    expect(callsTo('admin.resource.upsert')).toHaveLength(1);
    expect(wxCalls.some((c) => c.api === 'navigateBack')).toBe(false);
    page.close();
  }, 20000);

  test('a room switched to 时间区间 is saved with its hours, grid, lead time, seats and no real names', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-office', resourceId: 'res-room' });
    expect(await page.shows('保存修改')).toBe(true);
    // Booked by slots, the interval rules are not asked for, and the lottery is.
    expect(page.text()).not.toContain('每周开放时间');
    expect(page.text()).toContain('抽签规则');
    await page.tap('时间区间', cls('nut-radio-button'));
    expect(await page.shows('每周开放时间')).toBe(true);
    // Booked by the hour there is no lottery: neither the choice nor its rules.
    expect(page.text()).not.toContain('名额分配');
    expect(page.text()).not.toContain('抽签规则');

    await page.tap('15分钟', cls('nut-radio-button'));
    for (const day of ['周一', '周二', '周三', '周四', '周五']) await pickHours(page, day, '09:00', '18:00');
    await page.tap('周六', cls('nut-checkbox-button'));
    await page.input('nut-input-native', '1', inputOf(page, '至少提前'));
    await page.input('nut-input-native', '12', inputOf(page, '容纳人数'));
    await page.tap('无需实名（本人预约）', cls('nut-radio-button'));
    expect(dayRow(page, '周六')?.textContent).toContain('不开放');
    expect(dayRow(page, '周一')?.textContent).toContain('09:00');

    await page.tap('保存修改');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.resource.upsert')[0]?.data).toEqual({
      id: 'res-room',
      venueId: 'venue-office',
      name: '会议室B',
      kind: 'room',
      mode: 'interval',
      allocation: 'fcfs',
      policy: {
        ...ROOM.policy,
        realName: false,
        interval: {
          ...ROOM.policy.interval,
          hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })),
          granularityMinutes: 15,
          leadWorkingDays: 1,
          capacity: 12,
        },
      },
    });
    expect(await waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'))).toBe(true);
    page.close();
  }, 20000);

  test('a day closing before it opens, and an empty seat count, are refused on their own rows', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-office', resourceId: 'res-room' });
    await page.shows('保存修改');
    await page.tap('时间区间', cls('nut-radio-button'));
    await page.shows('每周开放时间');
    // Tuesday closed: Wednesday is the second day sent, and its error shows on Wednesday's row.
    await page.tap('周二', cls('nut-checkbox-button'));
    await pickHours(page, '周三', '14:00', '13:00');
    await page.input('nut-input-native', '', inputOf(page, '容纳人数'));
    await page.tap('保存修改');
    expect(await waitFor(() => (dayRow(page, '周三')?.textContent ?? '').includes('结束时间必须晚于开始时间'))).toBe(
      true,
    );
    expect(dayRow(page, '周四')?.textContent).not.toContain('结束时间必须晚于开始时间');
    expect(row(page, '容纳人数')).toContain('必填');
    expect(callsTo('admin.resource.upsert')).toEqual([]);
    // Picking the day's times again clears its error.
    await pickHours(page, '周三', '09:00', '18:00');
    expect(await waitFor(() => !(dayRow(page, '周三')?.textContent ?? '').includes('结束时间'))).toBe(true);
    page.close();
  }, 20000);

  test('a concert set to sell tickets is saved with its ticket types in fen, its hold and its refund rule', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-culture', resourceId: 'res-concert' });
    expect(await page.shows('票价与退款')).toBe(true);
    // Free: nothing to fill in but the choice.
    expect(page.text()).not.toContain('添加票种');
    await page.tap('收费（不勾选为免费）', cls('nut-checkbox'));
    expect(await page.shows('添加票种')).toBe(true);
    await page.input('nut-input-native', '80', ticketInput(page, 0, PRICE_OF));
    await page.tap('添加票种');
    await page.input('nut-input-native', '学生', ticketInput(page, 1, NAME_OF));
    await page.input('nut-input-native', '40.5', ticketInput(page, 1, PRICE_OF));
    await page.input('nut-input-native', '学生证', ticketInput(page, 1, PROOF_OF));
    await page.input('nut-input-native', '2', inputOf(page, '部分退款截止'));
    await page.input('nut-input-native', '70', inputOf(page, '部分退款比例'));
    await page.tap('保存修改');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.resource.upsert')[0]?.data?.policy).toEqual({
      ...DEFAULT_POLICY,
      pricing: {
        ticketTypes: [
          { id: 't1', name: '全价', priceFen: 8000 },
          { id: 't2', name: '学生', priceFen: 4050, proof: '学生证' },
        ],
        holdMinutes: 15,
        refund: { fullHoursBefore: 24, partialHoursBefore: 2, partialPercent: 70 },
      },
    });
    page.close();
  }, 20000);

  test('a malformed price is refused under its row before any call; turned free, the prices are removed', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-culture', resourceId: 'res-gala' });
    expect(await page.shows('添加票种')).toBe(true);
    await page.input('nut-input-native', '120.555', ticketInput(page, 0, PRICE_OF));
    await page.tap('保存修改');
    const row = () => page.dom().querySelectorAll(cls('ticket-types__row'))[0]?.textContent ?? '';
    expect(await waitFor(() => row().includes('格式不正确'))).toBe(true);
    expect(callsTo('admin.resource.upsert')).toEqual([]);

    await page.tap('收费（不勾选为免费）', cls('nut-checkbox'));
    expect(await waitFor(() => !page.text().includes('添加票种'))).toBe(true);
    await page.tap('保存修改');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.resource.upsert')[0]?.data?.policy).toEqual({ ...DEFAULT_POLICY, pricing: null });
    page.close();
  }, 20000);

  test('by the hour there are no prices to set; back to slots, the prices and zones go back as they were', async () => {
    const page = openPage('manager/resource-edit/index', { venueId: 'venue-culture', resourceId: 'res-gala' });
    expect(await page.shows('添加票种')).toBe(true);
    await page.tap('时间区间', cls('nut-radio-button'));
    expect(await waitFor(() => !page.text().includes('票价与退款'))).toBe(true);
    await page.tap('分时段', cls('nut-radio-button'));
    expect(await page.shows('添加票种')).toBe(true);
    await page.tap('保存修改');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.resource.upsert')[0]?.data?.policy).toEqual(GALA.policy);
    page.close();
  }, 20000);
});
