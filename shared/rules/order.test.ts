// The paid order's state machine: a table of every (state, event) pair, the amounts and refund numbers
// of the transitions that move money, races as the service's conditional update serialises them, and
// generated sequences of events (every sequence of up to four, and thousands of longer ones from a fixed
// PRNG) checked against the invariants. Fixed clock, instants in epoch ms, host in UTC.
import { HOUR_MS, MINUTE_MS } from '../time';
import { prng } from '../testing/prng';
import type { RefundRule } from './policy';
import {
  MAX_ORDER_LINES,
  ORDER_STATUSES,
  refundedFen,
  refundNo,
  transition,
  type Order,
  type OrderEffect,
  type OrderEvent,
  type OrderStatus,
} from './order';

beforeAll(() => {
  process.env.TZ = 'UTC';
});

const NOW = Date.parse('2026-12-11T10:00:00+08:00');
const HOLD_UNTIL = NOW + 15 * MINUTE_MS;
/** The concert starts 33.5 hours after the order: the visitor's cancellations fall in the partial tier. */
const START = Date.parse('2026-12-12T19:30:00+08:00');
/** Full until 48 hours before, 70 % until 2 hours before, nothing after. */
const RULE: RefundRule = { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 70 };
const TOTAL = 8000 + 4000 + 3001;

const ORDER: Order = {
  orderNo: 'SO20261211A7K2P9',
  status: 'pending_payment',
  totalFen: TOTAL,
  holdUntil: HOLD_UNTIL,
  start: START,
  refundRule: RULE,
  lines: [
    { id: 't1', priceFen: 8000, cancelled: false },
    { id: 't2', priceFen: 4000, cancelled: false },
    { id: 't3', priceFen: 3001, cancelled: false },
  ],
  payment: null,
  refunds: [],
};

const pay = (at = NOW + 5 * MINUTE_MS, totalFen = TOTAL): OrderEvent => ({ type: 'paid_notified', totalFen, at });
const cancel = (lineIds: string[], byVenue = false, at = NOW + HOUR_MS): OrderEvent => ({
  type: 'cancel_tickets',
  lineIds,
  at,
  byVenue,
});
const expire: OrderEvent = { type: 'hold_expired', at: HOLD_UNTIL };
const refundNote = (outRefundNo: string): OrderEvent => ({ type: 'refund_notified', outRefundNo });

/** The order after `events`, applied one after another from `from`. */
const after = (events: OrderEvent[], from: Order = ORDER): Order =>
  events.reduce((order, event) => transition(order, event).order, from);

/** One reachable order in every state. */
const STATES: Record<OrderStatus, Order> = {
  pending_payment: ORDER,
  paid: after([pay()]),
  expired: after([expire]),
  cancelled: after([{ type: 'cancelled_unpaid' }]),
  refunding: after([pay(), cancel(['t1'])]),
  partially_refunded: after([pay(), cancel(['t1']), refundNote(`${ORDER.orderNo}R1`)]),
  refunded: after([pay(), cancel(['t1', 't2', 't3'], true), refundNote(`${ORDER.orderNo}R7`)]),
};

/** The events of the table: a refund notification names the order's refund in flight, if any. */
const EVENTS: Record<string, (order: Order) => OrderEvent> = {
  'paid in time': () => pay(),
  'paid after the hold': () => pay(HOLD_UNTIL),
  'paid another amount': () => pay(undefined, TOTAL - 1),
  'payment failed': () => ({ type: 'payment_failed' }),
  'hold expired': () => expire,
  'expiry job early': () => ({ type: 'hold_expired', at: HOLD_UNTIL - 1 }),
  'cancelled unpaid': () => ({ type: 'cancelled_unpaid' }),
  'visitor cancels t2': () => cancel(['t2']),
  'venue cancels t2': () => cancel(['t2'], true),
  'refund notified': (order) => refundNote(order.refunds.find((r) => !r.settled)?.outRefundNo ?? 'SO1R1'),
};

