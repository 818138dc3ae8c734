/**
 * 代客预约 (weapp build): staff choose a slot of their venue (a lottery resource is not offered; a slot closed
 * to online booking is, until it starts), take the person's name, phone, ID, company and needs, confirm they
 * told them of the privacy notice, and book with desk.book; the pass opens next. What is missing shows at the
 * fields before anything is sent, the server's field errors beside them, a refusal in its own words; a slot
 * full meanwhile shows full. Opened for a slot from the roster, that slot is taken. Needs `npm run
 * build:weapp` first.
 */
import type { BookingView, RoleGrant, SlotView } from '@shared/contract';
import { residentIdCheckChar } from '@shared/rules/idDocument';
import { RESOURCE, TODAY, TOMORROW, booking, buttonInRow, slot, tapInRow } from '../../booking/testing';
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

const FIRST17 = '11010119900307123';
const ID_NUMBER = FIRST17 + residentIdCheckChar(FIRST17);
const CONSENT = '已向对方说明个人信息保护说明，并征得其同意';

const BOOKED: BookingView = booking({
  id: 'bk_7d2e9a8f3a21c0',
  desk: { name: '王小明', phoneMasked: '138****1111', bookedBy: { ref: 'p-1', name: '李娜', idMasked: '—' } },
});

let roles: RoleGrant[];
/** What slot.list answers now: a test changes it as the function would. */
let slots: SlotView[];

beforeAll(startApp);
beforeEach(() => {
  reset();
  roles = [{ role: 'staff', venueId: 'v-museum' }];
  slots = [
    slot('s-10', TODAY, '10:00'),
    slot('s-14', TODAY, '14:00', { remaining: 0, status: 'full' }),
    // Closed to online booking, not yet started, places left: the ticket window still sells it.
    slot('s-late', TOMORROW, '09:00', { remaining: 3, status: 'closed' }),
  ];
  answers['user.me'] = () => ({ openid: 'o-staff', roles, credit: { noShows: 0 }, privacyConsent: null });
  answers['venue.list'] = [
    { id: 'v-museum', name: '星河科技馆', kind: 'museum' },
    { id: 'v-park', name: '湿地公园', kind: 'scenic_area' },
  ];
  answers['resource.list'] = [RESOURCE, { ...RESOURCE, id: 'r-night', name: '天文台夜观', allocation: 'lottery' }];
  answers['slot.list'] = () => slots;
});
afterEach(closePages);

async function chooseSlot() {
  const page = openPage('staff/desk-book/index');
  expect(await page.shows('10:00–11:00')).toBe(true);
  await tapInRow(page, '10:00', '选择');
  expect(await page.shows('预约人信息')).toBe(true);
  return page;
}

async function fill(page: RenderedPage) {
  await page.input('nut-input-native', '王小明', 0);
  await page.input('nut-input-native', '13800001111', 1);
  await page.input('nut-input-native', ID_NUMBER, 2);
  await page.input('nut-input-native', '星河小学', 3);
  await page.input('staff-form__textarea', '一位轮椅使用者');
}

const consent = (page: RenderedPage) => page.tap(CONSENT, cls('nut-checkbox'));
const book = (page: RenderedPage) => page.tap('确认预约', cls('nut-button'));

