import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { IntervalDayView, IntervalOffer, ResourceView } from '@shared/contract';
import { daysBetween, parseIso } from '@shared/time';
import Button from '../../ui/button';
import ChipTabs from '../../components/ChipTabs';
import DateStrip from '../../components/DateStrip';
import FooterBar from '../../components/FooterBar';
import IntervalDay, { rangeText, type CellRange } from '../../components/IntervalDay';
import IntervalOffers from '../../components/IntervalOffers';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { redirect } from '../../services/navigate';
import { toastFail } from '../../services/toast';
import { duration, nextDays, today } from '../../utils/format';
import CustomerFields from './CustomerFields';
import { loadDay, loadRangeVenues, type RangeVenue } from './load';
import ResourceList from './ResourceList';
import { useDeskRange } from './useDeskRange';
import './index.css';

/** Whether every cell of `range` is still free on `day` (a reload may show it taken meanwhile). */
const stillFree = (day: IntervalDayView, range: CellRange) =>
  day.cells
    .filter((c) => parseIso(c.start) >= parseIso(range.start) && parseIso(c.end) <= parseIso(range.end))
    .every((c) => c.bookable && c.free > 0);

/** The resource, the day, the range on its grid, then the customer: booked with desk.bookRange. */
function DeskRange({ venues }: { venues: RangeVenue[] }) {
  const [venueId, setVenueId] = useState(venues[0].venue.id);
  const { resources } = venues.find((v) => v.venue.id === venueId) ?? venues[0];
  const [resourceId, setResourceId] = useState(resources[0].id);
  const resource = resources.find((r) => r.id === resourceId) ?? resources[0];
  const [chosen, setChosen] = useState<string | null>(null);
  const [range, setRange] = useState<CellRange | null>(null);
  // The last bookable date of the last answer, kept while another day loads.
  const [lastUntil, setLastUntil] = useState<string | null>(null);
  const day = useRemote(() => loadDay(resource, chosen), [resource.id, chosen], { reloadOnShow: true });
  const form = useDeskRange({
    onTaken: () => setRange(null),
    onBooked: (booking) => setTimeout(() => redirect('staff/desk-pass/index', { bookingId: booking.id }), 800),
  });
  const loaded = day.state.status === 'ok' && day.state.data.resourceId === resource.id ? day.state.data : null;
  const capacity = loaded?.capacity ?? resource.policy.interval.capacity;
  const hasOffers = Boolean(form.offers?.length);
  // The function's refusal of the range itself (off the grid, too short or long, outside the hours).
  const rangeError = form.error('start') ?? form.error('end');

  const until = loaded?.latestDate ?? lastUntil;
  useEffect(() => {
    if (loaded) setLastUntil(loaded.latestDate);
  }, [loaded]);
  // The offers come below the form: bring them into view (where the host has the API: not the page tests' wx).
  useEffect(() => {
    if (hasOffers) Taro.pageScrollTo?.({ selector: '.interval-offers', duration: 300 })?.catch(() => undefined);
  }, [hasOffers]);

  const first = today();
  const date = chosen ?? loaded?.date ?? first;
  const dates = until && until >= first ? nextDays(first, daysBetween(first, until) + 1) : [date];

  const choose = (next: CellRange | null) => {
    setRange(next);
    form.rangeChanged();
  };
  const chooseResource = (id: string) => {
    setResourceId(id);
    choose(null);
  };

  /** The resource a range is of (an offer may be of another one of the venue). */
  const resourceOf = (id: string): ResourceView =>
    venues.flatMap((v) => v.resources).find((r) => r.id === id) ?? resource;

  const submit = () => {
    if (!range || !loaded) return;
    const minutes = (parseIso(range.end) - parseIso(range.start)) / 60_000;
    if (minutes < loaded.minMinutes) return toastFail(`每次至少预约${duration(loaded.minMinutes)}`);
    if (!stillFree(loaded, range)) return toastFail('所选时间已被预约，请重新选择');
    form.book({ resourceId: resource.id, ...range, capacity, realName: resource.policy.realName });
  };
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
      <Text className="section-title">选择日期</Text>
      <DateStrip
        dates={dates}
        value={date}
        onChange={(d) => {
          setChosen(d);
          choose(null);
        }}
      />
      <Text className="section-title">选择时间</Text>
      <RemoteView state={day.state} onRetry={day.reload}>
        {(d) => <IntervalDay key={`${d.resourceId}@${d.date}`} day={d} value={range} onChange={choose} />}
      </RemoteView>
      {rangeError && <Text className="desk-range__error">{rangeError}</Text>}
      <CustomerFields form={form} capacity={capacity} realName={resource.policy.realName} />
      {form.offers && form.offers.length > 0 && (
        <IntervalOffers offers={form.offers} date={date} booking={form.bookingOffer} onBook={bookOffer} />
      )}
      <FooterBar>
        <View className="desk-range__footer">
          <Text className={`desk-range__range${range ? '' : ' desk-range__range--none'}`}>
            {range ? rangeText(range) : '请选择时间'}
          </Text>
          <Button
            type="primary"
            size="large"
            loading={form.busy && !form.bookingOffer}
            disabled={!range || !loaded}
            data-testid="range-submit"
            onClick={submit}
          >
            提交预约
          </Button>
        </View>
      </FooterBar>
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

export default definePage(DeskRangePage, { withFooter: true });
