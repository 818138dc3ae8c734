/**
 * The home page of the real weapp build (dist/), rendered by miniprogram-simulate with WeChat's template
 * compiler. wx.cloud.callFunction is stubbed; the page must list the venues it answers.
 * Needs `npm run build:weapp` first (the lead's `npm test` runs it); without dist/ the test fails and says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { DEFAULT_POLICY } from '@shared/rules/policy';

const dist = path.resolve(__dirname, '../../../dist');

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

interface CloudCall {
  name: string;
  data: { action: string; data?: unknown; requestId?: string };
}

const calls: CloudCall[] = [];

/** Enough of `wx` for Taro's runtime: named stubs, and a no-op for anything else it asks for. */
function wxStub() {
  const storage = new Map<string, unknown>();
  const known: Record<string, unknown> = {
    cloud: {
      init: () => undefined,
      callFunction: async (req: CloudCall) => {
        calls.push(req);
        const data = ANSWERS[req.data.action];
        return { result: data === undefined ? { ok: false, error: { code: 'NOT_FOUND', message: '未找到相关记录' } } : { ok: true, data } };
      },
    },
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 812, pixelRatio: 2, SDKVersion: '3.7.0' }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2, screenWidth: 375, screenHeight: 812 }),
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => storage.set(key, value),
    removeStorageSync: (key: string) => storage.delete(key),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    canIUse: () => true,
  };
  // webpack keeps its chunk list on wx.webpackJsonp: that one must start out undefined.
  return new Proxy(known, {
    get: (target, prop: string) =>
      prop in target || prop === 'webpackJsonp' ? target[prop] : (target[prop] = () => undefined),
  });
}

type Instance = Record<string, unknown> & { setData: (d: object, cb?: () => void) => void };
type Hook = (this: Instance, ...args: unknown[]) => unknown;

const pages: Instance[] = [];
let app: Record<string, unknown> = {};

function installMiniProgramGlobals() {
  const g = global as unknown as Record<string, unknown>;
  g.wx = wxStub();
  g.App = (options: Record<string, unknown>) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  // miniprogram-simulate only knows Component: run a Page as one, with its lifetimes as page events.
  g.Page = (options: Record<string, unknown>) => {
    const { data, onLoad, onShow, onReady, onUnload, ...rest } = options as Record<string, Hook> & { data?: object };
    const methods = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'function'));
    (g.Component as (o: object) => void)({
      data,
      methods: { ...methods, onLoad, onShow, onReady, onUnload },
      lifetimes: {
        attached(this: Instance) {
          this.route = 'pages/index/index';
          this.__route__ = 'pages/index/index';
          pages.push(this);
          onLoad?.call(this, {});
          onShow?.call(this);
        },
        ready(this: Instance) {
          onReady?.call(this);
        },
        detached(this: Instance) {
          onUnload?.call(this);
        },
      },
    });
  };
}

async function waitFor(check: () => boolean, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

describe('首页 (weapp build)', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, 'app.js')) || !fs.existsSync(path.join(dist, 'pages/index/index.wxml'))) {
      throw new Error('dist/ has no weapp build: run `npm run build:weapp` before this test.');
    }
    installMiniProgramGlobals();
    require(path.join(dist, 'app.js'));
    const launch = app.onLaunch as Hook | undefined;
    launch?.call(app as Instance, { path: 'pages/index/index', query: {} });
    (app.onShow as Hook | undefined)?.call(app as Instance, { path: 'pages/index/index', query: {} });
  });

  it('lists the venues from venue.list and the first venue’s resources, under the block banner', async () => {
    const id = simulate.load(path.join(dist, 'pages/index/index'), 'page', { rootPath: dist });
    const page = simulate.render(id);
    page.attach(document.createElement('parent-wrapper'));

    const text = () => page.dom?.textContent ?? '';
    await waitFor(() => text().includes('VR飞行体验'));

    expect(text()).toContain('星河科技馆');
    expect(text()).toContain('滨江文化中心');
    expect(text()).toContain('VR飞行体验');
    await waitFor(() => text().includes('暂停预约'));
    expect(text()).toContain('因多次预约未到场，暂停预约至 2026-12-31 09:00');
    expect(calls.map((c) => c.data.action)).toEqual(expect.arrayContaining(['venue.list', 'resource.list', 'user.me']));
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