describe('代客预约 (weapp build)', () => {
  test('a slot of the venue, the person, the consent: desk.book, then the pass', async () => {
    answers['desk.book'] = BOOKED;
    const page = openPage('staff/desk-book/index');
    expect(await page.shows('10:00–11:00')).toBe(true);
    // Only the staff member's venue, and no lottery resource: its places go by the draw.
    expect(page.text()).toContain('星河科技馆');
    expect(page.text()).not.toContain('湿地公园');
    expect(page.text()).not.toContain('天文台夜观');
    expect(new Set(callsTo('resource.list').map((c) => c.data?.venueId))).toEqual(new Set(['v-museum']));
    // A full slot offers nothing to choose.
    expect(page.dom().querySelectorAll(cls('nut-button'))).toHaveLength(1);
    await page.tap('明天');
    expect(buttonInRow(page, '09:00', '选择')).not.toBeNull();
    await page.tap('今天');

    await tapInRow(page, '10:00', '选择');
    expect(await page.shows('预约人信息')).toBe(true);
    expect(page.text()).toContain('VR飞行体验');
    expect(callsTo('slot.list').at(-1)?.data).toEqual({ resourceId: RESOURCE.id, from: TODAY, to: TODAY });

    await fill(page);
    await consent(page);
    await book(page);
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('desk.book').map((c) => c.data)).toEqual([
      {
        slotId: 's-10',
        name: '王小明',
        phone: '13800001111',
        idType: 'id_card',
        idNumber: ID_NUMBER,
        company: '星河小学',
        needs: '一位轮椅使用者',
      },
    ]);
    expect(await waitFor(() => navigated('redirectTo').length === 1)).toBe(true);
    expect(navigated('redirectTo')).toEqual(['/staff/desk-pass/index?bookingId=bk_7d2e9a8f3a21c0']);
  }, 20000);

  test('what is missing shows at the fields, the consent among them; the server’s field errors and refusals too', async () => {
    const page = await chooseSlot();
    await book(page);
    expect(await page.shows('请填写姓名')).toBe(true);
    expect(page.text()).toContain('请输入11位中国大陆手机号');
    expect(page.text()).toContain('请向对方说明个人信息保护说明并征得同意');
    expect(callsTo('desk.book')).toEqual([]);

    await fill(page);
    await consent(page);
    answers['desk.book'] = fails('INVALID_INPUT', '填写的信息有误，请检查后重试', {
      fields: [{ path: 'data.idNumber', message: '证件号码与姓名不符' }],
    });
    await book(page);
    expect(await page.shows('证件号码与姓名不符')).toBe(true);
    expect(page.text()).not.toContain('请向对方说明个人信息保护说明并征得同意');

    answers['desk.book'] = fails('DUPLICATE_BOOKING', '该证件当天已预约过此项目');
    await page.input('nut-input-native', ID_NUMBER, 2);
    await book(page);
    expect(await page.shows('该证件当天已预约过此项目')).toBe(true);
    expect(callsTo('desk.book')).toHaveLength(2);
    expect(navigated('redirectTo')).toEqual([]);
  }, 20000);

  test('opened for a slot from the roster: that slot; full meanwhile, it shows full; 更换时段 chooses another', async () => {
    answers['checkin.roster'] = {
      slot: {
        slotId: 's-10',
        resourceId: RESOURCE.id,
        resourceName: RESOURCE.name,
        start: slots[0].start,
        end: slots[0].end,
        status: 'open',
        booked: 18,
        checkedIn: 3,
        pending: 15,
      },
      bookings: [],
    };
    answers['desk.book'] = () => {
      slots = [{ ...slots[0], remaining: 0, status: 'full' }, slots[1]];
      return fails('SLOT_FULL', '该时段已约满，请选择其他时段');
    };
    const page = openPage('staff/desk-book/index', { slotId: 's-10' });
    expect(await page.shows('预约人信息')).toBe(true);
    expect(callsTo('checkin.roster').map((c) => c.data)).toEqual([{ slotId: 's-10' }]);
    expect(await page.shows('余 12 / 30')).toBe(true);

    await fill(page);
    await consent(page);
    await book(page);
    expect(await page.shows('该时段已约满，请选择其他时段')).toBe(true);
    expect(await page.shows('已约满')).toBe(true);
    expect(page.text()).toContain('余 0 / 30');

    await page.tap('更换时段');
    expect(await page.shows('选择项目')).toBe(true);
    expect(page.text()).not.toContain('预约人信息');
  }, 20000);

  test('someone without the staff role is told so', async () => {
    roles = [{ role: 'handler', departmentId: 'dept-exhibition' }];
    const page = openPage('staff/desk-book/index');
    expect(await page.shows('仅现场服务人员可代客预约')).toBe(true);
    expect(callsTo('resource.list')).toEqual([]);
  }, 20000);
});
