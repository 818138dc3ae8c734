/**
 * 财务报表 (weapp build): a month of a managed venue — this month by default, another by the arrows —
 * its totals (净收入, tickets, taken and refunded per payment method), the days with a sale or a refund,
 * and 导出 CSV: the orders or the days written to the mini-program's user data folder as UTF-8 CSV with its
 * byte order mark and shared to a chat. A manager of several venues chooses one. Needs `npm run build:weapp`
 * first.
 */
import type { RoleGrant, StatementView, TakingsView } from '@shared/contract';
import { addMonths } from '@shared/time';
import { thisMonth } from '../complaint-stats/month';
import { answers, callsTo, closePages, cls, openPage, reset, startApp, waitFor } from '../../testing/weappPage';
import { daysCsv, ordersCsv } from './csv';

const takings = (over: Partial<TakingsView> = {}): TakingsView => ({
  tickets: 0,
  paidFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedTickets: 0,
  netFen: 0,
  ...over,
});

const MONTH = thisMonth();
const day = (n: number) => `${MONTH}-${String(n).padStart(2, '0')}`;

const SOLD = takings({ tickets: 4, paidFen: { wechat: 16000, cash: 12000, terminal: 4050 }, netFen: 32050 });
const REFUNDED = takings({ refundedFen: { wechat: 0, cash: 8000, terminal: 0 }, refundedTickets: 1, netFen: -8000 });

const STATEMENT: StatementView = {
  venueId: 'v-museum',
  period: MONTH,
  total: takings({
    tickets: 4,
    paidFen: SOLD.paidFen,
    refundedFen: REFUNDED.refundedFen,
    refundedTickets: 1,
    netFen: 24050,
  }),
  days: [1, 2, 3].map((n) => ({ date: day(n), ...(n === 1 ? SOLD : n === 3 ? REFUNDED : takings()) })),
  orders: [
    {
      orderNo: 'bk_00000000aaaa1111',
      resourceName: 'VR飞行体验',
      start: `${day(1)}T14:00:00+08:00`,
      method: 'cash',
      tickets: 2,
      paidFen: 12000,
      paidAt: `${day(1)}T09:05:00+08:00`,
      refundedFen: 8000,
      refundedAt: `${day(3)}T11:20:00+08:00`,
    },
  ],
};

let roles: RoleGrant[];
/** What the page wrote and shared through wx. */
let written: { path: string; data: string; encoding: string }[];
let shared: { filePath: string; fileName: string }[];

beforeAll(() => {
  // Taro reads wx.env when the app starts: the user data folder and the file APIs join the stubbed wx as
  // it is installed.
  let wx: Record<string, unknown> | undefined;
  Object.defineProperty(global, 'wx', {
    configurable: true,
    get: () => wx,
    set: (stub: Record<string, unknown>) => {
      wx = stub;
      wx.env = { USER_DATA_PATH: 'wxfile://usr' };
      wx.getFileSystemManager = () => ({
        writeFileSync: (path: string, data: string, encoding: string) => written.push({ path, data, encoding }),
      });
      wx.shareFileMessage = (arg: { filePath: string; fileName: string; success?: (r: object) => void }) => {
        shared.push({ filePath: arg.filePath, fileName: arg.fileName });
        arg.success?.({ errMsg: 'shareFileMessage:ok' });
      };
    },
  });
  startApp();
});
beforeEach(() => {
  reset();
  written = [];
  shared = [];
  roles = [{ role: 'manager', venueId: 'v-museum' }];
  answers['user.me'] = () => ({ openid: 'o-manager', roles, credit: { noShows: 0 } });
  answers['venue.list'] = [
    { id: 'v-museum', name: '星河科技馆', kind: 'museum' },
    { id: 'v-park', name: '湿地公园', kind: 'scenic_area' },
  ];
  answers['admin.finance.statement'] = (data: Record<string, unknown>) =>
    data.month === MONTH && data.venueId === 'v-museum'
      ? STATEMENT
      : { ...STATEMENT, venueId: data.venueId, period: data.month, total: takings(), days: [], orders: [] };
});
afterEach(closePages);

