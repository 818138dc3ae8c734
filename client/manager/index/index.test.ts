/**
 * The manager home (weapp build): per managed venue its entries, with the count waiting for approval;
 * each entry opens its page for that venue; leadership also sees the set-up of every venue (场馆设置,
 * 投诉部门, 人员与权限), and with no venue yet is asked to add the first; a handler sees the complaint
 * loop only; anyone else is told the pages are not theirs. Needs `npm run build:weapp` first.
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
    expect(page.text()).not.toContain('场馆设置');
    expect(page.text()).not.toContain('投诉部门');
    expect(callsTo('admin.booking.pending').map((c) => c.data)).toEqual([{ venueId: 'venue-museum' }]);
    await page.tap('项目与规则');
    await page.tap('审核队列');
    await page.tap('抽签管理');
    await page.tap('暂停预约名单');
    await page.tap('邀请工作人员');
    await page.tap('操作日志');
    await page.tap('参观评价');
    await page.tap('财务报表');
    await page.tap('投诉处理');
    expect(navigated('navigateTo')).toEqual([
      '/manager/resources/index?venueId=venue-museum',
      '/manager/approvals/index?venueId=venue-museum',
      '/manager/lotteries/index?venueId=venue-museum',
      '/manager/credit/index?venueId=venue-museum',
      '/manager/invites/index?venueId=venue-museum',
      '/manager/audit/index?venueId=venue-museum',
      '/manager/feedback/index?venueId=venue-museum',
      '/manager/finance/index?venueId=venue-museum',
      '/manager/complaints/index',
    ]);
    page.close();
  }, 20000);

  test('leadership manages every venue and opens the set-up: venues, departments, people', async () => {
    roles = [{ role: 'admin' }];
    can = { handleComplaints: true, complaintDesk: true };
    const page = openPage('manager/index/index');
    expect(await page.shows('人员与权限')).toBe(true);
    expect(page.text()).toContain('滨江文化中心');
    await page.tap('场馆设置');
    await page.tap('投诉部门');
    await page.tap('人员与权限');
    expect(navigated('navigateTo')).toEqual([
      '/manager/venues/index',
      '/manager/departments/index',
      '/manager/roles/index',
    ]);
    page.close();
  }, 20000);

  test('a new deployment’s admin, with no venue yet, is asked to add the first one', async () => {
    answers['venue.list'] = [];
    roles = [{ role: 'admin' }];
    can = { handleComplaints: true, complaintDesk: true };
    const page = openPage('manager/index/index');
    expect(await page.shows('还没有场馆')).toBe(true);
    expect(page.text()).not.toContain('无权限');
    expect(page.text()).not.toContain('项目与规则');
    expect(page.text()).toContain('场馆设置');
    expect(page.text()).toContain('投诉部门');
    await page.tap('添加第一个场馆');
    expect(navigated('navigateTo')).toEqual(['/manager/venue-edit/index']);
    expect(callsTo('admin.booking.pending')).toEqual([]);
    page.close();
  }, 20000);

  test('an admin of one venue is not leadership: no set-up of every venue', async () => {
    roles = [{ role: 'admin', venueId: 'venue-culture' }];
    can = { handleComplaints: true, complaintDesk: true };
    const page = openPage('manager/index/index');
    expect(await page.shows('滨江文化中心')).toBe(true);
    expect(page.text()).toContain('邀请工作人员');
    expect(page.text()).not.toContain('场馆设置');
    expect(page.text()).not.toContain('人员与权限');
    page.close();
  }, 20000);

  test('a handler sees the complaint loop only', async () => {
    roles = [{ role: 'handler', departmentId: 'dept-guide' }];
    can = { handleComplaints: true, complaintDesk: false };
    const page = openPage('manager/index/index');
    expect(await page.shows('投诉处理')).toBe(true);
    expect(page.text()).toContain('本部门的投诉');
    for (const entry of ['项目与规则', '邀请工作人员', '操作日志', '参观评价', '场馆设置', '投诉部门', '投诉统计'])
      expect(page.text()).not.toContain(entry);
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
