import { Buffer } from 'buffer';
import type { StatementView, TakingsView } from '@shared/contract';
import { BOM, csvFileName, csvText, daysCsv, ordersCsv, textCell, yuanCell } from './csv';

const takings = (over: Partial<TakingsView> = {}): TakingsView => ({
  tickets: 0,
  paidFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedTickets: 0,
  netFen: 0,
  ...over,
});

const DAY1 = takings({ tickets: 3, paidFen: { wechat: 8000, cash: 12000, terminal: 4050 }, netFen: 24050 });
const DAY2 = takings({ refundedFen: { wechat: 0, cash: 8000, terminal: 0 }, refundedTickets: 1, netFen: -8000 });

const STATEMENT: StatementView = {
  venueId: 'v-museum',
  period: '2026-12',
  total: takings({
    tickets: 3,
    paidFen: DAY1.paidFen,
    refundedFen: DAY2.refundedFen,
    refundedTickets: 1,
    netFen: 16050,
  }),
  days: [
    { date: '2026-12-01', ...DAY1 },
    { date: '2026-12-02', ...DAY2 },
  ],
  orders: [
    {
      orderNo: 'bk_7d2e9a8f3a21c0',
      resourceName: '球幕影院, "星空"',
      start: '2026-12-01T14:00:00+08:00',
      method: 'cash',
      tickets: 2,
      paidFen: 12000,
      paidAt: '2026-12-01T13:05:00+08:00',
      refundedFen: 8000,
      refundedAt: '2026-12-02T09:30:00+08:00',
    },
    {
      orderNo: 'bk_9a1f',
      resourceName: '=HYPERLINK("x")',
      start: '2026-12-01T15:00:00+08:00',
      method: 'terminal',
      tickets: 1,
      paidFen: 4050,
      paidAt: '2026-12-01T14:10:00+08:00',
      refundedFen: 0,
    },
  ],
};

const linesOf = (text: string) => text.slice(BOM.length).split('\r\n');

describe('the finance export’s CSV', () => {
  test('amounts in yuan with both decimals, by integer arithmetic', () => {
    expect([0, 5, 4050, 8000, 12345678, -8000, -5].map(yuanCell)).toEqual([
      '0.00',
      '0.05',
      '40.50',
      '80.00',
      '123456.78',
      '-80.00',
      '-0.05',
    ]);
  });

  test('UTF-8 with its byte order mark, CRLF, quoted fields with quotes doubled', () => {
    const text = csvText(
      ['名称', '金额(元)'],
      [
        ['a,b', '1.00'],
        ['说"好"', '2.00'],
        ['两\n行', '3.00'],
      ],
    );
    expect(text.startsWith('\uFEFF名称,金额(元)\r\n')).toBe(true);
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe('\uFEFF名称,金额(元)\r\n"a,b",1.00\r\n"说""好""",2.00\r\n"两\n行",3.00\r\n');
  });

  test('text a spreadsheet would run as a formula is kept as text', () => {
    expect(['=1+1', '+86', '-x', '@sum', 'VR飞行体验'].map(textCell)).toEqual([
      "'=1+1",
      "'+86",
      "'-x",
      "'@sum",
      'VR飞行体验',
    ]);
  });

  test('the orders: one row each, times in business time, refunds where there were', () => {
    expect(linesOf(ordersCsv(STATEMENT))).toEqual([
      '订单号,项目,场次时间,支付方式,票数,实收(元),支付时间,退款(元),退款时间',
      'bk_7d2e9a8f3a21c0,"球幕影院, ""星空""",2026-12-01 14:00,现金,2,120.00,2026-12-01 13:05,80.00,2026-12-02 09:30',
      `bk_9a1f,"'=HYPERLINK(""x"")",2026-12-01 15:00,刷卡终端,1,40.50,2026-12-01 14:10,0.00,`,
      '',
    ]);
  });

  test('the days: each day of the month, then the month’s sum', () => {
    expect(linesOf(daysCsv(STATEMENT))).toEqual([
      '日期,售出(张),现金(元),刷卡终端(元),微信支付(元),收款合计(元),退款(元),退票(张),净收入(元)',
      '2026-12-01,3,120.00,40.50,80.00,240.50,0.00,0,240.50',
      '2026-12-02,0,0.00,0.00,0.00,0.00,80.00,1,-80.00',
      '合计,3,120.00,40.50,80.00,240.50,80.00,1,160.50',
      '',
    ]);
  });

  test('file names keep to what a file system takes', () => {
    expect(csvFileName('星河 科技馆/北区', '2026-12', '订单明细')).toBe('星河_科技馆_北区_2026-12_订单明细.csv');
  });
});
