import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { IntervalOffer, ResourceView } from '@shared/contract';
import ChipTabs from '../../components/ChipTabs';
import IntervalBooking from '../../components/IntervalBooking';
import { stripDates } from '../../components/IntervalBooking/days';
import { useRangeChoice } from '../../components/IntervalBooking/useRangeChoice';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { redirect } from '../../services/navigate';
import { today } from '../../utils/format';
import CustomerFields from './CustomerFields';
import { loadDay, loadRangeVenues, type RangeVenue } from './load';
import ResourceList from './ResourceList';
import { useDeskRange } from './useDeskRange';
import './index.css';

/** The resource, the day, the range on its grid, then the customer: booked with desk.bookRange. */
function DeskRange({ venues }: { venues: RangeVenue[] }) {
  const [venueId, setVenueId] = useState(venues[0].venue.id);
  const { resources } = venues.find((v) => v.venue.id === venueId) ?? venues[0];
  const [resourceId, setResourceId] = useState(resources[0].id);
  const resource = resources.find((r) => r.id === resourceId) ?? resources[0];
  // The form, below, lets go of the range it could not book; the choice tells it of another range.
  const choice = useRangeChoice(
    resource,
    (chosen) => loadDay(resource, chosen),
    () => form.rangeChanged(),
  );
  const form = useDeskRange({
    onTaken: choice.letGo,
    onBooked: (booking) => setTimeout(() => redirect('staff/desk-pass/index', { bookingId: booking.id }), 800),
  });
  const { last, capacity, section } = choice;

  const chooseResource = (id: string) => {
    setResourceId(id);
    choice.choose(null);
  };

  /** The resource a range is of (an offer may be of another one of the venue). */
  const resourceOf = (id: string): ResourceView =>
    venues.flatMap((v) => v.resources).find((r) => r.id === id) ?? resource;

  const bookOffer = (o: IntervalOffer) =>
    form.book({
      resourceId: o.resourceId,
      start: o.start,
      end: o.end,
      capacity: o.capacity,
      realName: resourceOf(o.resourceId).policy.realName,
    });

  return (
    <View>
      {venues.length > 1 && (
        <ChipTabs
          items={venues.map((v) => ({ value: v.venue.id, label: v.venue.name }))}
          value={venueId}
          onChange={(id) => {
            setVenueId(id);
            chooseResource(venues.find((v) => v.venue.id === id)?.resources[0].id ?? '');
          }}
        />
      )}
      <Text className="section-title">选择资源</Text>
      <ResourceList resources={resources} value={resource.id} onChange={chooseResource} />
      <IntervalBooking
        {...section}
        dates={last ? stripDates(today(), last.latestDate) : [section.date]}
        rangeError={form.error('start') ?? form.error('end')}
        offers={form.offers && { offers: form.offers, booking: form.bookingOffer, onBook: bookOffer }}
        submit={{
          label: '提交预约',
          testId: 'range-submit',
          busy: form.busy && !form.bookingOffer,
          onSubmit: (r) => form.book({ resourceId: resource.id, ...r, capacity, realName: resource.policy.realName }),
        }}
      >
        <CustomerFields form={form} capacity={capacity} realName={resource.policy.realName} />
      </IntervalBooking>
    </View>
  );
}

function DeskRangePage() {
  const venues = useRemote(loadRangeVenues, []);
  // null: the caller is staff nowhere; none: their venues have nothing booked by the hour.
  const noAccess = venues.state.status === 'ok' && venues.state.data === null;
  return (
    <RemoteView
      state={venues.state}
      onRetry={venues.reload}
      empty={noAccess ? '无权限' : '暂无按小时预约的资源'}
      isEmpty={(list) => !list?.length}
      emptyAction={
        noAccess ? (
          <Text className="desk-range__no-access" data-testid="range-no-access">
            仅现场服务人员可为客户预约，如需开通请联系领导小组授权。
          </Text>
        ) : undefined
      }
    >
      {(list) => list && <DeskRange venues={list} />}
    </RemoteView>
  );
}

// No `withFooter`: the booking section leaves room for its own bar.
export default definePage(DeskRangePage);
