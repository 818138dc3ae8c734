import { useEffect } from 'react';
import type { IntervalDayView, ResourceView } from '@shared/contract';
import { addDays } from '@shared/time';
import IntervalBooking from '../../components/IntervalBooking';
import { stripDates } from '../../components/IntervalBooking/days';
import { useRangeChoice } from '../../components/IntervalBooking/useRangeChoice';
import { call } from '../../services/cloud';
import { loadTemplates } from '../../services/subscribe';
import { today } from '../../utils/format';
import IntervalFields from './IntervalFields';
import { useIntervalBooking } from './useIntervalBooking';

/** Days looked at ahead for one with a time left to book, before the page opens on the first bookable date anyway. */
const LOOK_AHEAD = 7;

const hasTimeLeft = (day: IntervalDayView) => day.cells.some((c) => c.bookable && c.free > 0 && !c.mine);

/**
 * The day to show: the chosen one; at first today, moving on to the first bookable date when today is before
 * it (the answer says which dates can be booked), and on from a day with no time left to book (closed, over,
 * taken) to the next one that has some, up to the last bookable date.
 */
async function loadDay(resourceId: string, chosen: string | null): Promise<IntervalDayView> {
  if (chosen !== null) return call('resource.day', { resourceId, date: chosen });
  const first = await call('resource.day', { resourceId, date: today() });
  let day =
    first.earliestDate > first.date ? await call('resource.day', { resourceId, date: first.earliestDate }) : first;
  const opening = day;
  for (let i = 0; i < LOOK_AHEAD && !hasTimeLeft(day) && day.date < day.latestDate; i++)
    day = await call('resource.day', { resourceId, date: addDays(day.date, 1) });
  return hasTimeLeft(day) ? day : opening;
}

/** A resource booked by the hour: its bookable days, the chosen day's grid, and the booking's details. */
export default function ByTheHour({ resource }: { resource: ResourceView }) {
  // The form, below, lets go of the range it could not book; the choice tells it of another range.
  const choice = useRangeChoice(
    resource,
    (chosen) => loadDay(resource.id, chosen),
    () => form.rangeChanged(),
  );
  const form = useIntervalBooking(resource, { onTaken: choice.letGo, onBooked: choice.letGo });
  const { last, capacity, section } = choice;

  // The template ids must be known before the tap that asks for them; never fails.
  useEffect(() => void loadTemplates(), []);

  return (
    <IntervalBooking
      {...section}
      dates={last ? stripDates(last.earliestDate, last.latestDate) : [section.date]}
      rangeError={form.error('start') ?? form.error('end')}
      signIn
      offers={form.offers && { offers: form.offers, booking: form.bookingOffer, onBook: (o) => form.book(o) }}
      submit={{
        label: '提交预约',
        testId: 'interval-submit',
        busy: form.busy && !form.bookingOffer,
        onSubmit: (r) => form.book({ resourceId: resource.id, ...r, capacity }),
      }}
    >
      <IntervalFields resource={resource} capacity={capacity} form={form} />
    </IntervalBooking>
  );
}