/** The expected answer of each pair: the status after it, then its effects (`none:<reason>`). */
const TABLE: Record<OrderStatus, Record<keyof typeof EVENTS, string>> = {
  pending_payment: {
    'paid in time': 'paid confirm_booking',
    'paid after the hold': 'refunding release_places refund',
    'paid another amount': 'refunding release_places refund',
    'payment failed': 'pending_payment none:payment_failed',
    'hold expired': 'expired close_trade release_places',
    'expiry job early': 'pending_payment none:hold_not_over',
    'cancelled unpaid': 'cancelled close_trade release_places',
    'visitor cancels t2': 'pending_payment none:not_paid',
    'venue cancels t2': 'cancelled close_trade release_places',
    'refund notified': 'pending_payment none:unknown_refund',
  },
  paid: {
    'paid in time': 'paid none:already_paid',
    'paid after the hold': 'paid none:already_paid',
    'paid another amount': 'paid none:already_paid',
    'payment failed': 'paid none:payment_failed',
    'hold expired': 'paid none:not_pending',
    'expiry job early': 'paid none:not_pending',
    'cancelled unpaid': 'paid none:not_pending',
    'visitor cancels t2': 'refunding release_places refund',
    'venue cancels t2': 'refunding release_places refund',
    'refund notified': 'paid none:unknown_refund',
  },
  expired: {
    'paid in time': 'refunding refund',
    'paid after the hold': 'refunding refund',
    'paid another amount': 'refunding refund',
    'payment failed': 'expired none:payment_failed',
    'hold expired': 'expired none:not_pending',
    'expiry job early': 'expired none:not_pending',
    'cancelled unpaid': 'expired none:not_pending',
    'visitor cancels t2': 'expired none:not_paid',
    'venue cancels t2': 'expired none:not_paid',
    'refund notified': 'expired none:unknown_refund',
  },
  cancelled: {
    'paid in time': 'refunding refund',
    'paid after the hold': 'refunding refund',
    'paid another amount': 'refunding refund',
    'payment failed': 'cancelled none:payment_failed',
    'hold expired': 'cancelled none:not_pending',
    'expiry job early': 'cancelled none:not_pending',
    'cancelled unpaid': 'cancelled none:not_pending',
    'visitor cancels t2': 'cancelled none:not_paid',
    'venue cancels t2': 'cancelled none:not_paid',
    'refund notified': 'cancelled none:unknown_refund',
  },
  refunding: {
    'paid in time': 'refunding none:already_paid',
    'paid after the hold': 'refunding none:already_paid',
    'paid another amount': 'refunding none:already_paid',
    'payment failed': 'refunding none:payment_failed',
    'hold expired': 'refunding none:not_pending',
    'expiry job early': 'refunding none:not_pending',
    'cancelled unpaid': 'refunding none:not_pending',
    'visitor cancels t2': 'refunding release_places refund',
    'venue cancels t2': 'refunding release_places refund',
    'refund notified': 'partially_refunded',
  },
  partially_refunded: {
    'paid in time': 'partially_refunded none:already_paid',
    'paid after the hold': 'partially_refunded none:already_paid',
    'paid another amount': 'partially_refunded none:already_paid',
    'payment failed': 'partially_refunded none:payment_failed',
    'hold expired': 'partially_refunded none:not_pending',
    'expiry job early': 'partially_refunded none:not_pending',
    'cancelled unpaid': 'partially_refunded none:not_pending',
    'visitor cancels t2': 'refunding release_places refund',
    'venue cancels t2': 'refunding release_places refund',
    'refund notified': 'partially_refunded none:unknown_refund',
  },
  refunded: {
    'paid in time': 'refunded none:already_paid',
    'paid after the hold': 'refunded none:already_paid',
    'paid another amount': 'refunded none:already_paid',
    'payment failed': 'refunded none:payment_failed',
    'hold expired': 'refunded none:not_pending',
    'expiry job early': 'refunded none:not_pending',
    'cancelled unpaid': 'refunded none:not_pending',
    'visitor cancels t2': 'refunded none:nothing_to_cancel',
    'venue cancels t2': 'refunded none:nothing_to_cancel',
    'refund notified': 'refunded none:unknown_refund',
  },
};

const summary = (status: OrderStatus, effects: OrderEffect[]): string =>
  [status, ...effects.map((e) => (e.type === 'none' ? `none:${e.reason}` : e.type))].join(' ');

