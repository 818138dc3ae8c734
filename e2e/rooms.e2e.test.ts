// Booking rooms by the hour (seed 004), in a real browser against `npm start` with the demo seed: an
// employee fills in a profile, opens 会议室A of 创新园区 on Tuesday, picks 14:00 to 15:00 on the day grid
// (14:00–15:15) and books it for 项目周会; a colleague whose page was already open on the same day picks
// 14:30 to 15:15, is refused, is offered 会议室B at the same time and books it in one tap, then sees the
// employee's time as taken; the employee finds the booking under 我的预约 and as 我的预约 on the grid.
// Two phones (browser contexts), each signed in as its own demo visitor; the local cloud's clock and the
// phones' are set to a Monday morning, so the next working day is the first one that can be booked.
import type { Browser, Locator, Page } from 'playwright-core';
import { button, launch, onScreen, phonePage } from './browser';
import { journey, type Journey } from './journey';
import { SET_UP_MS, startNpmStart, type RunningCloud } from './localCloudProcess';

const EMPLOYEE = 'demo-visitor-1';
const COLLEAGUE = 'demo-visitor-2';
/** Monday 09:00: one working day ahead makes Tuesday the first bookable day. */
const NOW = '2026-12-07T09:00:00+08:00';
const DAY = '2026-12-08';
const DAY_TEXT = '12月8日 周二';
const VENUE = 'venue-office';
const ROOM_A = 'res-meeting-a';

let cloud: RunningCloud;
let browser: Browser;
let employeePage: Page;
let colleaguePage: Page;
const errors: string[] = [];

const employee = journey(
  () => employeePage,
  () => cloud.url,
);
const colleague = journey(
  () => colleaguePage,
  () => cloud.url,
);

beforeAll(async () => {
  cloud = await startNpmStart(Number(process.env.E2E_ROOMS_PORT ?? 8791));
  const users = (await (await fetch(`${cloud.url}/__dev/users`)).json()) as { openid: string; roles: unknown[] }[];
  const visitors = users.filter((u) => u.roles.length === 0).map((u) => u.openid);
  expect(visitors).toEqual(expect.arrayContaining([EMPLOYEE, COLLEAGUE]));
  await employee.clock(NOW);
  browser = await launch();
  employeePage = await phonePage(browser, errors);
  colleaguePage = await phonePage(browser, errors);
  // The phones' own clocks agree with the cloud's (the date strip and the grid read the phone's today).
  for (const page of [employeePage, colleaguePage]) await page.clock.install({ time: new Date(NOW) });
}, SET_UP_MS);

afterAll(async () => {
  await employee.clock(null).catch(() => undefined);
  await browser?.close();
  await cloud?.stop();
});

afterEach(() => expect(errors).toEqual([]));

const text = (page: Page, t: string) => onScreen(page).getByText(t, { exact: false }).first();
const input = (page: Page, placeholder: string) => onScreen(page).locator(`input[placeholder="${placeholder}"]`);
const cell = (page: Page, time: string) => onScreen(page).locator(`[data-testid="cell-${time}"]`);
/** Waits until each of the grid cells shows `state` (可预约, 已占用, 我的预约, 已选). */
const cellsShow = async (page: Page, times: string[], state: string) => {
  for (const t of times)
    await cell(page, t)
      .locator('.interval-day__state', { hasText: new RegExp(`^${state}$`) })
      .waitFor();
};
/** The labelled row of the booking form. */
const formRow = (page: Page, label: string) =>
  onScreen(page).locator('.field', { has: page.locator('.field__label', { hasText: label }) });
/** The label/value row of a detail card. */
const row = (page: Page, label: string) =>
  onScreen(page).locator('.info-card__row', { has: page.locator('.info-card__label', { hasText: label }) });

/** Waits until nothing scrolls for a few frames (the page scrolls the offers into view by itself). */
const scrollSettled = (page: Page) =>
  page.waitForFunction(() => {
    const w = window as unknown as { lastScroll?: string; stillFrames?: number };
    const at = [window.scrollY, ...Array.from(document.querySelectorAll('.taro_page')).map((p) => p.scrollTop)].join();
    w.stillFrames = at === w.lastScroll ? (w.stillFrames ?? 0) + 1 : 0;
    w.lastScroll = at;
    return w.stillFrames >= 10;
  });

