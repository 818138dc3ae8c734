import { Text, View } from '@tarojs/components';
import { PAYMENT_METHOD_LABELS } from '@shared/contract/order';
import { yuan } from '@shared/rules/money';
import { monthDayTime } from '@shared/dates';
import { clockTime } from '../../utils/format';
import { shortBookingNo } from '../desk-pass/sms';
import { latestOrders, lastMoved, type StatementOrder } from './takings';

/** Enough for a window's day on a phone; the month's export has them all. */
const SHOWN = 100;

function OrderRow({ order }: { order: StatementOrder }) {
  return (
    <View className="statement-order" data-testid={`statement-order-${order.orderNo}`}>
      <View className="statement-order__main">
        <Text className="statement-order__name">{order.resourceName}</Text>
        <Text className="statement-order__line">
          {`${monthDayTime(order.start)}场 · ${order.tickets}张 · ${PAYMENT_METHOD_LABELS[order.method]}`}
        </Text>
        <Text className="statement-order__line">{`${clockTime(lastMoved(order))} · 售票号 ${shortBookingNo(order.orderNo)}`}</Text>
      </View>
      <View className="statement-order__money">
        <Text className="statement-order__paid">{yuan(order.paidFen)}</Text>
        {order.refundedFen > 0 && <Text className="statement-order__refunded">退 {yuan(order.refundedFen)}</Text>}
      </View>
    </View>
  );
}

/** The day's orders, newest first: what each took and gave back. */
export default function OrderList({ orders }: { orders: StatementOrder[] }) {
  const shown = latestOrders(orders, SHOWN);
  return (
    <View data-testid="statement-orders">
      <Text className="section-title">订单明细（{orders.length}笔）</Text>
      {orders.length === 0 ? (
        <Text className="statement__none">当天没有售票或退款</Text>
      ) : (
        <View className="statement-orders">
          {shown.map((o) => (
            <OrderRow key={o.orderNo} order={o} />
          ))}
        </View>
      )}
      {orders.length > shown.length && (
        <Text className="statement__note">仅显示最近{SHOWN}笔，全部订单可由场馆管理员在财务报表中导出。</Text>
      )}
    </View>
  );
}
