// The finance office's export of a month (seed 001): the orders and the days as CSV text that Excel and
// WPS open as they are: UTF-8 with a byte order mark (without it Excel reads Chinese as another code
// page), a header row in Chinese, CRLF line ends, amounts in yuan with two decimals. Pure, tested beside.
import type { StatementView } from '@shared/contract';
import { PAYMENT_METHOD_LABELS } from '@shared/contract/order';
import { dateTime } from '@shared/dates';
import type { Fen } from '@shared/rules/money';
import { METHOD_ORDER, paidTotal, refundedTotal } from '../../staff/statement/takings';

export const BOM = '\uFEFF';

/** `40.00`, `0.05`, `-5.00`: fen as yuan with both decimals, by integer arithmetic (no float holds money). */
export function yuanCell(amount: Fen): string {
  const abs = Math.abs(amount);
  const cents = abs % 100;
  return `${amount < 0 ? '-' : ''}${(abs - cents) / 100}.${String(cents).padStart(2, '0')}`;
}

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, or a tab or carriage
 * return) starts with an apostrophe instead: names come from managers' input, and a CSV is opened by others.
 */
export const textCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** A field quoted when it holds a comma, a quote or a line break, its quotes doubled (RFC 4180). */
const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV text of a header row and rows, with the byte order mark first. */
export function csvText(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(quoted).join(',')).join('\r\n') + '\r\n';
}

const when = (iso: string | undefined) => (iso ? dateTime(iso) : '');

/** One row per order of the month: what it took and when, what it gave back and when. */
export function ordersCsv(statement: StatementView): string {
  const header = ['订单号', '项目', '场次时间', '支付方式', '票数', '实收(元)', '支付时间', '退款(元)', '退款时间'];
  const rows = statement.orders.map((o) => [
    o.orderNo,
    textCell(o.resourceName),
    dateTime(o.start),
    PAYMENT_METHOD_LABELS[o.method],
    String(o.tickets),
    yuanCell(o.paidFen),
    when(o.paidAt),
    yuanCell(o.refundedFen),
    when(o.refundedAt),
  ]);
  return csvText(header, rows);
}

type Figures = StatementView['total'];

const figures = (t: Figures) => [
  String(t.tickets),
  ...METHOD_ORDER.map((m) => yuanCell(t.paidFen[m])),
  yuanCell(paidTotal(t)),
  yuanCell(refundedTotal(t)),
  String(t.refundedTickets),
  yuanCell(t.netFen),
];

/** One row per day of the month (quiet days too, so the sheet has the whole month), then the month's sum. */
export function daysCsv(statement: StatementView): string {
  const header = [
    '日期',
    '售出(张)',
    ...METHOD_ORDER.map((m) => `${PAYMENT_METHOD_LABELS[m]}(元)`),
    '收款合计(元)',
    '退款(元)',
    '退票(张)',
    '净收入(元)',
  ];
  const rows = (statement.days ?? []).map((d) => [d.date, ...figures(d)]);
  return csvText(header, [...rows, ['合计', ...figures(statement.total)]]);
}

/** `星河科技馆_2026-12_订单明细.csv`: the parts joined, without characters a file name may not hold. */
export const csvFileName = (...parts: string[]) =>
  `${parts.map((p) => p.replace(/[\\/:*?"<>|\s]+/g, '_')).join('_')}.csv`;
