import { Text, View } from '@tarojs/components';
import type { TakingsView } from '@shared/contract';
import { yuan } from '@shared/rules/money';
import { methodRows, paidTotal, refundedTotal } from './takings';
import './Takings.css';

/**
 * A statement's figures: 净收入 large, 售出 and 退票 in tickets, then per payment method what was taken
 * and refunded, and their sums (the staff day statement and the finance month alike).
 */
export default function Takings({ takings, testId }: { takings: TakingsView; testId?: string }) {
  return (
    <View className="takings" data-testid={testId}>
      <View className="takings__head">
        <View className="takings__net">
          <Text className="takings__label">净收入</Text>
          <Text className="takings__net-value" data-testid={testId && `${testId}-net`}>
            {yuan(takings.netFen)}
          </Text>
        </View>
        <View className="takings__counts">
          <Text className="takings__count">售出 {takings.tickets} 张</Text>
          <Text className="takings__count">退票 {takings.refundedTickets} 张</Text>
        </View>
      </View>
      <View className="takings__table">
        <View className="takings__row takings__row--head">
          <Text className="takings__cell takings__cell--name">方式</Text>
          <Text className="takings__cell">收款</Text>
          <Text className="takings__cell">退款</Text>
        </View>
        {methodRows(takings).map((r) => (
          <View
            key={r.method}
            className={`takings__row${r.paidFen || r.refundedFen ? '' : ' takings__row--quiet'}`}
            data-testid={testId && `${testId}-${r.method}`}
          >
            <Text className="takings__cell takings__cell--name">{r.label}</Text>
            <Text className="takings__cell">{yuan(r.paidFen)}</Text>
            <Text className="takings__cell">{yuan(r.refundedFen)}</Text>
          </View>
        ))}
        <View className="takings__row takings__row--sum">
          <Text className="takings__cell takings__cell--name">合计</Text>
          <Text className="takings__cell">{yuan(paidTotal(takings))}</Text>
          <Text className="takings__cell">{yuan(refundedTotal(takings))}</Text>
        </View>
      </View>
    </View>
  );
}
