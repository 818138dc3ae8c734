import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingView, OrderView } from '@shared/contract';
import { PAYMENT_METHOD_LABELS } from '@shared/contract/order';
import { yuan } from '@shared/rules/money';
import { parseIso } from '@shared/time';
import Button from '../../ui/button';
import Card from '../../components/Card';
import ConfirmDialog from '../../components/ConfirmDialog';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { BookingStatusTag, ToneTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateTime, slotWhen } from '../../utils/format';
import { shortBookingNo } from '../desk-pass/sms';
import { refundQuestion } from './refund';

/** A window sale: a desk booking with its paid order. */
export type Sale = BookingView & { order: OrderView };

export const isSale = (b: BookingView): b is Sale => b.order !== undefined;

/** 已出票 while the tickets stand, 已退票 once given back; otherwise the booking's own status. */
function SaleTag({ sale }: { sale: Sale }) {
  if (sale.status === 'confirmed') return <ToneTag tone="success" label="已出票" />;
  if (sale.status === 'cancelled') return <ToneTag tone="muted" label="已退票" />;
  return <BookingStatusTag status={sale.status} />;
}

/** One ticket per line: its holder (散客1 …), type, what is checked at entry, seat and price. */
function Tickets({ sale }: { sale: Sale }) {
  const people = new Map(sale.attendees.map((a) => [a.id, a]));
  return (
    <Card title={`票（${sale.order.lines.length}张）`} extra={<SaleTag sale={sale} />} testId="sale-tickets">
      {sale.order.lines.map((l) => {
        const holder = people.get(l.attendeeId);
        return (
          <View key={l.attendeeId} className="sale__line" data-testid={`sale-line-${l.attendeeId}`}>
            <View className="sale__ticket">
              <Text className="sale__holder">
                {holder?.name ?? '散客'} · {l.ticketTypeName}
              </Text>
              {holder?.seat && <Text className="sale__seat">{holder.seat}</Text>}
              {l.proof && <Text className="sale__proof">需查验{l.proof}</Text>}
            </View>
            <View className="sale__price">
              {l.cancelled && <Text className="sale__returned">已退</Text>}
              <Text className={l.cancelled ? 'sale__fen sale__fen--void' : 'sale__fen'}>{yuan(l.priceFen)}</Text>
            </View>
          </View>
        );
      })}
      <View className="sale__total">
        <Text>实收</Text>
        <Text className="sale__amount" data-testid="sale-total">
          {yuan(sale.order.totalFen)}
        </Text>
      </View>
      {sale.order.refunds.map((r, i) => (
        <View key={`${r.at}-${i}`} className="sale__refund" data-testid="sale-refund">
          <Text>{r.settled ? '已退款' : '退款中'}</Text>
          <Text>{`${yuan(r.fen)} · ${dateTime(r.at)}`}</Text>
        </View>
      ))}
    </Card>
  );
}

interface SaleResultProps {
  sale: Sale;
  /** The slip number typed at the sale (the sale's view does not carry it). */
  reference?: string;
  onChange: (sale: BookingView) => void;
  onNext: () => void;
}

/** The sale just made: its tickets and seats, what was taken and how; its QR code, and 退票 while it may be. */
export default function SaleResult({ sale, reference, onChange, onNext }: SaleResultProps) {
  const [asking, setAsking] = useState(false);
  const refund = useAction('desk.refund', {
    success: (b) => `已退票，退还${yuan(b.order?.refundedFen ?? 0)}`,
    // Refunded at another window, or its time ran out meanwhile: show the sale as it is now.
    onStale: () => void call('desk.booking', { bookingId: sale.id }).then(onChange, () => undefined),
  });
  const how = sale.order.method ? PAYMENT_METHOD_LABELS[sale.order.method] : undefined;
  const refundable = sale.status === 'confirmed' && Date.now() < parseIso(sale.cancelDeadline);

  const confirmRefund = async () => {
    const done = await refund.run({ bookingId: sale.id });
    if (done) onChange(done);
  };

  return (
    <View>
      <InfoCard
        title={sale.resourceName}
        testId="sale-info"
        rows={[
          ['场次', slotWhen(sale.start, sale.end)],
          ['地点', sale.location],
          ['售票号', shortBookingNo(sale.id)],
          ['收款方式', how && (reference ? `${how}（凭证号 ${reference}）` : how)],
          ['收款时间', sale.order.paidAt && dateTime(sale.order.paidAt)],
        ]}
      />
      <Tickets sale={sale} />
      {sale.status === 'confirmed' && !refundable && (
        <Text className="sale__note" data-testid="sale-no-refund">
          已过退票时间（{dateTime(sale.cancelDeadline)}前可退）
        </Text>
      )}
      <Button className="sale__next" block fill="outline" type="primary" data-testid="sale-next" onClick={onNext}>
        继续售票
      </Button>
      {(refundable || sale.actions.includes('pass')) && (
        <FooterBar>
          <View className="sale__actions">
            {refundable && (
              <Button
                className="sale__action"
                size="large"
                type="danger"
                fill="outline"
                loading={refund.busy}
                data-testid="sale-refund-button"
                onClick={() => setAsking(true)}
              >
                退票
              </Button>
            )}
            {sale.actions.includes('pass') && (
              <Button
                className="sale__action"
                size="large"
                type="primary"
                data-testid="sale-pass"
                onClick={() => navigate('staff/desk-pass/index', { bookingId: sale.id })}
              >
                出示二维码
              </Button>
            )}
          </View>
        </FooterBar>
      )}
      <ConfirmDialog
        visible={asking}
        title="退票"
        content={asking ? refundQuestion(sale.order, sale.start, Date.now()) : ''}
        confirmText="确认退票"
        onConfirm={confirmRefund}
        onClose={() => setAsking(false)}
      />
    </View>
  );
}