describe('every (state, event) pair', () => {
  test('the fixtures are in the state they are named for', () => {
    for (const status of ORDER_STATUSES) expect(STATES[status].status).toBe(status);
  });

  const pairs = ORDER_STATUSES.flatMap((status) => Object.keys(EVENTS).map((event) => [status, event] as const));
  test.each(pairs)('%s + %s', (status, eventName) => {
    const order = STATES[status];
    const result = transition(order, EVENTS[eventName](order));
    expect(summary(result.status, result.effects)).toBe(TABLE[status][eventName]);
    expect(result.order.status).toBe(result.status);
    // An ignored event leaves the order exactly as it was, so the service writes nothing.
    if (result.effects.some((e) => e.type === 'none')) expect(result.order).toBe(order);
  });
});

describe('payments', () => {
  test('a payment in time confirms the order once; a second notification is ignored', () => {
    const first = transition(ORDER, pay());
    expect(first.order.payment).toEqual({ fen: TOTAL, at: NOW + 5 * MINUTE_MS });
    expect(transition(first.order, pay()).effects).toEqual([{ type: 'none', reason: 'already_paid' }]);
  });

  test('the hold is half-open: paid 1 ms before holdUntil confirms, paid at holdUntil is refunded', () => {
    expect(transition(ORDER, pay(HOLD_UNTIL - 1)).status).toBe('paid');
    expect(transition(ORDER, pay(HOLD_UNTIL)).effects).toEqual([
      { type: 'release_places', lineIds: ['t1', 't2', 't3'] },
      { type: 'refund', outRefundNo: `${ORDER.orderNo}R7`, fen: TOTAL, lineIds: ['t1', 't2', 't3'] },
    ]);
  });

  test('a payment after the order expired is refunded in full and never confirmed', () => {
    const late = transition(STATES.expired, pay());
    expect(late.effects).toEqual([
      { type: 'refund', outRefundNo: `${ORDER.orderNo}R7`, fen: TOTAL, lineIds: ['t1', 't2', 't3'] },
    ]);
    expect(late.order.lines.every((l) => l.cancelled)).toBe(true);
    const settled = transition(late.order, refundNote(`${ORDER.orderNo}R7`));
    expect(settled.status).toBe('refunded');
    expect(refundedFen(settled.order)).toBe(TOTAL);
  });

  test('an amount other than the total is refunded as paid, and the order is not confirmed', () => {
    for (const paid of [TOTAL - 1, TOTAL + 100]) {
      const result = transition(ORDER, pay(undefined, paid));
      expect(result.effects).toContainEqual(expect.objectContaining({ type: 'refund', fen: paid }));
      expect(result.effects).not.toContainEqual({ type: 'confirm_booking' });
    }
  });

  test('a notification of nothing paid is not a payment', () => {
    expect(transition(ORDER, pay(undefined, 0))).toEqual({
      status: 'pending_payment',
      effects: [{ type: 'none', reason: 'nothing_paid' }],
      order: ORDER,
    });
  });

  test('failure then success: the failure changes nothing, the payment then confirms', () => {
    const failed = transition(ORDER, { type: 'payment_failed' });
    expect(failed.order).toBe(ORDER);
    expect(transition(failed.order, pay()).effects).toEqual([{ type: 'confirm_booking' }]);
  });
});

