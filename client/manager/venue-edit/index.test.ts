/**
 * The venue form (weapp build): a new venue is created with its kind, hours and closed days, an edit
 * keeps the venue's id and place in the list, the phone's check refuses an empty name before any call,
 * and the function's field errors show under their fields. Needs `npm run build:weapp` first.
 */
import type { VenueView } from '@shared/contract';
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

const MUSEUM: VenueView = {
  id: 'venue-museum',
  name: '星河科技馆',
  kind: 'museum',
  address: '滨江大道1号',
  hours: { opens: '09:30', closes: '17:00' },
  closedWeekdays: [1],
  closedDates: ['2027-01-01'],
  contact: '0571-88888888',
  order: 1,
};
const CULTURE: VenueView = { id: 'venue-culture', name: '滨江文化中心', kind: 'culture_center', order: 0 };

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-admin', roles: [{ role: 'admin' }], credit: { noShows: 0 } };
  answers['venue.list'] = [CULTURE, MUSEUM];
  answers['admin.venue.upsert'] = (data: Record<string, unknown>) => ({ id: 'venue-new', ...data });
});
afterEach(closePages);

/** Picks `value` in the system picker showing `text` (a date or time picker, or its 添加 chip). */
async function pick(page: RenderedPage, text: string, value: string) {
  const picker = page.find(text)?.closest('wx-picker');
  if (!picker) throw new Error(`no picker shows “${text}”`);
  fire(picker, 'change', { value });
  await settle();
}

/** The text of the form row labelled `label`: its control and the error under it. */
const row = (page: RenderedPage, label: string) =>
  page.find(label, cls('field__label'))?.parentElement?.textContent ?? '';

/** Inputs in the page's order: 场馆名称, 地址, 联系电话, 排序. */
const NAME = 0;
const CONTACT = 2;

const went = () => waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'));

describe('场馆 form (weapp build)', () => {
  test('a new venue is created with its kind, hours and closed days, last in the list', async () => {
    const page = openPage('manager/venue-edit/index');
    expect(await page.shows('创建场馆')).toBe(true);
    await page.input('nut-input-native', '滨江美术馆', NAME);
    await page.input('nut-input-native', '0571-12345678', CONTACT);
    await page.tap('景区', cls('nut-radio-button'));
    await pick(page, '17:00', '18:30');
    await page.tap('一', cls('nut-checkbox-button'));
    await page.tap('二', cls('nut-checkbox-button'));
    await pick(page, '+ 添加日期', '2027-02-10');
    await pick(page, '+ 添加日期', '2027-02-09');
    // The same date again is not added twice.
    await pick(page, '+ 添加日期', '2027-02-10');
    expect(row(page, '闭馆日期')).toContain('2月9日');
    await page.tap('创建场馆');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.venue.upsert')[0]?.data).toEqual({
      name: '滨江美术馆',
      kind: 'scenic_area',
      contact: '0571-12345678',
      hours: { opens: '09:00', closes: '18:30' },
      closedWeekdays: [1, 2],
      closedDates: ['2027-02-09', '2027-02-10'],
      order: 2,
    });
    expect(await went()).toBe(true);
    page.close();
  }, 20000);

  test('an edit shows the venue, a tap on a closed date removes it, and the save keeps its id and place', async () => {
    const page = openPage('manager/venue-edit/index', { venueId: 'venue-museum' });
    expect(await page.shows('保存修改')).toBe(true);
    expect(row(page, '开馆')).toContain('09:30');
    await page.tap('1月1日 周五 ×');
    expect(row(page, '闭馆日期')).not.toContain('1月1日');
    await page.tap('保存修改');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.venue.upsert')[0]?.data).toEqual({
      id: 'venue-museum',
      name: '星河科技馆',
      kind: 'museum',
      address: '滨江大道1号',
      contact: '0571-88888888',
      hours: { opens: '09:30', closes: '17:00' },
      closedWeekdays: [1],
      closedDates: [],
      order: 1,
    });
    expect(await went()).toBe(true);
    page.close();
  }, 20000);

  test('the phone’s check refuses an empty name and hours that close before they open, before any call', async () => {
    const page = openPage('manager/venue-edit/index');
    await page.shows('创建场馆');
    await pick(page, '17:00', '08:00');
    await page.tap('创建场馆');
    expect(await waitFor(() => row(page, '场馆名称').includes('不能为空'))).toBe(true);
    expect(row(page, '闭馆')).toContain('闭馆时间必须晚于开馆时间');
    expect(callsTo('admin.venue.upsert')).toEqual([]);
    page.close();
  }, 20000);

  test('a field error of INVALID_INPUT shows under its field, with the refusal toasted', async () => {
    answers['admin.venue.upsert'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [{ path: 'data.contact', message: '请填写有效的联系电话' }],
    });
    const page = openPage('manager/venue-edit/index', { venueId: 'venue-museum' });
    await page.shows('保存修改');
    await page.tap('保存修改');
    expect(await page.shows('填写的内容有误，请检查')).toBe(true);
    expect(await waitFor(() => row(page, '联系电话').includes('请填写有效的联系电话'))).toBe(true);
    expect(wxCalls.some((c) => c.api === 'navigateBack')).toBe(false);
    page.close();
  }, 20000);
});
