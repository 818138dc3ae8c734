import type { TakingsView } from '@shared/contract';
import { isQuiet, latestOrders, methodRows, paidTotal, refundedTotal, type StatementOrder } from './takings';

const TAKINGS: TakingsView = {
  tickets: 7,
  paidFen: { wechat: 24000, cash: 16000, terminal: 4050 },
  refundedFen: { wechat: 0, cash: 8000, terminal: 0 },
  refundedTickets: 1,
  netFen: 36050,
};

const quiet: TakingsView = {
  tickets: 0,
  paidFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedTickets: 0,
  netFen: 0,
};

describe('a statement’s figures', () => {
  test('by payment method, the window’s own first, and their sums', () => {
    expect(methodRows(TAKINGS)).toEqual([
      { method: 'cash', label: '现金', paidFen: 16000, refundedFen: 8000 },
      { method: 'terminal', label: '刷卡终端', paidFen: 4050, refundedFen: 0 },
      { method: 'wechat', label: '微信支付', paidFen: 24000, refundedFen: 0 },
    ]);
    expect(paidTotal(TAKINGS)).toBe(44050);
    expect(refundedTotal(TAKINGS)).toBe(8000);
    expect(paidTotal(TAKINGS) - refundedTotal(TAKINGS)).toBe(TAKINGS.netFen);
  });

  test('a day is quiet with nothing sold and nothing refunded; a refund alone is activity', () => {
    expect(isQuiet(quiet)).toBe(true);
    expect(isQuiet(TAKINGS)).toBe(false);
    expect(
      isQuiet({ ...quiet, refundedTickets: 1, refundedFen: { ...quiet.refundedFen, cash: 8000 }, netFen: -8000 }),
    ).toBe(false);
  });

  test('orders newest first by their last payment or refund, at most as many as asked', () => {
    const order = (orderNo: string, paidAt?: string, refundedAt?: string): StatementOrder => ({
      orderNo,
      resourceName: 'VR飞行体验',
      start: '2026-12-01T14:00:00+08:00',
      method: 'cash',
      tickets: 1,
      paidFen: 8000,
      refundedFen: refundedAt ? 8000 : 0,
      ...(paidAt ? { paidAt } : {}),
      ...(refundedAt ? { refundedAt } : {}),
    });
    const orders = [
      order('a', '2026-12-01T09:00:00+08:00'),
      order('b', '2026-11-30T16:00:00+08:00', '2026-12-01T11:00:00+08:00'),
      order('c', '2026-12-01T10:00:00+08:00'),
    ];
    expect(latestOrders(orders, 10).map((o) => o.orderNo)).toEqual(['b', 'c', 'a']);
    expect(latestOrders(orders, 2).map((o) => o.orderNo)).toEqual(['b', 'c']);
  });
});
