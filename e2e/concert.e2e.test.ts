// Paid, seated tickets (seed 001) in a real browser against `npm start` with the demo seed: a visitor opens
// 周末民乐音乐会 at 市文化中心 three days ahead, picks two seats of 一楼 5排 on the map, gives them to two
// attendees (全价 and 学生), submits the order, pays on the H5 build's 模拟微信支付 sheet, sees the ticket with
// its seats, then cancels within the full-refund window and sees the refund; WeChat Pay's own ledger (the
// local cloud's) shows one trade and one refund of the whole amount.
import type { Browser, Page } from 'playwright-core';
import { residentIdCheckChar } from '@shared/rules/idDocument';
import { button, launch, onScreen, phonePage } from './browser';
import { journey } from './journey';
import { SET_UP_MS, startNpmStart, type RunningCloud } from './localCloudProcess';

const VISITOR = 'demo-visitor-1';
const VENUE = 'venue-culture';
const CONCERT = 'res-concert';
/** 一楼 5排: the middle block starts at column 12, the 11th chair of the row. */
const SEATS = ['stalls_5_12', 'stalls_5_13'];
/** The map's cells carry no ids (a 1,500-seat hall stays light): a seat is its row's column. */
const SEAT_CELLS: [number, number][] = [
  [5, 12],
  [5, 13],
];
const SEAT_LABELS = ['一楼 5排11座', '一楼 5排12座'];

let cloud: RunningCloud;
let browser: Browser;
let page: Page;
let bookingId = '';
const errors: string[] = [];
const j = journey(
  () => page,
  () => cloud.url,
);

beforeAll(async () => {
  cloud = await startNpmStart(Number(process.env.E2E_CONCERT_PORT ?? 8792));
  browser = await launch();
  page = await phonePage(browser, errors);
  const ids = ['11010519900307123', '11010520100512456'];
  for (const [i, name] of ['王小明', '李小红'].entries()) {
    const added = await j.api(VISITOR, 'attendee.add', {
      name,
      phone: `1381234567${i}`,
      idType: 'id_card',
      idNumber: ids[i] + residentIdCheckChar(ids[i]),
      consent: true,
    });
    expect(added.ok).toBe(true);
  }
}, SET_UP_MS);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

afterEach(() => expect(errors).toEqual([]));

const text = (t: string) => onScreen(page).getByText(t, { exact: false }).first();
const testId = (id: string) => onScreen(page).locator(`[data-testid="${id}"]`);

test('the visitor opens 周末民乐音乐会 three days ahead and picks two seats of 一楼 5排 on the map', async () => {
  await j.signIn(VISITOR);
  const chip = testId(`chip-${VENUE}`);
  await chip.waitFor();
  await chip.click({ force: true });
  await onScreen(page).locator(`[data-testid="chip-${VENUE}"].chip-tabs__item--active`).waitFor();
  await testId(`resource-${CONCERT}`).click({ force: true });
  await j.arrive('/booking/resource/index');
  await text('全价').waitFor();
  await j.pickDate(3);
  await onScreen(page).locator('[data-testid^="slot-"]').first().waitFor();
  await button(page, '选座').click();
  await j.arrive('/booking/seats/index');
  for (const [r, c] of SEAT_CELLS)
    await onScreen(page)
      .locator('.seat-row')
      .nth(r - 1)
      .locator('.seat')
      .nth(c - 1)
      .click();
  for (const label of SEAT_LABELS) await text(label).waitFor();
  await j.shot('concert-1-seats');
  await button(page, '确认座位').click();
  await j.arrive('/booking/confirm/index');
});

test('gives the seats to 王小明 (全价) and 李小红 (学生), submits the order and sees 待支付 with its countdown', async () => {
  await onScreen(page).getByText('王小明').click({ force: true });
  await onScreen(page).getByText('李小红').click({ force: true });
  await text(`王小明 · ${SEAT_LABELS[0]}`).waitFor();
  await text(`李小红 · ${SEAT_LABELS[1]}`).waitFor();
  const student = onScreen(page)
    .locator('[data-testid^="ticket-row-"]', { hasText: '李小红' })
    .getByText('学生', { exact: false });
  await student.click({ force: true });
  // 一楼 sells 全价 at ¥120 and 学生 at ¥60.
  await testId('order-total').getByText('¥180').waitFor();
  await j.shot('concert-2-confirm');
  await button(page, /提交订单/).click();
  await j.arrive('/booking/detail/index');
  bookingId = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('bookingId')!;
  expect(bookingId).toBeTruthy();
  await text('待支付').waitFor();
  await text('剩余支付时间').waitFor();
  await j.shot('concert-3-pending');
});

test('pays on the 模拟微信支付 sheet and sees the ticket with its seats', async () => {
  await button(page, '去支付').click();
  await page.locator('[data-testid="dev-pay-confirm"]').click();
  await text('已预约').waitFor();
  for (const label of SEAT_LABELS) await text(label).waitFor();
  await testId('order-card').getByText('已支付').waitFor();
  await j.shot('concert-4-paid');
  const booking = await j.api<{ status: string; attendees: { seat?: string }[] }>(VISITOR, 'booking.get', {
    bookingId,
  });
  expect(booking.data.status).toBe('confirmed');
  expect(booking.data.attendees.map((a) => a.seat)).toEqual(SEAT_LABELS);
});

test('cancels within the full-refund window: told ¥180 comes back, then sees it refunded', async () => {
  await j.still();
  await button(page, '取消预约').click();
  await text('将退还 ¥180').waitFor();
  await j.shot('concert-5-cancel-dialog');
  await button(page, '确认取消').click();
  await page.getByText('¥180将原路退回').waitFor();
  // The refund's notification settles the order; the page shows it once loaded again.
  await j.reopen(`/booking/detail/index?bookingId=${bookingId}`);
  await testId('order-card').getByText('已退款').first().waitFor();
  await j.shot('concert-6-refunded');
  const ledger = (await (await fetch(`${cloud.url}/__dev/pay`)).json()) as {
    trades: { outTradeNo: string; totalFee: number }[];
    refunds: { outTradeNo: string; refundFee: number }[];
  };
  expect(ledger.trades.filter((t) => t.outTradeNo === bookingId).map((t) => t.totalFee)).toEqual([18000]);
  expect(ledger.refunds.filter((r) => r.outTradeNo === bookingId).map((r) => r.refundFee)).toEqual([18000]);
  const seats = await j.api<{ taken: string[] }>(null, 'slot.seats', {
    slotId: (await j.api<{ slotId: string }>(VISITOR, 'booking.get', { bookingId })).data.slotId,
  });
  expect(seats.data.taken).not.toEqual(expect.arrayContaining(SEATS));
});
