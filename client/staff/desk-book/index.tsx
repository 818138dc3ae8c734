import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import Button from '../../ui/button';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { redirect } from '../../services/navigate';
import { EMPTY_DESK_FORM, deskFormInput, deskFormSchema } from './form';
import { loadRosterSlot, type ChosenSlot } from './load';
import WalkInFields from './WalkInFields';
import SlotChooser from '../components/SlotChooser';
import ChosenSlotCard from '../components/SlotChooser/ChosenSlotCard';
import { call } from '../../services/cloud';
import './index.css';

/** A venue's resources booked first come, first served (a lottery's places go by its draw). */
const firstComeResources = async (venueId: string) =>
  (await call('resource.list', { venueId })).filter((r) => r.allocation === 'fcfs');

const DESK_TEXTS = {
  title: '选择项目',
  choose: '选择',
  empty: '该场馆暂无可预约的项目',
  noAccess: '仅现场服务人员可代客预约，如需开通请联系领导小组授权。',
  prefix: 'desk',
};

/** The booking for someone at the ticket window or on the phone: the slot, then the person. */
function DeskBook({ initial }: { initial: ChosenSlot | null }) {
  const [chosen, setChosen] = useState(initial);
  const form = useForm('desk.book', {
    initial: EMPTY_DESK_FORM,
    toInput: (values) => deskFormInput(chosen?.slotId ?? '', values),
    schema: deskFormSchema,
    success: '预约成功',
    onDone: (booking) => setTimeout(() => redirect('staff/desk-pass/index', { bookingId: booking.id }), 800),
  });

  if (!chosen) return <SlotChooser load={firstComeResources} onChoose={setChosen} texts={DESK_TEXTS} />;
  return (
    <View>
      <Text className="section-title">预约时段</Text>
      <ChosenSlotCard
        title={chosen.resourceName}
        chosen={chosen}
        onChange={() => setChosen(null)}
        texts={{ change: '更换时段', open: '可代约', prefix: 'desk' }}
      />
      <WalkInFields form={form} />
      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} data-testid="desk-submit" onClick={form.submit}>
          确认预约
        </Button>
      </FooterBar>
    </View>
  );
}

function DeskBookPage() {
  const { slotId } = usePageParams('staff/desk-book/index');
  // Opened for a slot (from the roster): that slot; else the staff member chooses one.
  const given = useRemote(() => (slotId ? loadRosterSlot(slotId) : Promise.resolve(null)), [slotId]);
  return (
    <RemoteView state={given.state} onRetry={given.reload}>
      {(slot) => <DeskBook initial={slot} />}
    </RemoteView>
  );
}

export default definePage(DeskBookPage, { withFooter: true });