describe('cancelling paid tickets', () => {
  const paid = STATES.paid;

  test('the visitor is refunded by the rule, each ticket floored on its own', () => {
    const result = transition(paid, cancel(['t3', 't2'])); // 33.5 − 1 hours before: the 70 % tier
    expect(result.effects).toEqual([
      { type: 'release_places', lineIds: ['t2', 't3'] },
      { type: 'refund', outRefundNo: `${ORDER.orderNo}R6`, fen: 2800 + 2100, lineIds: ['t2', 't3'] },
    ]);
  });

  test('the venue refunds in full whatever the time', () => {
    const result = transition(paid, cancel(['t2'], true, START + HOUR_MS));
    expect(result.effects).toContainEqual({
      type: 'refund',
      outRefundNo: `${ORDER.orderNo}R2`,
      fen: 4000,
      lineIds: ['t2'],
    });
  });

  test('with nothing due the tickets are released without a refund, and the money status stays', () => {
    const result = transition(paid, cancel(['t1'], false, START - HOUR_MS));
    expect(result).toMatchObject({ status: 'paid', effects: [{ type: 'release_places', lineIds: ['t1'] }] });
    expect(result.order.refunds).toEqual([]);
  });

  test('tickets cancelled before are not refunded again; an unknown ticket is refused', () => {
    const once = transition(paid, cancel(['t1'])).order;
    const again = transition(once, cancel(['t1', 't2']));
    expect(again.effects).toContainEqual(expect.objectContaining({ type: 'refund', fen: 2800, lineIds: ['t2'] }));
    expect(transition(once, cancel(['t1'])).effects).toEqual([{ type: 'none', reason: 'nothing_to_cancel' }]);
    expect(transition(once, cancel(['t9'])).effects).toEqual([{ type: 'none', reason: 'unknown_line' }]);
  });

  test('all tickets cancelled with a share kept ends partially refunded; all of it back ends refunded', () => {
    const kept = after([cancel(['t1', 't2', 't3']), refundNote(`${ORDER.orderNo}R7`)], paid);
    expect([kept.status, refundedFen(kept)]).toEqual(['partially_refunded', 5600 + 2800 + 2100]);
    expect(STATES.refunded.status).toBe('refunded');
    expect(refundedFen(STATES.refunded)).toBe(TOTAL);
  });

  test('a refund notified twice settles once; two refunds in flight end when both are notified', () => {
    const two = after([cancel(['t1']), cancel(['t2'])], paid);
    expect(two.refunds.map((r) => r.outRefundNo)).toEqual([`${ORDER.orderNo}R1`, `${ORDER.orderNo}R2`]);
    const one = transition(two, refundNote(`${ORDER.orderNo}R2`));
    expect(one.status).toBe('refunding');
    expect(transition(one.order, refundNote(`${ORDER.orderNo}R2`)).effects).toEqual([
      { type: 'none', reason: 'refund_settled' },
    ]);
    expect(transition(one.order, refundNote(`${ORDER.orderNo}R1`)).status).toBe('partially_refunded');
  });
});

describe('races, as the conditional update serialises them', () => {
  /** Both events computed on the same read; the winner is written, the loser reads again and retries. */
  function race(from: Order, winner: OrderEvent, loser: OrderEvent) {
    const won = transition(from, winner);
    return { stale: transition(from, loser), won, retried: transition(won.order, loser) };
  }

  test('two cancels of the same tickets at once ask for the same refund, and the loser then does nothing', () => {
    const { stale, won, retried } = race(
      STATES.paid,
      cancel(['t1', 't2']),
      cancel(['t2', 't1'], false, NOW + 2 * HOUR_MS),
    );
    expect(stale.effects).toEqual(won.effects);
    expect(retried.effects).toEqual([{ type: 'none', reason: 'nothing_to_cancel' }]);
  });

  test('the visitor and the venue cancelling the same ticket at once share one refund number', () => {
    const { stale, won } = race(STATES.paid, cancel(['t2']), cancel(['t2'], true));
    for (const { effects } of [stale, won]) {
      expect(effects).toContainEqual(expect.objectContaining({ type: 'refund', outRefundNo: `${ORDER.orderNo}R2` }));
    }
  });

  test('cancel racing payment: whichever lands first, the booking is confirmed or the money goes back', () => {
    const cancelFirst = race(ORDER, { type: 'cancelled_unpaid' }, pay());
    expect(cancelFirst.retried.effects).toEqual([
      { type: 'refund', outRefundNo: `${ORDER.orderNo}R7`, fen: TOTAL, lineIds: ['t1', 't2', 't3'] },
    ]);
    const payFirst = race(ORDER, pay(), { type: 'cancelled_unpaid' });
    expect(payFirst.won.effects).toEqual([{ type: 'confirm_booking' }]);
    expect(payFirst.retried.effects).toEqual([{ type: 'none', reason: 'not_pending' }]);
  });

  test('the expiry job racing a payment made in time: the later of the two refunds it', () => {
    expect(race(ORDER, expire, pay()).retried.status).toBe('refunding');
    expect(race(ORDER, pay(), expire).retried.effects).toEqual([{ type: 'none', reason: 'not_pending' }]);
  });
});