/** 我的 → 个人资料: fills in the name and phone and comes back to 我的, which shows the name. */
async function fillProfile(j: Journey, page: Page, name: string, phone: string) {
  await j.openMe();
  await onScreen(page).locator('[data-testid="me-name"]').getByText('未填写姓名').waitFor();
  await onScreen(page).locator('[data-testid="menu-profile"]').click({ force: true });
  await j.arrive('/profile/edit/index');
  await input(page, '你的真实姓名').fill(name);
  await input(page, '选填，11位手机号').fill(phone);
  await button(page, '保存').click();
  await page.getByText('已保存').waitFor();
  await j.arrive('/pages/me/index');
  await onScreen(page).locator('[data-testid="me-name"]').getByText(name).waitFor();
}

/** From 首页: the 创新园区 chip, then 会议室A, on the day grid of Tuesday (tapped if another day is shown). */
async function openRoomA(j: Journey, page: Page, homeShot?: string) {
  await j.go('/pages/index/index');
  await j.arrive('/pages/index/index');
  // The chip exists before 首页 has laid out its row (a forced tap on it then fails as not visible).
  const chip = onScreen(page).locator(`[data-testid="chip-${VENUE}"]`);
  await chip.waitFor();
  await chip.click({ force: true });
  await onScreen(page).locator(`[data-testid="chip-${VENUE}"].chip-tabs__item--active`).waitFor();
  for (const room of ['会议室A', '会议室B', '产品展厅', '便携投影仪']) await text(page, room).waitFor();
  if (homeShot) await j.shot(homeShot);
  await onScreen(page).locator(`[data-testid="resource-${ROOM_A}"]`).click({ force: true });
  await j.arrive('/booking/resource/index');
  await text(page, '须至少提前1个工作日预约').waitFor();
  const tuesday = onScreen(page).locator(`[data-testid="date-${DAY}"]`);
  await tuesday.waitFor();
  // The strip starts at the first bookable day, Tuesday: there is no Monday to book.
  await expect(onScreen(page).locator('[data-testid^="date-"]').first().getAttribute('data-testid')).resolves.toBe(
    `date-${DAY}`,
  );
  if (!(await tuesday.getAttribute('class'))?.includes('date-strip__item--active')) {
    await tuesday.click({ force: true });
  }
  await onScreen(page).locator(`[data-testid="date-${DAY}"].date-strip__item--active`).waitFor();
  await cell(page, '09:00').waitFor();
  await page.waitForLoadState('networkidle');
}

/** Scrolls an element to the middle of the screen, clear of the footer bar, for a screenshot. */
const centre = (target: Locator) => target.evaluate((el) => el.scrollIntoView({ block: 'center' }));

/** Taps a grid cell once it is in view (the grid is longer than the phone's screen). */
async function tapCell(page: Page, time: string) {
  await cell(page, time).scrollIntoViewIfNeeded();
  await cell(page, time).click();
}

test('the employee fills in 姓名 and 手机号 in 我的 → 个人资料', async () => {
  await employee.signIn(EMPLOYEE);
  await fillProfile(employee, employeePage, '张伟', '13800001234');
  await employee.shot('rooms-1-employee-me');
});

test('the colleague fills in a profile and opens 会议室A for Tuesday while it is still free', async () => {
  await colleague.signIn(COLLEAGUE);
  await fillProfile(colleague, colleaguePage, '李娜', '13900005678');
  await openRoomA(colleague, colleaguePage);
  await cellsShow(colleaguePage, ['13:45', '14:00', '14:30', '15:00', '15:15'], '可预约');
  await colleague.shot('rooms-2-colleague-open');
});

test('the employee picks 14:00 to 15:00 on 会议室A and books it for 项目周会, 8 people', async () => {
  const page = employeePage;
  await openRoomA(employee, page, 'rooms-3a-employee-home-office');
  await employee.shot('rooms-3b-employee-room-a');
  await tapCell(page, '14:00');
  await text(page, '已选 14:00–14:15 · 15分钟').waitFor();
  await text(page, '请点选结束时间').waitFor();
  await tapCell(page, '15:00');
  await onScreen(page).locator('[data-testid="interval-range"]').getByText('已选 14:00–15:15 · 75分钟').waitFor();
  await onScreen(page).locator('.interval-booking__range').getByText('14:00–15:15 · 75分钟').waitFor();
  await cellsShow(page, ['14:00', '14:30', '15:00'], '已选');
  await cellsShow(page, ['13:45', '15:15'], '可预约');
  await employee.shot('rooms-4-employee-range');

  await input(page, '如：项目周会').fill('项目周会');
  await input(page, '使用人数').fill('8');
  await text(page, '最多12人').waitFor();
  await formRow(page, '预约人').getByText('张伟 138****1234').waitFor();
  await centre(formRow(page, '人数'));
  await employee.shot('rooms-5-employee-form');
  await button(page, '提交预约').click();
  await page.getByText('预约成功').waitFor();
  await employee.arrive('/booking/detail/index');
  await onScreen(page).locator('.card__title', { hasText: '会议室A' }).waitFor();
  await row(page, '时间').getByText(`${DAY_TEXT} 14:00–15:15`).waitFor();
  await row(page, '使用目的').getByText('项目周会').waitFor();
  await row(page, '人数').getByText('8人').waitFor();
  await row(page, '预约人').getByText('张伟').waitFor();
  await row(page, '场馆').getByText('创新园区').waitFor();
  await text(page, '已预约').waitFor();
  await employee.shot('rooms-6-employee-detail');
});

