/**
 * Accepting an invitation (weapp build), the page a QR code or a shared link opens: the code and
 * 接受邀请; the roles granted and the way to the desk; a used, expired or revoked invitation says so;
 * without a name in the profile a prompt to fill it in, accepting still allowed. Needs `npm run build:weapp` first.
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

const CODE = 'K7Q2M9XP4D';
const VENUES = [{ id: 'venue-museum', name: '星河科技馆', kind: 'museum' }];

let profile: { name: string } | null;
/** What the camera reads, as WeChat answers wx.scanCode. */
let scanned = '';

beforeAll(() => {
  // Taro takes the wx APIs there are when the app starts: the camera joins the stubbed wx as it is installed.
  let wx: Record<string, unknown> | undefined;
  Object.defineProperty(global, 'wx', {
    configurable: true,
    get: () => wx,
    set: (stub: Record<string, unknown>) => {
      wx = stub;
      wx.scanCode = (arg: { success?: (res: unknown) => void }) =>
        arg.success?.({ result: scanned, errMsg: 'scanCode:ok' });
    },
  });
  startApp();
});
beforeEach(() => {
  reset();
  profile = { name: '李文' };
  answers['user.me'] = () => ({ openid: 'o-new', roles: [], credit: { noShows: 0 }, privacyConsent: null, profile });
  answers['venue.list'] = VENUES;
});
afterEach(closePages);

async function open(query: Record<string, string> = { code: CODE }) {
  const page = openPage('profile/invite/index', query);
  expect(await page.shows('你收到一份工作人员邀请')).toBe(true);
  return page;
}

const accept = (page: ReturnType<typeof openPage>) => page.tap('接受邀请', cls('nut-button'));

describe('工作人员邀请 (weapp build)', () => {
  test('接受邀请 sends the code, shows the roles granted and leads to the desk', async () => {
    answers['invite.accept'] = { roles: [{ role: 'staff', venueId: 'venue-museum' }] };
    const page = await open();
    expect(page.text()).toContain(`邀请码 ${CODE}`);
    expect(page.text()).not.toContain('请先填写个人资料');
    await accept(page);
    expect(await page.shows('已接受邀请')).toBe(true);
    expect(callsTo('invite.accept').map((c) => c.data)).toEqual([{ code: CODE }]);
    expect(page.text()).toContain('现场服务人员 · 星河科技馆');
    expect(page.text()).not.toContain('前往场馆管理');
    await page.tap('前往工作台', cls('nut-button'));
    expect(navigated('switchTab')).toEqual(['/pages/staff/index']);
  }, 20000);

  test('a manager invitation leads to the manager home', async () => {
    answers['invite.accept'] = { roles: [{ role: 'manager', venueId: 'venue-museum' }] };
    const page = await open();
    await accept(page);
    expect(await page.shows('场馆管理员 · 星河科技馆')).toBe(true);
    await page.tap('前往场馆管理', cls('nut-button'));
    expect(navigated('redirectTo')).toEqual(['/manager/index/index']);
  }, 20000);

  test('an invitation used already says so, and nothing is granted', async () => {
    answers['invite.accept'] = fails('INVALID_STATE', '该邀请已被使用', { reason: 'invite_used' });
    const page = await open();
    await accept(page);
    expect(await page.shows('邀请已被使用')).toBe(true);
    expect(page.text()).toContain('该邀请已被使用');
    expect(page.text()).toContain('请联系邀请你的管理员重新发送邀请');
    expect(page.text()).not.toContain('已接受邀请');
  }, 20000);

  test('expired and revoked invitations are told apart', async () => {
    answers['invite.accept'] = fails('INVALID_STATE', '该邀请已过期', { reason: 'invite_expired' });
    const page = await open();
    await accept(page);
    expect(await page.shows('邀请已过期')).toBe(true);
    answers['invite.accept'] = fails('INVALID_STATE', '该邀请已被撤销', { reason: 'invite_revoked' });
    await accept(page);
    expect(await page.shows('邀请已撤销')).toBe(true);
    answers['invite.accept'] = fails('NOT_FOUND', '未找到相关记录');
    await accept(page);
    expect(await page.shows('邀请码无效')).toBe(true);
  }, 20000);

  test('without a name: a prompt to fill in the profile, and accepting is still allowed', async () => {
    profile = null;
    answers['invite.accept'] = { roles: [{ role: 'handler', departmentId: 'dept-guide' }] };
    const page = await open();
    expect(await page.shows('请先填写个人资料')).toBe(true);
    await page.tap('去填写姓名 ›');
    expect(navigated('navigateTo')).toEqual(['/profile/edit/index']);
    await accept(page);
    expect(await page.shows('已接受邀请')).toBe(true);
    expect(page.text()).toContain('投诉处理人员');
    expect(await waitFor(() => page.text().includes('前往场馆管理'))).toBe(true);
  }, 20000);

  test('opened without a code, it scans the invitation and opens it; something else is not taken', async () => {
    const page = openPage('profile/invite/index', {});
    expect(await page.shows('接受工作人员邀请')).toBe(true);
    scanned = 'https://example.com/not-an-invitation';
    await page.tap('扫码打开邀请', cls('nut-button'));
    expect(await page.shows('没有识别到邀请码，请核对后重试')).toBe(true);
    expect(navigated('redirectTo')).toEqual([]);
    scanned = `profile/invite/index?code=${CODE}`;
    await page.tap('扫码打开邀请', cls('nut-button'));
    expect(await waitFor(() => navigated('redirectTo').length === 1)).toBe(true);
    expect(navigated('redirectTo')).toEqual([`/profile/invite/index?code=${CODE}`]);
  }, 20000);
});
