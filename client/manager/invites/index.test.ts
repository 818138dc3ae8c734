/**
 * Inviting staff (weapp build): the form sends only the scope the role has, with 24 hours by default;
 * the invitation made shows once with its QR code, link and code to copy and when it expires; the list
 * tags each invitation's status and who used it; 撤销 asks, then revokes an open one; a refused create
 * shows its message. Needs `npm run build:weapp` first.
 */
import type { InviteCreatedView, InviteView } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  openPage,
  reset,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../../testing/weappPage';

const VENUES = [
  { id: 'venue-museum', name: '星河科技馆', kind: 'museum' },
  { id: 'venue-culture', name: '滨江文化中心', kind: 'culture_center' },
];
const DEPARTMENTS = [
  { id: 'dept-desk', name: '客服中心', categories: [], receiving: true },
  { id: 'dept-guide', name: '导览部', categories: [], receiving: false },
];

const invite = (over: Partial<InviteView>): InviteView => ({
  id: 'inv-1',
  role: 'staff',
  venueId: 'venue-museum',
  venueName: '星河科技馆',
  status: 'open',
  expiresAt: '2026-12-02T09:00:00+08:00',
  createdAt: '2026-12-01T09:00:00+08:00',
  ...over,
});

const OPEN = invite({ id: 'inv-open' });
const USED = invite({
  id: 'inv-used',
  role: 'manager',
  venueId: 'venue-culture',
  venueName: '滨江文化中心',
  status: 'used',
  usedBy: { ref: 'u.1', name: '李文', idMasked: 'U-8C2E' },
  usedAt: '2026-12-01T10:30:00+08:00',
});
const REVOKED = invite({ id: 'inv-revoked', venueId: 'venue-culture', venueName: '滨江文化中心', status: 'revoked' });
const EXPIRED = invite({
  id: 'inv-expired',
  role: 'handler',
  venueId: undefined,
  venueName: undefined,
  departmentId: 'dept-guide',
  departmentName: '导览部',
  status: 'expired',
});

const CREATED: InviteCreatedView = {
  ...invite({
    id: 'inv-new',
    venueId: 'venue-culture',
    venueName: '滨江文化中心',
    expiresAt: '2026-12-02T15:30:00+08:00',
  }),
  code: 'K7Q2M9XP4D',
  path: 'profile/invite/index?code=K7Q2M9XP4D',
};

let roles: { role: string; venueId?: string }[];

beforeAll(startApp);
beforeEach(() => {
  reset();
  roles = [
    { role: 'manager', venueId: 'venue-museum' },
    { role: 'manager', venueId: 'venue-culture' },
  ];
  answers['user.me'] = () => ({ openid: 'o-manager', roles, credit: { noShows: 0 }, profile: { name: '王主管' } });
  answers['venue.list'] = [...VENUES, { id: 'venue-other', name: '城北体育馆', kind: 'sports' }];
  answers['department.list'] = DEPARTMENTS;
  answers['admin.invite.list'] = [OPEN, USED, REVOKED, EXPIRED];
});
afterEach(closePages);

async function open(query: Record<string, string> = {}) {
  const page = openPage('manager/invites/index', query);
  expect(await page.shows('邀请记录（4）')).toBe(true);
  return page;
}

const create = (page: RenderedPage) => page.tap('生成邀请', cls('nut-button'));

const revokeButtons = (page: RenderedPage) =>
  Array.from(page.dom().querySelectorAll(cls('nut-button'))).filter((b) => b.textContent?.trim() === '撤销');

