// The shape of services/calendar; Taro builds calendar.weapp.ts or calendar.h5.ts in its place.
import type { CalendarEvent } from './calendar.common';

export type { CalendarEvent } from './calendar.common';
/** Adds the event to the phone's calendar (weapp) or downloads it as an .ics file (H5); resolves when done. */
export declare function addToCalendar(event: CalendarEvent): Promise<void>;
