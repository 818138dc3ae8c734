// H5: a browser has no phone calendar to write to; the event is downloaded as an .ics file, which the
// phone's or computer's calendar opens.
import { icsOf, type CalendarEvent } from './calendar.common';

export type { CalendarEvent } from './calendar.common';

export async function addToCalendar(event: CalendarEvent): Promise<void> {
  const blob = new Blob([icsOf(event, new Date().toISOString())], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${event.title.replace(/[\\/:*?"<>|\s]+/g, '_')}.ics`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
