import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { BookingAttendeeView, OrderView } from '@shared/contract';
import { ORDER_STATUS_LABELS } from '@shared/contract/order';
import { yuan } from '@shared/rules/money';
import type { OrderStatus } from '@shared/rules/order';
import Card from '../../../components/Card';
import { ToneTag } from '../../../components/StatusTag';
import { dateTime } from '../../../utils/format';
import './index.css';

const TONES: Record<OrderStatus, Parameters<typeof ToneTag>[0]['tone']> = {
  pending_payment: 'warning',
  paid: 'success',
  expired: 'muted',
  cancelled: 'muted',
  refunding: 'primary',
  refunded: 'muted',
  partially_refunded: 'primary',
};

interface OrderCardProps {
  order: OrderView;
  /** The booking's attendees, to name each ticket's holder. */
  attendees: BookingAttendeeView[];
  /** Gives back one ticket of a group order (its attendee); absent: the tickets are not given back one by one. */
  onReturn?: (attendeeId: string) => void;
  /** Above the tickets: the countdown of an order waiting for its payment. */
  children?: ReactNode;
}

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="order-card__row" data-testid={testId}>
      <Text className="order-card__label">{label}</Text>
      <Text className="order-card__value">{value}</Text>
    </View>
  );
}

/** A paid ticket's order: one line per attendee with its type and price, the total, the payment and the refunds. */
export default function OrderCard({ order, attendees, children, onReturn }: OrderCardProps) {
  const names = new Map(attendees.map((a) => [a.id, a.seat ? `${a.name} · ${a.seat}` : a.name]));
  return (
    <Card
      title="订单信息"
      extra={<ToneTag tone={TONES[order.status]} label={ORDER_STATUS_LABELS[order.status]} />}
      testId="order-card"
    >
      {children}
      {order.lines.map((l) => (
        <View key={l.attendeeId} className="order-card__line" data-testid={`order-line-${l.attendeeId}`}>
          <View className="order-card__ticket">
            <Text className="order-card__name">{names.get(l.attendeeId) ?? l.name ?? '参观人'}</Text>
            <Text className="order-card__type">
              {l.ticketTypeName}
              {l.proof ? ` · 需出示${l.proof}` : ''}
            </Text>
          </View>
          <View className="order-card__price">
            {l.cancelled && <Text className="order-card__returned">已退</Text>}
            {!l.cancelled && onReturn && (
              <Text
                className="order-card__return"
                data-testid={`return-${l.attendeeId}`}
                onClick={() => onReturn(l.attendeeId)}
              >
                退此票
              </Text>
            )}
            <Text className={l.cancelled ? 'order-card__fen order-card__fen--void' : 'order-card__fen'}>
              {yuan(l.priceFen)}
            </Text>
          </View>
        </View>
      ))}
      <View className="order-card__total">
        <Text>合计</Text>
        <Text className="order-card__amount">{yuan(order.totalFen)}</Text>
      </View>
      {order.paidAt && <Row label="支付时间" value={dateTime(order.paidAt)} />}
      {order.refunds.map((r, i) => (
        <Row
          key={`${r.at}-${i}`}
          label={r.settled ? '已退款' : '退款中'}
          value={`${yuan(r.fen)} · ${dateTime(r.at)}`}
          testId="order-refund"
        />
      ))}
    </Card>
  );
}
