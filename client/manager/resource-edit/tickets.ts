// The ticket types of the resource form: rows as the manager types them (the price in yuan), and the
// contract's ticket types (the price in integer fen) they make, both ways.
import { parseYuan, yuanAmount } from '@shared/rules/money';
import type { TicketType } from '@shared/rules/policy';

/** One ticket type as typed; `id` is kept from the resource (orders name the type by it) or made for a new row. */
export interface TicketRow {
  id: string;
  name: string;
  /** Yuan as typed: `40`, `40.5`. */
  price: string;
  /** What is checked at entry; empty: nothing. */
  proof: string;
}

export const ticketRowsOf = (types: TicketType[]): TicketRow[] =>
  types.map((t) => ({ id: t.id, name: t.name, price: yuanAmount(t.priceFen), proof: t.proof ?? '' }));

/**
 * The fen of a typed price: undefined while empty (the schema's 必填), NaN when it is not an amount (its
 * 格式不正确; the group's hint says how to write one), each under the row.
 */
const fenOf = (price: string): number | undefined =>
  price.trim() === '' ? undefined : (parseYuan(price) ?? Number.NaN);

export const ticketTypesOf = (rows: TicketRow[]) =>
  rows.map((r) => ({ id: r.id, name: r.name, priceFen: fenOf(r.price), proof: r.proof.trim() || undefined }));

/**
 * A new, empty row (全价 when it is the first): its id the first of `t1`, `t2` … that no row has and no saved
 * type has (`saved`), so a type removed in this edit and one added in it never share an id.
 */
export function newTicketRow(rows: TicketRow[], saved: TicketType[] = []): TicketRow {
  const taken = new Set([...rows, ...saved].map((t) => t.id));
  let n = 1;
  while (taken.has(`t${n}`)) n++;
  return { id: `t${n}`, name: rows.length ? '' : '全价', price: '', proof: '' };
}
