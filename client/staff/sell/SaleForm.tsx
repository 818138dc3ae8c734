import { Text, View } from '@tarojs/components';
import type { BookingView } from '@shared/contract';
import { yuan } from '@shared/rules/money';
import Button from '../../ui/button';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import RemoteView from '../../components/RemoteView';
import SlotRow from '../../components/SlotRow';
import { ToneTag } from '../../components/StatusTag';
import { useForm } from '../../hooks/useForm';
import { useRemote } from '../../hooks/useRemote';
import { deskBookable } from '../desk-book/form';
import { loadSlot } from '../desk-book/load';
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

/** The session as it is now: a refusal such as SLOT_FULL loads it again, and it shows sold out. */
function SessionCard({ target, onChange }: { target: SaleTarget; onChange: () => void }) {
  const slot = useRemote(() => loadSlot(target.slot), [target.slot.slotId]);
  return (
    <Card
      title={target.resource.name}
      extra={
        <Text className="sell__change" data-testid="sell-change-slot" onClick={onChange}>
          更换场次
        </Text>
      }
      testId="sell-slot"
    >
      <RemoteView state={slot.state} onRetry={slot.reload}>
        {(s) => (
          <View className="sell__slot">
            <SlotRow
              slot={s}
              withDate
              action={deskBookable(s, Date.now()) ? <ToneTag tone="success" label="可售" /> : undefined}
            />
          </View>
        )}
      </RemoteView>
    </Card>
  );
}

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
      <SessionCard target={target} onChange={onChangeSlot} />
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
