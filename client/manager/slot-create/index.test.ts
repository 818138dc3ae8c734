/**
 * One new slot (weapp build): a first-come session is sent with its instants in business time and the
 * page goes back; a lottery session starts with its close and draw before it, which move with its day, and
 * once created shows the commitment of its draw and what it is for; the phone's check and the function's
 * field errors show under their fields. Needs `npm run build:weapp` first.
 */
import type { LotteryView, ResourceView, SlotView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { addDays, dateOf } from '@shared/time';
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

const COMMITMENT = 'a3f1c2e4b5d6978812345678901234567890abcdefabcdefabcdefabcdef0123';

const today = dateOf(Date.now());
const day = (n: number) => addDays(today, n);

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [DOME, LECTURE];
  answers['admin.slot.create'] = (data: Record<string, unknown>): SlotView =>
    ({
      id: 's-new',
      resourceId: data.resourceId,
      start: data.start,
      end: data.end,
      capacity: data.capacity,
      remaining: data.capacity,
      status: 'not_open',
      opensAt: data.start,
      closesAt: data.closesAt ?? data.start,
      waiting: 0,
    }) as SlotView;
  answers['lottery.get'] = (data: Record<string, unknown>) => {
    const sent = callsTo('admin.slot.create')[0]?.data ?? {};
    return { slotId: data.slotId, commitment: COMMITMENT, ...sent } as unknown as LotteryView;
  };
});
afterEach(closePages);

/** The row labelled `label`: its control and the error under it. */
const rowOf = (page: RenderedPage, label: string) => page.find(label, cls('field__label'))?.parentElement ?? null;
const row = (page: RenderedPage, label: string) => rowOf(page, label)?.textContent ?? '';

/** Picks `value` in the `nth` system picker of the row labelled `label` (a moment's date is 0, its time 1). */
async function pick(page: RenderedPage, label: string, value: string, nth = 0) {
  const picker = rowOf(page, label)?.querySelectorAll('wx-picker')[nth];
  if (!picker) throw new Error(`no picker #${nth} in the row ${label}`);
  fire(picker, 'change', { value });
  await settle();
}

const create = (page: RenderedPage) => page.tap('创建时段', cls('nut-button'));
const went = () => waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'));

describe('新增时段 (weapp build)', () => {
  test('a first-come session is sent with its instants at +08:00, and the page goes back', async () => {
    const page = openPage('manager/slot-create/index', { resourceId: 'res-dome' });
    expect(await page.shows('创建时段')).toBe(true);
    expect(page.text()).not.toContain('报名截止');
    await pick(page, '开始时间', '14:00');
    await pick(page, '结束时间', '15:30');
    await page.input('nut-input-native', '30');
    await create(page);
    expect(await page.shows('时段已创建')).toBe(true);
    expect(callsTo('admin.slot.create')[0]?.data).toEqual({
      resourceId: 'res-dome',
      start: `${day(1)}T14:00:00+08:00`,
      end: `${day(1)}T15:30:00+08:00`,
      capacity: 30,
    });
    expect(await went()).toBe(true);
    expect(callsTo('lottery.get')).toEqual([]);
    page.close();
  }, 20000);

  test('a lottery session closes and draws before it, moving with its day, then shows its commitment', async () => {
    const page = openPage('manager/slot-create/index', { resourceId: 'res-lecture' });
    expect(await page.shows('创建时段')).toBe(true);
    expect(row(page, '日期')).toContain(day(3));
    expect(row(page, '报名截止')).toContain(`${day(1)}›18:00`);
    expect(row(page, '抽签时间')).toContain(`${day(2)}›10:00`);
    await pick(page, '日期', day(10));
    expect(row(page, '报名截止')).toContain(`${day(8)}›18:00`);
    await pick(page, '抽签时间', '20:00', 1);
    await page.input('nut-input-native', '50');
    await create(page);
    expect(await page.shows('抽签承诺')).toBe(true);
    expect(callsTo('admin.slot.create')[0]?.data).toEqual({
      resourceId: 'res-lecture',
      start: `${day(10)}T09:00:00+08:00`,
      end: `${day(10)}T10:00:00+08:00`,
      capacity: 50,
      closesAt: `${day(8)}T18:00:00+08:00`,
      drawAt: `${day(9)}T20:00:00+08:00`,
    });
    expect(callsTo('lottery.get').map((c) => c.data)).toEqual([{ slotId: 's-new' }]);
    expect(page.text()).toContain(COMMITMENT);
    expect(page.text()).toContain('SHA-256');
    expect(page.text()).toContain(`${day(9)} 20:00`);
    expect(wxCalls.some((c) => c.api === 'navigateBack')).toBe(false);
    await page.tap('返回时段列表');
    expect(await went()).toBe(true);
    page.close();
  }, 20000);

  test('the phone’s check asks for the capacity, then refuses a draw before the close, before any call', async () => {
    const page = openPage('manager/slot-create/index', { resourceId: 'res-lecture' });
    await page.shows('创建时段');
    await pick(page, '抽签时间', day(0));
    await create(page);
    expect(await waitFor(() => row(page, '容量').includes('必填'))).toBe(true);
    await page.input('nut-input-native', '50');
    expect(row(page, '容量')).not.toContain('必填');
    await create(page);
    expect(await waitFor(() => row(page, '抽签时间').includes('抽签时间不能早于报名截止时间'))).toBe(true);
    expect(callsTo('admin.slot.create')).toEqual([]);
    // A change of the draw clears its error.
    await pick(page, '抽签时间', day(2));
    expect(row(page, '抽签时间')).not.toContain('不能早于');
    page.close();
  }, 20000);

  test('a field error of INVALID_INPUT shows under its field, and the form stays', async () => {
    answers['admin.slot.create'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [{ path: 'data.closesAt', message: '报名截止时间已过' }],
    });
    const page = openPage('manager/slot-create/index', { resourceId: 'res-lecture' });
    await page.shows('创建时段');
    await page.input('nut-input-native', '50');
    await create(page);
    expect(await page.shows('填写的内容有误，请检查')).toBe(true);
    expect(await waitFor(() => row(page, '报名截止').includes('报名截止时间已过'))).toBe(true);
    expect(page.text()).not.toContain('抽签承诺');
    expect(callsTo('lottery.get')).toEqual([]);
    page.close();
  }, 20000);
});