describe('邀请工作人员 (weapp build)', () => {
  test('lists the invitations with their status, who used one, and 撤销 on the open one only', async () => {
    const page = await open({ venueId: 'venue-museum' });
    expect(callsTo('admin.invite.list').map((c) => c.data)).toEqual([{ venueId: 'venue-museum' }]);
    for (const tag of ['待使用', '已使用', '已撤销', '已过期']) expect(page.text()).toContain(tag);
    expect(page.text()).toContain('李文 U-8C2E');
    expect(page.text()).toContain('2026-12-01 10:30');
    expect(page.text()).toContain('投诉处理人员 · 导览部');
    expect(page.text()).toContain('场馆管理员 · 滨江文化中心');
    // 撤销 on the open one only, in its card.
    expect(revokeButtons(page)).toHaveLength(1);
    expect(page.find('撤销', cls('card'))?.textContent).toContain('待使用');
    // Only the venues the caller manages can be picked; no admin invitations for a venue manager.
    expect(page.text()).not.toContain('城北体育馆');
    expect(page.text()).not.toContain('领导小组');
  }, 20000);

  test('creates a staff invitation at the chosen venue and shows it once: QR code, link, code, expiry', async () => {
    answers['admin.invite.create'] = CREATED;
    const page = await open();
    await page.tap('滨江文化中心', cls('nut-radio-button'));
    await create(page);
    expect(await page.shows('邀请已创建')).toBe(true);
    expect(callsTo('admin.invite.create').map((c) => c.data)).toEqual([
      { role: 'staff', venueId: 'venue-culture', hours: 24 },
    ]);
    expect(page.dom().querySelector(cls('qr-code'))).not.toBeNull();
    expect(page.text()).toContain('profile/invite/index?code=K7Q2M9XP4D');
    expect(page.text()).toContain('K7Q2M9XP4D');
    expect(page.text()).toContain('有效期至 2026-12-02 15:30，仅可使用一次');
    // The list shows it at the top, without its code.
    expect(await page.shows('邀请记录（5）')).toBe(true);

    await page.tap('复制链接', cls('nut-button'));
    await page.tap('复制邀请码', cls('nut-button'));
    expect(wxCalls.filter((c) => c.api === 'setClipboardData').map((c) => c.arg.data)).toEqual([
      'profile/invite/index?code=K7Q2M9XP4D',
      'K7Q2M9XP4D',
    ]);

    // Another one: the form again, the code gone from the page.
    await page.tap('再建一份', cls('nut-button'));
    expect(await waitFor(() => !page.text().includes('K7Q2M9XP4D'))).toBe(true);
    expect(page.text()).toContain('生成邀请');
  }, 20000);

  test('a handler invitation names the department and the hours typed', async () => {
    answers['admin.invite.create'] = {
      ...CREATED,
      role: 'handler',
      venueId: undefined,
      venueName: undefined,
      departmentId: 'dept-guide',
      departmentName: '导览部',
    };
    const page = await open();
    await page.tap('投诉处理人员', cls('nut-radio-button'));
    await page.tap('导览部', cls('nut-radio-button'));
    await page.input('nut-input-native', '72');
    await create(page);
    expect(await page.shows('邀请已创建')).toBe(true);
    expect(callsTo('admin.invite.create').map((c) => c.data)).toEqual([
      { role: 'handler', departmentId: 'dept-guide', hours: 72 },
    ]);
  }, 20000);

  test('an admin may invite a manager of every venue, and admins', async () => {
    roles = [{ role: 'admin' }];
    answers['admin.invite.create'] = { ...CREATED, role: 'manager', venueId: undefined, venueName: undefined };
    const page = await open();
    expect(page.text()).toContain('城北体育馆');
    expect(page.text()).toContain('领导小组');
    await page.tap('场馆管理员', cls('nut-radio-button'));
    await page.tap('全部场馆', cls('nut-radio-button'));
    await create(page);
    expect(await page.shows('邀请已创建')).toBe(true);
    expect(callsTo('admin.invite.create').map((c) => c.data)).toEqual([{ role: 'manager', hours: 24 }]);
    expect(page.text()).toContain('场馆管理员 · 全部场馆');
  }, 20000);

  test('hours out of range are refused on the phone; a refused create shows its message', async () => {
    answers['admin.invite.create'] = fails('FORBIDDEN', '只能邀请本场馆的工作人员');
    const page = await open();
    await page.input('nut-input-native', '500');
    await create(page);
    expect(callsTo('admin.invite.create')).toEqual([]);
    expect(page.find('有效期', cls('field--error'))).not.toBeNull();

    await page.input('nut-input-native', '12');
    await create(page);
    expect(await page.shows('只能邀请本场馆的工作人员')).toBe(true);
    expect(page.text()).not.toContain('邀请已创建');
  }, 20000);

  test('撤销 asks, revokes the open invitation and tags it 已撤销', async () => {
    answers['admin.invite.revoke'] = { ...OPEN, status: 'revoked' };
    const page = await open();
    await page.tap('撤销', cls('nut-button'));
    expect(await page.shows('撤销「现场服务人员 · 星河科技馆」的邀请吗？')).toBe(true);
    await page.tap('确认撤销');
    expect(await page.shows('已撤销')).toBe(true);
    expect(callsTo('admin.invite.revoke').map((c) => c.data)).toEqual([{ inviteId: 'inv-open' }]);
    expect(await waitFor(() => revokeButtons(page).length === 0)).toBe(true);
  }, 20000);
});