describe('refundNo', () => {
  const REFUND_NO = /^[A-Za-z0-9_\-|*@]{1,64}$/;

  test('the set of lines as a bit mask over their positions, whatever order they are named in', () => {
    expect(refundNo(ORDER, ['t1'])).toBe(`${ORDER.orderNo}R1`);
    expect(refundNo(ORDER, ['t3', 't1'])).toBe(refundNo(ORDER, ['t1', 't3']));
    expect(refundNo(ORDER, ['t1', 't3'])).toBe(`${ORDER.orderNo}R5`);
  });

  test("the longest order number with the most lines stays within WeChat's limits", () => {
    const lines = Array.from({ length: MAX_ORDER_LINES }, (_, i) => ({ id: `s${i}`, priceFen: 100, cancelled: false }));
    const order = { orderNo: 'A'.repeat(32), lines };
    const every = refundNo(
      order,
      lines.map((l) => l.id),
    );
    expect(every).toMatch(REFUND_NO);
    expect(every).toBe(`${'A'.repeat(32)}R${'f'.repeat(25)}`);
    expect(refundNo(order, ['s99'])).toBe(`${'A'.repeat(32)}R8${'0'.repeat(24)}`);
  });

  test('an order number WeChat would refuse, or too many lines, is a bug upstream', () => {
    expect(() => refundNo({ ...ORDER, orderNo: 'SO 1' }, ['t1'])).toThrow(RangeError);
    expect(() => refundNo({ ...ORDER, orderNo: 'A'.repeat(33) }, ['t1'])).toThrow(RangeError);
    const lines = Array.from({ length: MAX_ORDER_LINES + 1 }, (_, i) => ({
      id: `s${i}`,
      priceFen: 1,
      cancelled: false,
    }));
    expect(() => refundNo({ orderNo: 'SO1', lines }, ['s0'])).toThrow(RangeError);
  });
});

