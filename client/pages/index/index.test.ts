/**
 * The home page of the real weapp build (dist/), rendered by miniprogram-simulate with WeChat's template
 * compiler. wx.cloud.callFunction is stubbed; the page must list the venues it answers.
 * Needs `npm run build:weapp` first (the lead's `npm test` runs it); without dist/ the test fails and says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { answers, calls, closePages, dist, openPage, reset, startApp, waitFor } from '../../testing/weappPage';

const VENUES = [
  { id: 'v-museum', name: '星河科技馆', kind: 'museum' },
  { id: 'v-culture', name: '滨江文化中心', kind: 'culture_center' },
];

const RESOURCE = {
  id: 'r-vr',
  venueId: 'v-museum',
  name: 'VR飞行体验',
  kind: 'exhibit',
  mode: 'slot',
  allocation: 'fcfs',
  location: '二楼东厅',
  policy: DEFAULT_POLICY,
};

const ME = {
  openid: 'o-visitor',
  roles: [],
  credit: { noShows: 3, blockedUntil: '2026-12-31T09:00:00+08:00' },
  privacyConsent: null,
};

const ANSWERS: Record<string, unknown> = { 'venue.list': VENUES, 'resource.list': [RESOURCE], 'user.me': ME };

describe('首页 (weapp build)', () => {
  beforeAll(startApp);
  beforeEach(() => {
    reset();
    Object.assign(answers, ANSWERS);
  });
  afterEach(closePages);

  it('lists the venues from venue.list and the first venue’s resources, under the block banner', async () => {
    const page = openPage('pages/index/index');

    const text = () => page.text();
    await waitFor(() => text().includes('VR飞行体验'));

    expect(text()).toContain('星河科技馆');
    expect(text()).toContain('滨江文化中心');
    expect(text()).toContain('VR飞行体验');
    await waitFor(() => text().includes('暂停预约'));
    expect(text()).toContain('因多次预约未到场，暂停预约至 2026-12-31 09:00');
    expect(calls.map((c) => c.action)).toEqual(expect.arrayContaining(['venue.list', 'resource.list', 'user.me']));
    expect(calls.every((c) => c.name === 'api')).toBe(true);
  }, 20000);
});

describe('首页 on a fresh deployment (weapp build)', () => {
  beforeAll(startApp);
  beforeEach(() => {
    reset();
    Object.assign(answers, ANSWERS, { 'venue.list': [] });
  });
  afterEach(closePages);

  it('before set-up: no venue yet, and how to start with the set-up code', async () => {
    answers['setup.status'] = { open: true, hasVenues: false };
    const page = openPage('pages/index/index');
    expect(await page.shows('SETUP_CODE')).toBe(true);
    expect(page.text()).toContain('尚未设置场馆');
    expect(page.text()).toContain(
      '管理员：在「我的 → 初始化」输入设置码（部署时的环境变量 SETUP_CODE，本地 npm start 会打印）',
    );
    expect(page.text()).toContain('在「我的 → 场馆管理」添加场馆');
    expect(page.text()).not.toContain('暂无开放预约的场馆');
  }, 20000);

  it('set up but no venue: add one in 场馆管理, no set-up code', async () => {
    answers['setup.status'] = { open: false, hasVenues: false };
    const page = openPage('pages/index/index');
    expect(await page.shows('管理员：在「我的 → 场馆管理」添加场馆')).toBe(true);
    expect(page.text()).toContain('尚未设置场馆');
    expect(page.text()).not.toContain('SETUP_CODE');
  }, 20000);

  it('with venues, setup.status is not asked', async () => {
    answers['venue.list'] = VENUES;
    const page = openPage('pages/index/index');
    expect(await page.shows('VR飞行体验')).toBe(true);
    expect(calls.map((c) => c.action)).not.toContain('setup.status');
  }, 20000);
});

describe('weapp app.json', () => {
  test('main package holds the tab pages only, and there is no dev sign-in', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as {
      pages: string[];
      subPackages?: { root: string }[];
      subpackages?: { root: string }[];
    };
    expect(appJson.pages).toEqual(['pages/index/index', 'pages/bookings/index', 'pages/staff/index', 'pages/me/index']);
    const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
    expect(roots).toEqual(expect.arrayContaining(['booking', 'profile', 'manager', 'staff']));
    expect(roots).not.toContain('dev');
    expect(fs.existsSync(path.join(dist, 'dev'))).toBe(false);
  });
});