async function open(query: Record<string, string> = { venueId: 'v-museum' }) {
  const page = openPage('manager/finance/index', query);
  expect(await page.shows('每日收支')).toBe(true);
  return page;
}

const dayRows = (page: ReturnType<typeof openPage>) =>
  Array.from(page.dom().querySelectorAll(cls('finance-days__row'))).map((r) => r.textContent?.trim());

describe('财务报表 (weapp build)', () => {
  test('this month’s totals and the days with a sale or a refund', async () => {
    const page = await open();
    expect(callsTo('admin.finance.statement').map((c) => c.data)).toEqual([{ venueId: 'v-museum', month: MONTH }]);
    const total = page.find('本月合计', cls('card'))?.textContent ?? '';
    for (const shown of [
      '净收入¥240.50',
      '售出 4 张',
      '退票 1 张',
      '现金¥120¥80',
      '刷卡终端¥40.50¥0',
      '微信支付¥160¥0',
    ])
      expect(total).toContain(shown);
    // A header, then the two days that moved money; the quiet 2nd is left out.
    expect(page.text()).toContain('2 天有收支');
    expect(dayRows(page)).toHaveLength(3);
    expect(dayRows(page)[1]).toContain('4张¥320.50¥0¥320.50');
    expect(dayRows(page)[2]).toContain('0张¥0¥80-¥80');
    expect(page.text()).toContain('本月订单 1 笔');
  }, 20000);

  test('导出 CSV: the orders and the days, each written as UTF-8 with its BOM and shared to a chat', async () => {
    const page = await open();
    await page.tap('订单明细', cls('nut-button'));
    await page.tap('每日汇总', cls('nut-button'));
    expect(await waitFor(() => shared.length === 2)).toBe(true);
    const names = [`星河科技馆_${MONTH}_订单明细.csv`, `星河科技馆_${MONTH}_每日汇总.csv`];
    expect(shared).toEqual(names.map((fileName) => ({ filePath: `wxfile://usr/${fileName}`, fileName })));
    expect(written.map((w) => [w.path, w.encoding])).toEqual(names.map((n) => [`wxfile://usr/${n}`, 'utf8']));
    expect(written[0].data).toBe(ordersCsv(STATEMENT));
    expect(written[1].data).toBe(daysCsv(STATEMENT));
    expect(written[0].data.startsWith('\uFEFF订单号,项目,场次时间,支付方式')).toBe(true);
    expect(written[1].data.split('\r\n')).toContain(`${day(2)},0,0.00,0.00,0.00,0.00,0.00,0,0.00`);
  }, 20000);

  test('another month by the arrows, never past this one; a quiet month says so', async () => {
    const page = await open();
    await page.tap('›');
    expect(callsTo('admin.finance.statement')).toHaveLength(1);
    await page.tap('‹');
    expect(await page.shows('本月没有售票或退款')).toBe(true);
    expect(callsTo('admin.finance.statement').at(-1)?.data).toEqual({
      venueId: 'v-museum',
      month: addMonths(MONTH, -1),
    });
    expect(page.text()).toContain('0 天有收支');
  }, 20000);

  test('a manager of several venues chooses one', async () => {
    roles = [{ role: 'manager' }];
    const page = await open({});
    expect(callsTo('admin.finance.statement').map((c) => c.data?.venueId)).toEqual(['v-museum']);
    await page.tap('湿地公园');
    expect(await page.shows('本月没有售票或退款')).toBe(true);
    expect(callsTo('admin.finance.statement').at(-1)?.data).toEqual({ venueId: 'v-park', month: MONTH });
  }, 20000);

  test('someone who manages no venue is told so', async () => {
    roles = [{ role: 'staff', venueId: 'v-museum' }];
    const page = openPage('manager/finance/index');
    expect(await page.shows('仅场馆管理员和领导小组可查看财务报表')).toBe(true);
    expect(callsTo('admin.finance.statement')).toEqual([]);
  }, 20000);
});
