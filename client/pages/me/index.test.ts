/**
 * 我的 (weapp build): the name from the profile, or 未填写姓名 with a way to fill it in; 个人资料 opens the
 * profile; 初始化 shows only while setup.status says the deployment waits for its first admin.
 * Needs `npm run build:weapp` first.
 */
import { answers, closePages, navigated, openPage, reset, settle, startApp, waitFor } from '../../testing/weappPage';

let profile: { name: string; phoneMasked?: string } | null;

beforeAll(startApp);
beforeEach(() => {
  reset();
  profile = null;
  answers['user.me'] = () => ({
    openid: 'o-visitor-12345678',
    roles: [],
    credit: { noShows: 0, blockedUntil: null },
    can: { handleComplaints: false, complaintDesk: false },
    privacyConsent: null,
    profile,
  });
  answers['notice.list'] = [];
  answers['setup.status'] = { open: false, hasVenues: true };
});
afterEach(closePages);

async function open() {
  const page = openPage('pages/me/index');
  expect(await page.shows('个人资料')).toBe(true);
  return page;
}

describe('我的 (weapp build)', () => {
  test('no name yet: 未填写姓名 and a hint that staff lists show it, leading to 个人资料', async () => {
    const page = await open();
    expect(page.text()).toContain('未填写姓名');
    expect(page.text()).toContain('工作人员名单中会显示你的姓名');
    await page.tap('工作人员名单中会显示你的姓名，去填写 ›');
    await page.tap('个人资料');
    expect(navigated('navigateTo')).toEqual(['/profile/edit/index', '/profile/edit/index']);
  }, 20000);

  test('the name when set, and no hint', async () => {
    profile = { name: '张晓明', phoneMasked: '138****1234' };
    const page = await open();
    expect(await page.shows('张晓明')).toBe(true);
    expect(page.text()).not.toContain('未填写姓名');
    expect(page.text()).not.toContain('去填写');
  }, 20000);

  test('初始化 is hidden once the deployment is set up', async () => {
    const page = await open();
    await settle(100);
    expect(page.text()).not.toContain('初始化');
  }, 20000);

  test('初始化 shows while setup.status is open, and opens the set-up page', async () => {
    answers['setup.status'] = { open: true, hasVenues: false };
    const page = await open();
    expect(await waitFor(() => page.text().includes('初始化'))).toBe(true);
    await page.tap('初始化');
    expect(navigated('navigateTo')).toEqual(['/profile/setup/index']);
  }, 20000);
});
