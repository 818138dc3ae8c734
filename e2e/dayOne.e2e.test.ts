// Day one at a real venue, in a real browser against `npm start` with SEED=none: the first-run screen,
// the set-up code claimed in 我的 → 初始化, a profile, a venue and a complaint department made on their
// pages, a resource with a slot and a lottery session (its commitment shown), a staff member invited by
// QR code and path who accepts, a visitor who books, a walk-in booked at the desk with its pass, both
// checked in, and the manager reading the trail and the ratings.
import type { Browser, Page } from 'playwright-core';
import { idNumberFor } from '../cloudfunctions/api/test/fixtures';
import { button, field, launch, onScreen, phonePage } from './browser';
import { journey } from './journey';
import { SET_UP_MS, startNpmStart, type RunningCloud } from './localCloudProcess';

const SETUP_CODE = 'DAYONE2345';
const DIRECTOR = 'demo-admin-1';
const STAFF = 'demo-staff-1';
const VISITOR = 'demo-visitor-1';
let cloud: RunningCloud;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  cloud = await startNpmStart(Number(process.env.E2E_DAY_ONE_PORT ?? 8789), { SEED: 'none', SETUP_CODE });
  browser = await launch();
  page = await phonePage(browser, errors);
}, SET_UP_MS);

afterAll(async () => {
  await clock(null).catch(() => undefined);
  await browser?.close();
  await cloud?.stop();
});

afterEach(() => expect(errors).toEqual([]));

const { go, reopen, signIn, api, clock, still, arrive, pickDate, openMe, shot } = journey(
  () => page,
  () => cloud.url,
);
const FIRST_RUN = '尚未设置场馆';
const text = (t: string) => onScreen(page).getByText(t, { exact: false }).first();
/** The app's copy of the first venue, resource and slot, read back as the pages made them. */
const ids = { venue: '', resource: '', slot: '', booking: '' };

test('a fresh deployment opens on its first-run screen, which says how to claim the set-up code', async () => {
  await go('/pages/index/index');
  await text(FIRST_RUN).waitFor();
  await text('SETUP_CODE').waitFor();
  await shot('day1-first-run');
});

test('the director claims the code in 我的 → 初始化 and fills in a profile', async () => {
  await signIn(DIRECTOR, FIRST_RUN);
  await openMe();
  await onScreen(page).locator('[data-testid="menu-setup"]').click({ force: true });
  await page.waitForURL((u) => u.hash.startsWith('#/profile/setup/index'));
  await field(page, '请输入设置码').fill('WRONG00000');
  await button(page, '确认').click();
  await text('设置码不正确').waitFor();
  await field(page, '请输入设置码').fill(SETUP_CODE.toLowerCase());
  await shot('day1-setup');
  await button(page, '确认').click();
  await page.waitForURL((u) => u.hash.startsWith('#/manager/index/index'));
  await text('还没有场馆').waitFor();
  // Looked at once the redirect's slide is over: a fresh load of the same page.
  await reopen('/manager/index/index');
  await text('还没有场馆').waitFor();
  await still();
  await shot('day1-manager-empty');

  await reopen('/profile/edit/index');
  await field(page, '你的真实姓名').fill('周馆长');
  await button(page, '保存').click();
  await page.getByText('已保存').waitFor();
  // The code is spent: 初始化 is gone from 我的.
  await reopen('/pages/me/index');
  await text('周馆长').waitFor();
  await page.waitForLoadState('networkidle');
  expect(await onScreen(page).locator('[data-testid="menu-setup"]').count()).toBe(0);
});

test('a venue and a complaint department, made on their pages', async () => {
  await reopen('/manager/venues/index');
  await button(page, '新增场馆').click();
  await page.waitForURL((u) => u.hash.startsWith('#/manager/venue-edit/index'));
  await still();
  await field(page, '如：星河科技馆').fill('星河科技馆');
  await field(page, '观众导航用').fill('滨江大道 1 号');
  await field(page, '观众咨询电话').fill('0571-88880000');
  await onScreen(page).locator('.weekday-checks').getByText('一', { exact: true }).click({ force: true }); // 周一闭馆
  await onScreen(page)
    .locator('.weekday-checks .nut-checkbox-button-active')
    .getByText('一', { exact: true })
    .waitFor();
  await shot('day1-venue-edit');
  await button(page, '创建场馆').click();
  await page.waitForURL((u) => u.hash.startsWith('#/manager/venues/index'));
  await text('周一闭馆').waitFor();
  await shot('day1-venues');
  const venues = (await api<{ id: string; name: string }[]>(null, 'venue.list', {})).data;
  ids.venue = venues.find((v) => v.name === '星河科技馆')!.id;

  await reopen('/manager/departments/index');
  await button(page, '新增部门').click();
  await page.waitForURL((u) => u.hash.startsWith('#/manager/department-edit/index'));
  await still();
  await field(page, '如：展览部').fill('展览部');
  await text('展览展示').click({ force: true });
  await button(page, '创建部门').click();
  await page.waitForURL((u) => u.hash.startsWith('#/manager/departments/index'));
  await text('展览部').waitFor();
  await shot('day1-departments');
});

