/**
 * The resource form (weapp build): a new resource is created with the default rules at its venue, an edit
 * saves the resource's changed rules under its id, the phone's check refuses before anything is sent, and
 * the server's field errors show under their fields. Needs `npm run build:weapp` first.
 */
import type { ResourceView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  openPage,
  reset,
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

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [LECTURE];
  answers['admin.resource.upsert'] = (data: Record<string, unknown>) => ({ ...LECTURE, ...data, id: 'res-new' });
});
afterEach(closePages);

/** The text of the form row labelled `label`: its control and the error under it. */
const row = (page: RenderedPage, label: string) =>
  page.find(label, cls('field__label'))?.parentElement?.textContent ?? '';

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
});
