import { Text, View } from '@tarojs/components';
import type { BookingView } from '@shared/contract';
import { yuan } from '@shared/rules/money';
import Button from '../../ui/button';
import FooterBar from '../../components/FooterBar';
import { useForm } from '../../hooks/useForm';
import {
  EMPTY_SALE,
  type SaleForm,
  maxTickets,
  saleFormInput,
  saleFormSchema,
  saleTotal,
  totalMayDiffer,
} from './form';
import type { SaleTarget } from './load';
import PaymentFields from './PaymentFields';
import SeatFields from './SeatFields';
import TicketCounts from './TicketCounts';
import ChosenSlotCard from '../components/SlotChooser/ChosenSlotCard';

interface SaleFormProps {
  target: SaleTarget;
  onChangeSlot: () => void;
  onSold: (sale: BookingView, values: SaleForm) => void;
}

/** The tickets by type, the seats, how it is paid, and 确认收款 (desk.sell). */
export default function SaleFormView({ target, onChangeSlot, onSold }: SaleFormProps) {
  const { resource, slot } = target;
  const { pricing } = resource.policy;
  const seated = resource.seats !== undefined;
  const max = maxTickets(resource.policy.maxAttendees);
  const form = useForm('desk.sell', {
    initial: EMPTY_SALE,
    toInput: (values) => saleFormInput(slot.slotId, values, pricing, seated),
    schema: saleFormSchema(max, seated),
    success: '收款成功，已出票',
    onDone: onSold,
  });
  const total = saleTotal(pricing, form.values.tickets);
  return (
    <View>
      <Text className="section-title">场次</Text>
      <ChosenSlotCard
        title={target.resource.name}
        chosen={target.slot}
        onChange={onChangeSlot}
        texts={{ change: '更换场次', open: '可售', prefix: 'sell' }}
      />
      <Text className="section-title">票种与数量</Text>
      <TicketCounts
        pricing={pricing}
        counts={form.values.tickets}
        max={max}
        total={total}
        totalMayDiffer={totalMayDiffer(pricing, seated)}
        error={form.error('tickets')}
        onChange={(counts) => form.set('tickets', counts)}
      />
      {seated && (
        <View>
          <Text className="section-title">座位</Text>
          <SeatFields form={form} />
        </View>
      )}
      <Text className="section-title">收款</Text>
      <PaymentFields form={form} />
      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} data-testid="sell-submit" onClick={form.submit}>
          确认收款 {yuan(total)}
        </Button>
      </FooterBar>
    </View>
  );
}
