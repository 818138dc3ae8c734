// The page tests of the pages booking by the hour: resources whose closed days do not hang on the day the
// tests run (no page imports this).
import type { ResourceView } from '@shared/contract';
import { weekdayOf } from '@shared/time';
import { cls, type RenderedPage } from '../../testing/weappPage';

const WEEK = [0, 1, 2, 3, 4, 5, 6];

/**
 * `resource` open 09:00–18:00 on every weekday but `closedWeekdays`, whatever the working calendar says (as
 * the fixtures' days are drawn): no day of the strip is greyed by a weekend or a holiday the tests meet.
 */
export function openEveryDay(resource: ResourceView, closedWeekdays: number[] = []): ResourceView {
  const hours = WEEK.filter((d) => !closedWeekdays.includes(d)).map((weekday) => ({
    weekday,
    opens: '09:00',
    closes: '18:00',
  }));
  const interval = { ...resource.policy.interval, hours, workingDaysOnly: false };
  return { ...resource, policy: { ...resource.policy, interval } };
}

/** `resource` closed every week on the weekday of `date`, and open on the others. */
export const closedOnWeekdayOf = (resource: ResourceView, date: string) => openEveryDay(resource, [weekdayOf(date)]);

/** The days the strip greys as closed, as it reads them (M/D). */
export const greyedDays = (page: RenderedPage) =>
  Array.from(page.dom().querySelectorAll(cls('date-strip__item--closed'))).map((el) =>
    el.querySelector(cls('date-strip__date'))?.textContent?.trim(),
  );