test('the colleague, on the page opened before, picks 14:30 to 15:15: refused, offered 会议室B, books it', async () => {
  const page = colleaguePage;
  await colleague.still();
  // The page still shows the day as it was when opened: 14:30 looks free.
  await tapCell(page, '14:30');
  await tapCell(page, '15:15');
  await onScreen(page).locator('[data-testid="interval-range"]').getByText('已选 14:30–15:30 · 1小时').waitFor();
  await input(page, '如：项目周会').fill('客户方案评审');
  await input(page, '使用人数').fill('10');
  await formRow(page, '预约人').getByText('李娜').waitFor();
  await button(page, '提交预约').click();

  const offers = onScreen(page).locator('[data-testid="interval-offers"]');
  await offers.getByText('该时间已被预约，可选择以下时间或场地').waitFor();
  const roomB = offers.locator('[data-testid^="offer-"]', { hasText: '会议室B · 14:30–15:30' });
  await roomB.getByText('会议室B · 14:30–15:30 · 可容纳20人').waitFor();
  // Nearer times of 会议室A itself come first: none of them overlaps the employee's 14:00–15:15.
  const offered = await offers.locator('.interval-offers__text').allInnerTexts();
  expect(offered.length).toBeGreaterThan(1);
  expect(offered).not.toContain('会议室A · 14:30–15:30 · 可容纳12人');
  // The refusal loaded the day again: the employee's time shows as taken now.
  await cellsShow(page, ['14:00', '14:30', '15:00'], '已占用');
  await scrollSettled(page);
  await centre(cell(page, '14:30'));
  await colleague.shot('rooms-7a-colleague-refused-grid');
  await centre(offers);
  await colleague.shot('rooms-7b-colleague-offers');

  await roomB.locator('taro-button-core', { hasText: '预约此项' }).click();
  await page.getByText('预约成功').waitFor();
  await colleague.arrive('/booking/detail/index');
  await onScreen(page).locator('.card__title', { hasText: '会议室B' }).waitFor();
  await row(page, '时间').getByText(`${DAY_TEXT} 14:30–15:30`).waitFor();
  await row(page, '地点').getByText('A座5楼').waitFor();
  await row(page, '使用目的').getByText('客户方案评审').waitFor();
  await row(page, '人数').getByText('10人').waitFor();
  await row(page, '预约人').getByText('李娜').waitFor();
  await colleague.shot('rooms-8-colleague-detail-b');
});

test('the colleague opens 会议室A again: 14:00–15:00 taken, the cells around it free, 14:30 refused', async () => {
  const page = colleaguePage;
  await openRoomA(colleague, page);
  await cellsShow(page, ['14:00', '14:15', '14:30', '14:45', '15:00'], '已占用');
  await cellsShow(page, ['13:45', '15:15'], '可预约');
  await tapCell(page, '14:30');
  await page.getByText('14:30 已被占用').waitFor();
  await onScreen(page).locator('[data-testid="interval-range"]').getByText('点选开始时间，再点选结束时间').waitFor();
  await colleague.shot('rooms-9-colleague-room-a-taken');
});

test('back as the employee: 我的预约 lists the 会议室A booking, and the grid shows it as 我的预约', async () => {
  const page = employeePage;
  await employee.go('/pages/bookings/index');
  await employee.arrive('/pages/bookings/index');
  const card = onScreen(page).locator('[data-testid^="booking-"]', { hasText: '会议室A' });
  await card.getByText(`${DAY_TEXT} 14:00–15:15`).waitFor();
  await card.getByText('使用目的：项目周会').waitFor();
  await card.getByText('8人 · 预约人 张伟').waitFor();
  await card.getByText('已预约').waitFor();
  expect(await onScreen(page).locator('[data-testid^="booking-"]').count()).toBe(1);
  await employee.shot('rooms-10-employee-bookings');

  await openRoomA(employee, page);
  await cellsShow(page, ['14:00', '14:15', '14:30', '14:45', '15:00'], '我的预约');
  await cellsShow(page, ['13:45', '15:15'], '可预约');
  await centre(cell(page, '14:30'));
  await employee.shot('rooms-11-employee-grid-mine');
});
