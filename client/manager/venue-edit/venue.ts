// The venue form's values and the admin.venue.upsert input they make.
import type { VenueView } from '@shared/contract';
import { toNumber } from '../form';

/** The form's values, each under the path of the input it becomes (where its error shows). */
export interface VenueValues {
  name: string;
  kind: VenueView['kind'];
  address: string;
  contact: string;
  description: string;
  'hours.opens': string;
  'hours.closes': string;
  /** As the weekday toggles hold them: `'1'` = Monday … `'0'` = Sunday. */
  closedWeekdays: string[];
  /** Business dates, in order. */
  closedDates: string[];
  /** Typed text. */
  order: string;
}

/** Hours a venue without its own starts from. */
const DEFAULT_HOURS = { opens: '09:00', closes: '17:00' };

/** The form of a venue (or of a new one) at its place `order` in the list. */
export function valuesOf(venue: VenueView | null, order: number): VenueValues {
  const hours = venue?.hours ?? DEFAULT_HOURS;
  return {
    name: venue?.name ?? '',
    kind: venue?.kind ?? 'museum',
    address: venue?.address ?? '',
    contact: venue?.contact ?? '',
    description: venue?.description ?? '',
    'hours.opens': hours.opens,
    'hours.closes': hours.closes,
    closedWeekdays: (venue?.closedWeekdays ?? []).map(String),
    closedDates: venue?.closedDates ?? [],
    order: String(order),
  };
}

/** The closed dates with `date` added once, in order. */
export const withDate = (dates: string[], date: string) => (dates.includes(date) ? dates : [...dates, date].sort());

const optional = (text: string) => text.trim() || undefined;

/** What admin.venue.upsert takes, before the schema checks it; empty texts are left out. */
export const inputOf = (values: VenueValues, id: string | undefined) => ({
  id,
  name: values.name,
  kind: values.kind,
  address: optional(values.address),
  contact: optional(values.contact),
  description: optional(values.description),
  hours: { opens: values['hours.opens'], closes: values['hours.closes'] },
  closedWeekdays: values.closedWeekdays.map(Number).sort((a, b) => a - b),
  closedDates: values.closedDates,
  order: toNumber(values.order),
});
