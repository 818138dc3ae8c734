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
