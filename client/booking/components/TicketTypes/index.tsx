import { Text, View } from '@tarojs/components';
import type { Pricing } from '@shared/rules/policy';
import { yuan } from '@shared/rules/money';
import OptionButtons from '../../../components/OptionButtons';
import './index.css';

interface TicketTypesProps {
  pricing: Pricing;
  /** The selected attendees, in the order they are listed. */
  attendees: { id: string; name: string }[];
  /** The type of each of them (confirm/tickets.ts `ticketTypesOf`). */
  value: Record<string, string>;
  onChange: (attendeeId: string, ticketTypeId: string) => void;
  total: number;
  /** An attendee's price of a type where it differs from the base (their seat's zone). */
  priceOf?: (attendeeId: string, ticketTypeId: string) => number;
}

/** A ticket type choice per selected attendee (全价 ¥80 / 学生 ¥40 …), what the chosen one asks at entry, and the total. */
export default function TicketTypes({ pricing, attendees, value, onChange, total, priceOf }: TicketTypesProps) {
  const types = new Map(pricing.ticketTypes.map((t) => [t.id, t]));
  const label = (attendeeId: string, id: string) => {
    const t = types.get(id);
    return t ? `${t.name} ${yuan(priceOf ? priceOf(attendeeId, id) : t.priceFen)}` : id;
  };
  return (
    <View data-testid="ticket-types">
      <Text className="section-title">选择票种</Text>
      <View className="ticket-types">
        {attendees.map((a) => {
          const proof = types.get(value[a.id])?.proof;
          return (
            <View key={a.id} className="ticket-types__row" data-testid={`ticket-row-${a.id}`}>
              <Text className="ticket-types__name">{a.name}</Text>
              <OptionButtons
                value={value[a.id]}
                options={pricing.ticketTypes.map((t) => t.id)}
                label={(id) => label(a.id, id)}
                onChange={(id) => onChange(a.id, id)}
                testId={`ticket-${a.id}`}
              />
              {proof && <Text className="ticket-types__proof">需出示{proof}</Text>}
            </View>
          );
        })}
        <View className="ticket-types__total">
          <Text>合计（{attendees.length}张）</Text>
          <Text className="ticket-types__amount" data-testid="order-total">
            {yuan(total)}
          </Text>
        </View>
      </View>
    </View>
  );
}
