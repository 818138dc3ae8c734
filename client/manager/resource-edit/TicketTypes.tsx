import { Text, View } from '@tarojs/components';
import { MAX_TICKET_TYPES } from '@shared/contract/admin';
import type { TicketType } from '@shared/rules/policy';
import Button from '../../ui/button';
import Input from '../../ui/input';
import { newTicketRow, type TicketRow } from './tickets';
import './TicketTypes.css';

interface TicketTypesProps {
  rows: TicketRow[];
  /** The types saved before, whose ids a new row does not take. */
  saved: TicketType[];
  /** The error at a path (`policy.pricing.ticketTypes.0`, and under it). */
  error: (path: string) => string | undefined;
  onChange: (rows: TicketRow[]) => void;
}

const PATH = 'policy.pricing.ticketTypes';

/** 票种: a row per ticket type (name, price in yuan, proof checked at entry), added and removed here. */
export default function TicketTypes({ rows, saved, error, onChange }: TicketTypesProps) {
  const change = (at: number, patch: Partial<TicketRow>) =>
    onChange(rows.map((r, i) => (i === at ? { ...r, ...patch } : r)));
  // A row's error shows under that row; the list's own (no type left) where the rows were.
  const listError = rows.length ? undefined : error(PATH);
  return (
    <View className="ticket-types">
      {rows.map((r, i) => {
        const message = error(`${PATH}.${i}`);
        return (
          <View key={r.id} className="ticket-types__row">
            <View className="ticket-types__line">
              <Input
                className="ticket-types__name"
                value={r.name}
                placeholder="票种，如 学生"
                maxLength={10}
                onChange={(name) => change(i, { name })}
              />
              <Input
                className="ticket-types__price"
                type="digit"
                value={r.price}
                placeholder="票价"
                maxLength={9}
                onChange={(price) => change(i, { price })}
              />
              <Text className="ticket-types__unit">元</Text>
              <Button size="small" fill="none" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                删除
              </Button>
            </View>
            <Input
              value={r.proof}
              placeholder="入场查验（选填），如 学生证"
              maxLength={20}
              onChange={(proof) => change(i, { proof })}
            />
            {message && <Text className="ticket-types__error">{message}</Text>}
          </View>
        );
      })}
      {listError && <Text className="ticket-types__error">{listError}</Text>}
      {rows.length < MAX_TICKET_TYPES && (
        <View className="ticket-types__add">
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => onChange([...rows, newTicketRow(rows, saved)])}
          >
            添加票种
          </Button>
        </View>
      )}
    </View>
  );
}
