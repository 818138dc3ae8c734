/**
 * People and roles (weapp build): the granted people with their roles; 授予权限 sends only the scope the
 * role has and lists the user as answered; the phone's check asks for what the role needs; 撤销 revokes
 * one grant after asking. Needs `npm run build:weapp` first.
 */
import type { RoleUserView } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fire,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

const VENUES = [
  { id: 'venue-museum', name: '星河科技馆', kind: 'museum' },
  { id: 'venue-culture', name: '滨江文化中心', kind: 'culture_center' },
];
const USERS: RoleUserView[] = [
  {
    openid: 'o-staff-1',
    roles: [
      { role: 'staff', venueId: 'venue-museum' },
      { role: 'handler', departmentId: 'dept-guide' },
    ],
  },
];

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-admin', roles: [{ role: 'admin' }], credit: { noShows: 0 } };
  answers['venue.list'] = VENUES;
  answers['admin.role.list'] = USERS;
});
afterEach(closePages);

async function open() {
  const page = openPage('manager/roles/index');
  await page.shows('已授权人员（1）');
  return page;
}

const submit = (page: RenderedPage) => page.tap('授予权限', cls('nut-button'));

describe('人员与权限 (weapp build)', () => {
  test('lists each person’s grants with their scope', async () => {
    const page = await open();
    expect(page.text()).toContain('现场服务人员 · 星河科技馆');
    expect(page.text()).toContain('投诉处理人员 · 部门 dept-guide');
    page.close();
  }, 20000);

  test('a manager of every venue is granted without a venue, and shows first in the list', async () => {
    answers['admin.role.grant'] = { openid: 'o-new', roles: [{ role: 'manager' }] };
    const page = await open();
    await page.input('nut-input-native', 'o-new');
    await page.tap('场馆管理员');
    await page.tap('全部场馆');
    await submit(page);
    expect(await page.shows('已授权')).toBe(true);
    expect(callsTo('admin.role.grant').map((c) => c.data)).toEqual([{ openid: 'o-new', role: 'manager' }]);
    expect(await page.shows('已授权人员（2）')).toBe(true);
    expect(page.text().indexOf('o-new')).toBeLessThan(page.text().indexOf('o-staff-1'));
    page.close();
  }, 20000);

  test('staff are granted at the chosen venue; a handler needs a department before anything is sent', async () => {
    answers['admin.role.grant'] = { openid: 'o-new', roles: [{ role: 'staff', venueId: 'venue-culture' }] };
    const page = await open();
    await page.input('nut-input-native', 'o-new');
    await page.tap('投诉处理人员', cls('nut-radio-button'));
    await submit(page);
    expect(await page.shows('投诉处理人员须指定部门')).toBe(true);
    expect(callsTo('admin.role.grant')).toEqual([]);

    await page.tap('现场服务人员', cls('nut-radio-button'));
    await page.tap('滨江文化中心');
    await submit(page);
    expect(await page.shows('已授权')).toBe(true);
    expect(callsTo('admin.role.grant').map((c) => c.data)).toEqual([
      { openid: 'o-new', role: 'staff', venueId: 'venue-culture' },
    ]);
    page.close();
  }, 20000);

  test('撤销 revokes the one grant after asking, and the list shows the user as answered', async () => {
    answers['admin.role.revoke'] = { openid: 'o-staff-1', roles: [{ role: 'handler', departmentId: 'dept-guide' }] };
    const page = await open();
    const grant = page.find('现场服务人员 · 星河科技馆', cls('roles__grant'));
    fire(grant!.querySelector(cls('nut-button'))!, 'tap');
    await settle();
    expect(await page.shows('撤销 o-staff-1 的「现场服务人员 · 星河科技馆」权限吗？')).toBe(true);
    await page.tap('确认撤销');
    expect(await page.shows('已撤销')).toBe(true);
    expect(callsTo('admin.role.revoke').map((c) => c.data)).toEqual([
      { openid: 'o-staff-1', role: 'staff', venueId: 'venue-museum' },
    ]);
    expect(await waitFor(() => !page.text().includes('现场服务人员 · 星河科技馆'))).toBe(true);
    expect(page.text()).toContain('投诉处理人员 · 部门 dept-guide');
    page.close();
  }, 20000);
});
