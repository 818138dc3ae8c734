import { Text, View } from '@tarojs/components';
import Button from '../../ui/button';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { SlotStatusTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { navigate } from '../../services/navigate';
import { slotWhen } from '../../utils/format';
import BestSeats from './BestSeats';
import ChosenSeats from './ChosenSeats';
import { loadSeating, type SeatingPage } from './loadSeating';
import SeatCanvas from './SeatCanvas';
import SeatLegend from './SeatLegend';
import { fullPriceTotal, seatsParam, selectionChips, zoneLegend } from './selection';
import { useSeatChoice } from './useSeatChoice';
import './index.css';

interface PickerProps extends SeatingPage {
  params: { slotId: string; resourceId: string; venueId: string; date: string };
}

function SeatPicker({ resource, slot, seating, params }: PickerProps) {
  // As many as one booking takes and the session has left; none once it is not on sale.
  const max = slot.status === 'open' ? Math.min(resource.policy.maxAttendees, slot.remaining) : 0;
  const choice = useSeatChoice(seating, max);
  const { pricing } = resource.policy;
  const chips = selectionChips(choice.selected, choice.seats, pricing);
  return (
    <View>
      <InfoCard
        title={resource.name}
        extra={<SlotStatusTag status={slot.status} />}
        rows={[
          ['时间', slotWhen(slot.start, slot.end)],
          ['地点', resource.location],
          ['余座', `${slot.remaining} / ${slot.capacity}`],
        ]}
      />
      <SeatCanvas
        sections={choice.sections}
        section={choice.section}
        onSection={choice.setSectionId}
        seats={choice.seats}
        taken={choice.taken}
        selected={choice.selected}
        onTap={choice.toggle}
      />
      <SeatLegend zones={zoneLegend(seating.seatMap, pricing)} />
      {max > 0 ? (
        <BestSeats max={max} onPick={choice.recommend} />
      ) : (
        <Text className="seat-page__note">该场次当前不可选座</Text>
      )}
      <ChosenSeats chips={chips} totalFen={fullPriceTotal(chips)} max={max} onDrop={choice.toggle} />
      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          disabled={chips.length === 0}
          onClick={() => navigate('booking/confirm/index', { ...params, seats: seatsParam(choice.selected) })}
        >
          确认座位
        </Button>
      </FooterBar>
    </View>
  );
}

function Seats() {
  const params = usePageParams('booking/seats/index');
  const { venueId, resourceId, slotId, date } = params;
  // Shown again (back from 确认预约 after a refusal): the seats taken meanwhile are drawn taken.
  const data = useRemote(() => loadSeating(venueId, resourceId, slotId, date), [venueId, resourceId, slotId, date], {
    reloadOnShow: true,
  });
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {(page) => <SeatPicker {...page} params={params} />}
    </RemoteView>
  );
}

// Anyone may look at the seats, as at the sessions; booking them asks for sign-in on the next page.
export default definePage(Seats, { signIn: false, withFooter: true });