test('a resource, a slot tomorrow, and a lottery session whose commitment is shown', async () => {
  await reopen(`/manager/resources/index?venueId=${ids.venue}`);
  await button(page, '新建项目').click();
  await page.waitForURL((u) => u.hash.startsWith('#/manager/resource-edit/index'));
  await still();
  await field(page, '如：VR飞行体验').fill('球幕影院');
  await button(page, '创建项目').click();
  await page.waitForURL((u) => u.hash.startsWith('#/manager/resources/index'));
  await text('球幕影院').waitFor();
  const resources = (await api<{ id: string; name: string }[]>(null, 'resource.list', { venueId: ids.venue })).data;
  ids.resource = resources.find((r) => r.name === '球幕影院')!.id;

  await reopen(`/manager/slot-create/index?resourceId=${ids.resource}`);
  await field(page, '请输入').fill('30');
  await button(page, '创建时段').click();
  await page.getByText('时段已创建').waitFor();

  // A lottery resource: its session gets close and draw times, and the commitment is shown at once.
  const lecture = await api<{ id: string }>(DIRECTOR, 'admin.resource.upsert', {
    venueId: ids.venue,
    name: '院士讲座',
    kind: 'event',
    mode: 'slot',
    allocation: 'lottery',
  });
  await reopen(`/manager/slot-create/index?resourceId=${lecture.data.id}`);
  await text('报名截止').waitFor();
  await field(page, '请输入').fill('100');
  await button(page, '创建时段').click();
  await onScreen(page).locator('[data-testid="mgr-slot-commitment"]').waitFor();
  await shot('day1-lottery-session');
});

test('a staff member joins by invitation: QR code and path, accepted once', async () => {
  await reopen(`/manager/invites/index?venueId=${ids.venue}`);
  await text('现场服务人员').click({ force: true });
  await button(page, '生成邀请').click();
  const code = (await onScreen(page).locator('[data-testid="invite-code"]').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{12}$/);
  await shot('day1-invite');

  await signIn(STAFF);
  await reopen(`/profile/invite/index?code=${code}`);
  await text('你收到一份工作人员邀请').waitFor();
  await shot('day1-invite-open');
  await button(page, '接受邀请').click();
  await text('已接受邀请').waitFor();
  await text('现场服务人员 · 星河科技馆').waitFor();
  await shot('day1-invite-accepted');
  await api(STAFF, 'profile.update', { name: '陈晓' });

  // The same code again, by someone else: refused.
  await signIn(VISITOR);
  await reopen(`/profile/invite/index?code=${code}`);
  await button(page, '接受邀请').click();
  await text('邀请已被使用').waitFor();
});

test('a visitor books tomorrow’s show from 首页', async () => {
  await api(VISITOR, 'attendee.add', {
    name: '林小雨',
    phone: '13800000005',
    idType: 'id_card',
    idNumber: idNumberFor(5),
    consent: true,
  });
  await signIn(VISITOR);
  await onScreen(page).locator(`[data-testid="resource-${ids.resource}"]`).click({ force: true });
  await arrive('/booking/resource/index');
  await pickDate(1);
  await page.waitForLoadState('networkidle');
  await shot('day1-visitor-resource');
  await onScreen(page).locator('[data-testid^="slot-"]').first().waitFor();
  await button(page, '预约').click();
  await onScreen(page).getByText('林小雨').click({ force: true });
  await button(page, '确认预约').click();
  await page.getByText('预约成功').waitFor();
  await page.waitForURL((u) => u.hash.startsWith('#/booking/detail/index'));
  ids.booking = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('bookingId')!;
});

test('staff book a walk-in at the desk and show the pass; both are checked in', async () => {
  await signIn(STAFF);
  await reopen('/staff/desk-book/index');
  await arrive('/staff/desk-book/index');
  await pickDate(1);
  await onScreen(page).locator('[data-testid^="desk-choose-"]').first().click({ force: true });
  await field(page, '与证件一致的姓名').fill('王大爷');
  await field(page, '11位手机号，用于核验和联系').fill('13700000006');
  await field(page, '请输入证件号码').fill(idNumberFor(6));
  await page.locator('textarea[placeholder="如：轮椅通行、需要讲解（选填）"]').fill('轮椅通行');
  await text('已向对方说明个人信息保护说明').click({ force: true });
  await shot('day1-desk-book');
  await button(page, '确认预约').click();
  await page.waitForURL((u) => u.hash.startsWith('#/staff/desk-pass/index'));
  await text('王大爷').waitFor();
  const walkIn = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('bookingId')!;

  // Ten minutes before the show: the pass shows its entry code, and staff check both in.
  const booking = (await api<{ start: string }>(VISITOR, 'booking.get', { bookingId: ids.booking })).data;
  await clock(new Date(Date.parse(booking.start) - 10 * 60_000).toISOString());
  await reopen(`/staff/desk-pass/index?bookingId=${walkIn}`);
  await onScreen(page).locator('[data-testid="checkin-token"]').waitFor();
  await shot('day1-desk-pass');
  await button(page, '办理入场').click();
  await onScreen(page).locator('[data-testid="desk-checked-in"]').waitFor();
  const { token } = (await api<{ token: string }>(VISITOR, 'checkin.token', { bookingId: ids.booking })).data;
  expect((await api(STAFF, 'checkin.scan', { token })).ok).toBe(true);
});

test('the director reads the trail and a low rating, and records the follow-up', async () => {
  // Back to the phones' own time: the pages' periods are counted from today.
  await clock(null);
  const rated = await api(VISITOR, 'feedback.create', {
    bookingId: ids.booking,
    experience: 2,
    exhibitCondition: 3,
    service: 4,
    comment: '座椅有些损坏',
  });
  expect(rated.ok).toBe(true);
  await signIn(DIRECTOR);
  await reopen('/manager/audit/index');
  await text('陈晓').waitFor();
  await text('代客预约').waitFor();
  await shot('day1-audit');

  await reopen(`/manager/feedback/index?venueId=${ids.venue}`);
  await text('座椅有些损坏').waitFor();
  await button(page, '记录回访').click();
  await field(page, '回访情况，如：已电话致歉，观众表示理解').fill('已致电致歉，座椅已报修');
  await button(page, '保存').click();
  await text('已致电致歉，座椅已报修').waitFor();
  await shot('day1-feedback');
});
