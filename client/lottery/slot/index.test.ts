/**
 * A lottery slot (weapp build): the visitor applies with their attendees, withdraws before applications
 * close, and confirms a win, which opens the booking; a withdraw refused because applications closed
 * meanwhile loads the page again. Needs `npm run build:weapp` first.
 */
import type { ApplicationView, LotteryView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  navigated,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

const lottery = (over: Partial<LotteryView> = {}): LotteryView => ({
  slotId: 's-lecture',
  resourceId: 'r-lecture',
  resourceName: '科普讲座',
  venueId: 'v-museum',
  start: '2026-12-05T14:00:00+08:00',
  end: '2026-12-05T15:00:00+08:00',
  status: 'open',
  opensAt: '2026-11-28T09:00:00+08:00',
  closesAt: '2026-12-03T18:00:00+08:00',
  drawAt: '2026-12-03T20:00:00+08:00',
  commitment: '9f2c4e1d',
  applicants: 12,
  people: 20,
  places: 10,
  unconfirmed: 'nextRanks',
  ...over,
});

const RESOURCE = {
  id: 'r-lecture',
  venueId: 'v-museum',
  name: '科普讲座',
  kind: 'lecture',
  mode: 'slot',
  allocation: 'lottery',
  location: '一楼报告厅',
  policy: DEFAULT_POLICY,
};

const ATTENDEE = {
  id: 'a-1',
  name: '王小明',
  idType: 'id_card',
  idMasked: '1101**********1234',
  phoneMasked: '138****5678',
  credit: { noShows: 0 },
};

const application = (over: Partial<ApplicationView> = {}): ApplicationView => ({
  id: 'app-1',
  slotId: 's-lecture',
  resourceName: '科普讲座',
  venueName: '星河科技馆',
  start: '2026-12-05T14:00:00+08:00',
  end: '2026-12-05T15:00:00+08:00',
  status: 'applied',
  size: 1,
  attendees: [{ id: 'a-1', name: '王小明', idMasked: '1101**********1234' }],
  createdAt: '2026-11-29T10:00:00+08:00',
  ...over,
});

/** What lottery.get and lottery.mine answer now: a test changes them as the function would. */
let shown: LotteryView;
let mine: ApplicationView[];

beforeAll(startApp);
beforeEach(() => {
  reset();
  shown = lottery();
  mine = [];
  Object.assign(answers, {
    'user.me': { openid: 'o-visitor', roles: [], credit: { noShows: 0 }, privacyConsent: null },
    'lottery.get': () => shown,
    'lottery.mine': () => mine,
    'waitlist.mine': [],
    'resource.list': [RESOURCE],
    'attendee.list': [ATTENDEE],
    'notify.templates': [],
  });
});
afterEach(closePages);

async function open() {
  const page = openPage('lottery/slot/index', { slotId: 's-lecture' });
  expect(await page.shows('抽签承诺')).toBe(true);
  return page;
}

async function withdraw(page: RenderedPage) {
  await page.tap('撤回报名', cls('nut-button'));
  expect(await page.shows('确认撤回')).toBe(true);
  await settle(100);
  await page.tap('确认撤回', cls('nut-button'));
}

describe('抽签报名 (weapp build)', () => {
  test('the visitor applies with an attendee: lottery.apply with the slot and the group, then the application shows', async () => {
    answers['lottery.apply'] = () => {
      mine = [application()];
      return mine[0];
    };
    const page = await open();
    expect(callsTo('lottery.get')[0]?.data).toEqual({ slotId: 's-lecture' });
    const text = page.text();
    expect(text).toContain('报名中');
    expect(text).toContain('一楼报告厅');
    expect(text).toContain('12组 · 共20人');
    expect(text).toContain('9f2c4e1d');

    await page.tap('王小明', cls('nut-checkbox'));
    await waitFor(() => page.dom().querySelector(cls('nut-checkbox-icon-checked')) !== null);
    await settle(100);
    await page.tap('报名抽签', cls('nut-button'));
    expect(await page.shows('报名成功')).toBe(true);
    const sent = callsTo('lottery.apply');
    expect(sent.map((c) => c.data)).toEqual([{ slotId: 's-lecture', attendeeIds: ['a-1'] }]);
    expect(sent[0].requestId).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await page.shows('我的报名')).toBe(true);
    expect(page.text()).toContain('报名截止前可撤回');
  }, 20000);

  test('a refused application is toasted and the form stays', async () => {
    answers['lottery.apply'] = fails('DUPLICATE_BOOKING', '王小明已报名本场抽签');
    const page = await open();
    await page.tap('王小明', cls('nut-checkbox'));
    await waitFor(() => page.dom().querySelector(cls('nut-checkbox-icon-checked')) !== null);
    await settle(100);
    await page.tap('报名抽签', cls('nut-button'));
    expect(await page.shows('王小明已报名本场抽签')).toBe(true);
    expect(page.text()).not.toContain('我的报名');
    expect(page.find('报名抽签', cls('nut-button'))).not.toBeNull();
  }, 20000);

  test('withdrawing asks first, sends lottery.withdraw and the form comes back', async () => {
    mine = [application()];
    answers['lottery.withdraw'] = () => {
      mine = [application({ status: 'withdrawn' })];
      return mine[0];
    };
    const page = await open();
    expect(await page.shows('我的报名')).toBe(true);
    await withdraw(page);
    expect(await page.shows('已撤回报名')).toBe(true);
    expect(callsTo('lottery.withdraw').map((c) => c.data)).toEqual([{ applicationId: 'app-1' }]);
    // A withdrawn application no longer counts: the visitor may apply again.
    expect(await waitFor(() => page.find('报名抽签', cls('nut-button')) !== null)).toBe(true);
    expect(page.text()).not.toContain('我的报名');
  }, 20000);

  test('a withdraw refused because applications closed meanwhile is toasted and the page loads again', async () => {
    mine = [application()];
    answers['lottery.withdraw'] = () => {
      shown = lottery({ status: 'closed' });
      return fails('DEADLINE_PASSED', '报名已截止，不能撤回');
    };
    const page = await open();
    expect(page.find('撤回报名', cls('nut-button'))).not.toBeNull();
    const loads = callsTo('lottery.get').length;
    await withdraw(page);
    expect(await page.shows('报名已截止，不能撤回')).toBe(true);
    expect(await waitFor(() => callsTo('lottery.get').length === loads + 1)).toBe(true);
    expect(await page.shows('报名截止，待抽签')).toBe(true);
    expect(page.find('撤回报名', cls('nut-button'))).toBeNull();
    expect(callsTo('lottery.withdraw')).toHaveLength(1);
  }, 20000);

  test('a winner confirms: lottery.confirm with the application, then the booking opens', async () => {
    shown = lottery({ status: 'drawn', winners: 6, drawnAt: '2026-12-03T20:00:05+08:00' });
    mine = [application({ status: 'won', confirmBy: '2026-12-04T20:00:00+08:00' })];
    answers['lottery.confirm'] = () => {
      mine = [application({ status: 'confirmed', bookingId: 'b-lecture' })];
      return { id: 'b-lecture', slotId: 's-lecture', status: 'confirmed' };
    };
    const page = await open();
    expect(page.text()).toContain('恭喜，您已中签');
    expect(page.text()).toContain('请于 2026-12-04 20:00 前确认');
    await page.tap('确认预约', cls('nut-button'));
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('lottery.confirm').map((c) => c.data)).toEqual([{ applicationId: 'app-1' }]);
    expect(await page.shows('已确认预约，查看预约')).toBe(true);
    expect(await waitFor(() => navigated('navigateTo').length > 0, 3000)).toBe(true);
    expect(navigated('navigateTo')).toEqual(['/booking/detail/index?bookingId=b-lecture']);
  }, 20000);

  test('after the draw 验证抽签结果 opens the verification page', async () => {
    shown = lottery({ status: 'drawn', winners: 6, drawnAt: '2026-12-03T20:00:05+08:00' });
    mine = [application({ status: 'lost' })];
    const page = await open();
    expect(page.text()).toContain('很遗憾，未中签');
    await page.tap('验证抽签结果');
    expect(navigated('navigateTo')).toEqual(['/lottery/verify/index?slotId=s-lecture']);
  }, 20000);
});
