/**
 * People and roles (weapp build): the granted people by name and masked id, never an OpenID, each with
 * their grants and scope; 撤销 revokes one grant by the person's userRef after asking; a refused revoke
 * says why and loads the list again; 邀请工作人员 leads to the invitations. Needs `npm run build:weapp` first.
 */
import type { RoleUserView } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  fire,
  navigated,
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
const DEPARTMENTS = [{ id: 'dept-guide', name: '导览部', categories: [], receiving: false }];
const ZHANG: RoleUserView = {
  ref: 'u.7f3a9c',
  name: '张晓明',
  idMasked: 'U-3F9A',
  roles: [
    { role: 'staff', venueId: 'venue-museum' },
    { role: 'handler', departmentId: 'dept-guide' },
  ],
};
const NAMELESS: RoleUserView = { ref: 'u.c41d02', name: '', idMasked: 'U-77B1', roles: [{ role: 'manager' }] };

let users: RoleUserView[];

beforeAll(startApp);
beforeEach(() => {
  reset();
  users = [ZHANG, NAMELESS];
  answers['user.me'] = { openid: 'o-admin', roles: [{ role: 'admin' }], credit: { noShows: 0 }, profile: null };
  answers['venue.list'] = VENUES;
  answers['department.list'] = DEPARTMENTS;
  answers['admin.role.list'] = () => users;
});
afterEach(closePages);

async function open() {
  const page = openPage('manager/roles/index');
  expect(await page.shows('已授权人员（2）')).toBe(true);
  return page;
}

/** Taps 撤销 on the grant row showing `grant`. */
async function tapRevoke(page: RenderedPage, grant: string) {
  const row = page.find(grant, cls('roles__grant'));
  fire(row!.querySelector(cls('nut-button'))!, 'tap');
  await settle();
}

describe('人员与权限 (weapp build)', () => {
  test('lists people by name and masked id with their grants; no OpenID and no grant form', async () => {
    const page = await open();
    expect(page.text()).toContain('张晓明');
    expect(page.text()).toContain('U-3F9A');
    expect(page.text()).toContain('现场服务人员 · 星河科技馆');
    expect(page.text()).toContain('投诉处理人员 · 导览部');
    // Someone without a profile reads as such, with their masked id.
    expect(page.text()).toContain('未填写姓名');
    expect(page.text()).toContain('场馆管理员 · 全部场馆');
    expect(page.text()).not.toContain('OpenID');
    expect(page.text()).not.toContain('授予权限');
    expect(page.text()).not.toContain('u.7f3a9c');
  }, 20000);

  test('撤销 revokes the one grant by userRef after asking, and shows the person as answered', async () => {
    answers['admin.role.revoke'] = { ...ZHANG, roles: [{ role: 'handler', departmentId: 'dept-guide' }] };
    const page = await open();
    await tapRevoke(page, '现场服务人员 · 星河科技馆');
    expect(await page.shows('撤销 张晓明（U-3F9A）的「现场服务人员 · 星河科技馆」权限吗？')).toBe(true);
    await page.tap('确认撤销');
    expect(await page.shows('已撤销')).toBe(true);
    expect(callsTo('admin.role.revoke').map((c) => c.data)).toEqual([
      { userRef: 'u.7f3a9c', role: 'staff', venueId: 'venue-museum' },
    ]);
    expect(await waitFor(() => !page.text().includes('现场服务人员 · 星河科技馆'))).toBe(true);
    expect(page.text()).toContain('投诉处理人员 · 导览部');
  }, 20000);

  test('a revoke refused (the grant went meanwhile) says why and loads the list again', async () => {
    answers['admin.role.revoke'] = fails('INVALID_STATE', '状态已变化，请刷新后重试', { reason: 'changed_meanwhile' });
    const page = await open();
    users = [ZHANG];
    await tapRevoke(page, '场馆管理员 · 全部场馆');
    await page.tap('确认撤销');
    expect(await page.shows('状态已变化，请刷新后重试')).toBe(true);
    expect(await page.shows('已授权人员（1）')).toBe(true);
    expect(callsTo('admin.role.list')).toHaveLength(2);
  }, 20000);

  test('邀请工作人员 opens the invitations', async () => {
    const page = await open();
    await page.tap('邀请工作人员');
    expect(navigated('navigateTo')).toEqual(['/manager/invites/index']);
  }, 20000);
});
