/**
 * The manager home (weapp build): per managed venue its entries, with the count waiting for approval;
 * each entry opens its page for that venue; leadership also sees 人员与权限; anyone else is told the
 * pages are not theirs. Needs `npm run build:weapp` first.
 */
import type { RoleGrant } from '@shared/contract';
import { answers, callsTo, closePages, navigated, openPage, reset, startApp } from '../../testing/weappPage';

const VENUES = [
  { id: 'venue-museum', name: '星河科技馆', kind: 'museum' },
  { id: 'venue-culture', name: '滨江文化中心', kind: 'culture_center' },
];

let roles: RoleGrant[] = [];
/** What the function says the roles open (user.me `can`). */
let can = { handleComplaints: false, complaintDesk: false };

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = () => ({ openid: 'o-1', roles, can, credit: { noShows: 0 } });
  answers['venue.list'] = VENUES;
  answers['admin.booking.pending'] = (data: Record<string, unknown>) =>
    data.venueId === 'venue-museum' ? [{ id: 'b-1' }, { id: 'b-2' }] : [];
});
afterEach(closePages);

describe('管理 home (weapp build)', () => {
  test('a venue’s manager sees its entries with the approvals waiting, each opening its page', async () => {
    roles = [{ role: 'manager', venueId: 'venue-museum' }];
    can = { handleComplaints: true, complaintDesk: true };
    const page = openPage('manager/index/index');
    expect(await page.shows('2 条待审核')).toBe(true);
    expect(page.text()).toContain('星河科技馆');
    // Only the granted venue, and no leadership entry.
    expect(page.text()).not.toContain('滨江文化中心');
    expect(page.text()).not.toContain('人员与权限');
    expect(callsTo('admin.booking.pending').map((c) => c.data)).toEqual([{ venueId: 'venue-museum' }]);
    await page.tap('项目与规则');
    await page.tap('审核队列');
    await page.tap('抽签管理');
    await page.tap('暂停预约名单');
    await page.tap('投诉处理');
    expect(navigated('navigateTo')).toEqual([
      '/manager/resources/index?venueId=venue-museum',
      '/manager/approvals/index?venueId=venue-museum',
      '/manager/lotteries/index?venueId=venue-museum',
      '/manager/credit/index?venueId=venue-museum',
      '/manager/complaints/index',
    ]);
    page.close();
  }, 20000);

  test('leadership manages every venue and opens 人员与权限', async () => {
    roles = [{ role: 'admin' }];
    can = { handleComplaints: true, complaintDesk: true };
    const page = openPage('manager/index/index');
    expect(await page.shows('人员与权限')).toBe(true);
    expect(page.text()).toContain('滨江文化中心');
    await page.tap('人员与权限');
    expect(navigated('navigateTo')).toEqual(['/manager/roles/index']);
    page.close();
  }, 20000);

  test('a visitor is told the manager pages are not theirs', async () => {
    roles = [];
    can = { handleComplaints: false, complaintDesk: false };
    const page = openPage('manager/index/index');
    expect(await page.shows('仅场馆管理员和投诉处理人员可使用')).toBe(true);
    expect(page.text()).not.toContain('项目与规则');
    expect(callsTo('admin.booking.pending')).toEqual([]);
    page.close();
  }, 20000);
});