describe('generated sequences of events from pending_payment', () => {
  /** Abstract steps; a refund notification names a refund of the run so far (or none that exists). */
  const STEPS: Record<string, (order: Order) => OrderEvent> = {
    pay: () => pay(),
    payLate: () => pay(HOLD_UNTIL + MINUTE_MS),
    payWrong: () => pay(undefined, TOTAL - 500),
    fail: () => ({ type: 'payment_failed' }),
    expire: () => expire,
    expireEarly: () => ({ type: 'hold_expired', at: HOLD_UNTIL - MINUTE_MS }),
    cancelUnpaid: () => ({ type: 'cancelled_unpaid' }),
    cancelOne: () => cancel(['t1']),
    cancelTwo: () => cancel(['t2', 't1'], false, START - 10 * HOUR_MS),
    cancelLate: () => cancel(['t3'], false, START - HOUR_MS),
    closure: () => cancel(['t1', 't2', 't3'], true, START - HOUR_MS),
    refundOldest: (order) => refundNote(order.refunds.find((r) => !r.settled)?.outRefundNo ?? `${ORDER.orderNo}R9`),
    refundNewest: (order) => refundNote(order.refunds[order.refunds.length - 1]?.outRefundNo ?? 'SO1R1'),
  };
  const NAMES = Object.keys(STEPS);

  /** Refund numbers seen for each set of lines, and the reverse, over every run. */
  const numberOfLines = new Map<string, string>();
  const linesOfNumber = new Map<string, string>();

  /**
   * Runs `names`, then WeChat delivers every refund notification still owed; answers the invariants the
   * run broke (plain checks rather than `expect`, so that tens of thousands of runs stay fast).
   */
  function violations(names: string[]): string[] {
    const broken: string[] = [];
    const must = (ok: boolean, what: string) => {
      if (!ok) broken.push(`${names.join(' ')}: ${what}`);
    };
    let order = ORDER;
    let confirmed = 0;
    let expired = false;
    const released = new Set<string>();
    const refunded = new Set<string>();
    const refunds: { outRefundNo: string; fen: number }[] = [];
    const apply = (event: OrderEvent) => {
      const result = transition(order, event);
      must(result.order.status === result.status, 'the order carries its status');
      if (result.effects.some((e) => e.type === 'none')) must(result.order === order, 'ignored: unchanged');
      if (event.type === 'hold_expired' && result.status === 'expired') expired = true;
      for (const effect of result.effects) {
        if (effect.type === 'confirm_booking') {
          confirmed += 1;
          must(released.size === 0, 'never confirmed after its places went back');
        }
        if (effect.type === 'release_places') {
          for (const id of effect.lineIds) must(!released.has(id), `place of ${id} given back once`);
          effect.lineIds.forEach((id) => released.add(id));
        }
        if (effect.type === 'refund') {
          must(effect.fen > 0, 'a refund is a positive amount');
          must(/^[A-Za-z0-9_\-|*@]{1,64}$/.test(effect.outRefundNo), 'a refund number WeChat takes');
          for (const id of effect.lineIds) must(!refunded.has(id), `${id} refunded once`);
          effect.lineIds.forEach((id) => refunded.add(id));
          const lines = [...effect.lineIds].sort().join(',');
          must((numberOfLines.get(lines) ?? effect.outRefundNo) === effect.outRefundNo, 'same lines, same number');
          must((linesOfNumber.get(effect.outRefundNo) ?? lines) === lines, 'same number, same lines');
          numberOfLines.set(lines, effect.outRefundNo);
          linesOfNumber.set(effect.outRefundNo, lines);
          refunds.push(effect);
        }
      }
      order = result.order;
    };
    for (const name of names) apply(STEPS[name](order));
    for (const owed of order.refunds.filter((r) => !r.settled)) apply(refundNote(owed.outRefundNo));

    const paidFen = order.payment?.fen ?? 0;
    const refundedSum = refunds.reduce((sum, r) => sum + r.fen, 0);
    must(confirmed <= 1, 'confirmed at most once');
    must(new Set(refunds.map((r) => r.outRefundNo)).size === refunds.length, 'one number per refund');
    must(refundedSum <= paidFen, 'never more refunded than paid');
    must(refundedFen(order) === refundedSum, 'the order records every refund asked');
    must(
      order.refunds.every((r) => r.settled),
      'every refund settled once notified',
    );
    if (confirmed === 1) must(order.payment?.fen === TOTAL, 'confirmed only when the total was paid');
    // Paid but never confirmed (late, after expiry or cancellation, or another amount): all of it back.
    if (order.payment && confirmed === 0) must(order.status === 'refunded' && refundedSum === paidFen, 'refunded');
    if (order.payment && expired) must(order.status === 'refunded', 'paid and expired ends refunded');
    if (!order.payment) must(['pending_payment', 'expired', 'cancelled'].includes(order.status), 'unpaid status');
    if (order.status === 'paid') must(refundedSum === 0, 'paid: nothing refunded');
    if (order.status === 'partially_refunded') must(0 < refundedSum && refundedSum < paidFen, 'partial');
    return broken;
  }

  test('every sequence of up to four steps', () => {
    let runs = 0;
    const broken: string[] = [];
    const extend = (prefix: string[]) => {
      broken.push(...violations(prefix));
      runs += 1;
      if (prefix.length < 4) for (const name of NAMES) extend([...prefix, name]);
    };
    extend([]);
    expect(broken).toEqual([]);
    expect(runs).toBe(1 + 13 + 13 ** 2 + 13 ** 3 + 13 ** 4);
  });

  test('20,000 longer sequences from a fixed PRNG (twice, late, failure then success, races)', () => {
    const random = prng(15);
    const broken: string[] = [];
    for (let run = 0; run < 20_000; run++) {
      const length = 5 + Math.floor(random() * 10);
      broken.push(...violations(Array.from({ length }, () => NAMES[Math.floor(random() * NAMES.length)])));
    }
    expect(broken).toEqual([]);
    // Several causes were refunded: a different set of lines never shared a number.
    expect(numberOfLines.size).toBeGreaterThan(3);
  });
});
