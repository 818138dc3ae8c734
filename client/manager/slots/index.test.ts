/**
 * A resource's slots (weapp build): the day's slots with their counts; 改容量 sends the new capacity and
 * shows the slot as answered, a capacity the check refuses stays in the dialog, a refusal saying the
 * slot moved on (closed meanwhile) loads the list again, and the footer opens the one-slot and bulk
 * forms. Needs `npm run build:weapp` first.
 */
import type { ResourceView, SlotView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { dateOf } from '@shared/time';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  navigated,
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

// The list opens on today's slots.
const day = dateOf(Date.now());
const slot = (over: Partial<SlotView> = {}): SlotView => ({
  id: 's-10',
  resourceId: 'res-dome',
  start: `${day}T10:00:00+08:00`,
  end: `${day}T11:00:00+08:00`,
  capacity: 30,
  remaining: 18,
  status: 'open',
  opensAt: `${day}T09:00:00+08:00`,
  closesAt: `${day}T09:00:00+08:00`,
  waiting: 0,
  ...over,
});

let listed: SlotView[] = [];

beforeAll(startApp);
beforeEach(() => {
  reset();
  listed = [slot()];
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [DOME];
  answers['slot.list'] = () => listed;
});
afterEach(closePages);

const row = (page: RenderedPage) => page.find('容量', cls('mgr-slot'))?.textContent ?? '';

async function open() {
  const page = openPage('manager/slots/index', { resourceId: 'res-dome' });
  await page.shows('已约 12');
  return page;
}

describe('时段管理 (weapp build)', () => {
  test('改容量 sends the new capacity and the row shows the slot as answered', async () => {
    answers['admin.slot.capacity'] = slot({ capacity: 40, remaining: 28 });
    const page = await open();
    expect(row(page)).toContain('容量 30 · 已约 12 · 余 18 · 候补 0人');
    await page.tap('改容量');
    expect(await page.shows('已预约 12 人，容量不能少于已预约人数。')).toBe(true);
    await page.input('nut-input-native', '40');
    await page.tap('保存');
    expect(await page.shows('容量已更新')).toBe(true);
    expect(callsTo('admin.slot.capacity').map((c) => c.data)).toEqual([{ slotId: 's-10', capacity: 40 }]);
    expect(row(page)).toContain('容量 40 · 已约 12 · 余 28');
    page.close();
  }, 20000);

  test('a capacity the check refuses shows in the dialog and nothing is sent', async () => {
    const page = await open();
    await page.tap('改容量');
    await page.input('nut-input-native', '0');
    await page.tap('保存');
    expect(await page.shows('不能小于1')).toBe(true);
    expect(callsTo('admin.slot.capacity')).toEqual([]);
    page.close();
  }, 20000);

  test('a stale refusal (the slot was closed meanwhile) is toasted and the list is loaded again', async () => {
    answers['admin.slot.capacity'] = () => {
      listed = [slot({ status: 'cancelled', reason: '设备检修' })];
      return fails('INVALID_STATE', '时段已关闭，不能修改');
    };
    const page = await open();
    expect(callsTo('slot.list')).toHaveLength(1);
    await page.tap('改容量');
    await page.input('nut-input-native', '40');
    await page.tap('保存');
    expect(await page.shows('时段已关闭，不能修改')).toBe(true);
    expect(await waitFor(() => row(page).includes('关闭原因：设备检修'))).toBe(true);
    expect(callsTo('slot.list')).toHaveLength(2);
    // A closed slot can no longer be changed.
    expect(page.find('改容量', cls('nut-button'))).toBeNull();
    page.close();
  }, 20000);

  test('新增时段 opens the one-slot form and 批量生成时段 the bulk one, for the resource', async () => {
    const page = await open();
    await page.tap('新增时段', cls('nut-button'));
    await page.tap('批量生成时段', cls('nut-button'));
    expect(navigated('navigateTo')).toEqual([
      '/manager/slot-create/index?resourceId=res-dome',
      '/manager/slot-bulk/index?resourceId=res-dome',
    ]);
    page.close();
  }, 20000);
});
