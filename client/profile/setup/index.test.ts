/**
 * Set-up (weapp build): where the set-up code comes from, 确认 claims the deployment with it and goes to
 * the manager home; a wrong code is refused with its message and the form stays; a deployment set up
 * already says so. Needs `npm run build:weapp` first.
 */
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
} from '../../testing/weappPage';

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['setup.status'] = { open: true, hasVenues: false };
});
afterEach(closePages);

async function open() {
  const page = openPage('profile/setup/index');
  expect(await page.shows('设置第一位管理员')).toBe(true);
  return page;
}

const confirm = (page: ReturnType<typeof openPage>) => page.tap('确认', cls('nut-button'));

describe('初始化 (weapp build)', () => {
  test('explains SETUP_CODE; 确认 claims with the code and goes to the manager home', async () => {
    answers['setup.claim'] = { roles: [{ role: 'admin' }] };
    const page = await open();
    expect(page.text()).toContain('SETUP_CODE');
    expect(page.text()).toContain('npm start');
    await page.input('nut-input-native', 'FIRST-ADMIN-2026');
    await confirm(page);
    expect(await page.shows('初始化完成')).toBe(true);
    expect(callsTo('setup.claim').map((c) => c.data)).toEqual([{ code: 'FIRST-ADMIN-2026' }]);
    expect(callsTo('setup.claim')[0].requestId).toBeTruthy();
    expect(await waitFor(() => navigated('redirectTo').length > 0, 3000)).toBe(true);
    expect(navigated('redirectTo')).toEqual(['/manager/index/index']);
  }, 20000);

  test('an empty code is asked for on the phone', async () => {
    const page = await open();
    await confirm(page);
    expect(await page.shows('请输入设置码')).toBe(true);
    expect(callsTo('setup.claim')).toEqual([]);
  }, 20000);

  test('a wrong code is refused with its message; the form stays', async () => {
    answers['setup.claim'] = fails('FORBIDDEN', '设置码不正确', { reason: 'wrong_code' });
    const page = await open();
    await page.input('nut-input-native', 'guess');
    await confirm(page);
    expect(await page.shows('设置码不正确')).toBe(true);
    expect(navigated('redirectTo')).toEqual([]);
    expect(page.text()).toContain('设置第一位管理员');
  }, 20000);

  test('claimed meanwhile: the refusal, then the page says it is set up', async () => {
    const page = await open();
    answers['setup.claim'] = fails('FORBIDDEN', '已完成初始化，请联系管理员', { reason: 'claimed' });
    answers['setup.status'] = { open: false, hasVenues: false };
    await page.input('nut-input-native', 'FIRST-ADMIN-2026');
    await confirm(page);
    expect(await page.shows('已完成初始化，请联系管理员')).toBe(true);
    expect(await page.shows('本环境已有管理员或未配置设置码')).toBe(true);
  }, 20000);
});
