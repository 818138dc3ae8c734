// The complaint loop's deadlines (seed 002, 观众投诉处理闭环制度): minute and hour deadlines run on
// wall-clock time from the step that starts them; the follow-up counts mainland China working days
// from the visitor's confirmation; a reply left unanswered for 7 days closes the complaint.
import { dateOf, DAY_MS, HOUR_MS, MINUTE_MS } from '../time';
import { workdaysDeadline } from './calendar/workdays';

/** What is awaited next, and by whom: the desk routes, replies and follows up; the department proposes and resolves. */
export const COMPLAINT_STEPS = ['route', 'propose', 'resolve', 'reply', 'confirm', 'followUp'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];
export type Complexity = 'general' | 'complex';

export const SLA = {
  route: 10 * MINUTE_MS,
  propose: { general: 2 * HOUR_MS, complex: 24 * HOUR_MS },
  resolve: HOUR_MS,
  reply: 10 * MINUTE_MS,
  /** Not a breach: the complaint closes as "no answer". */
  confirm: 7 * DAY_MS,
  followUpWorkdays: 3,
} as const;

export interface Deadline {
  step: ComplaintStep;
  due: number;
  /** False when a working-day count reaches a year whose official calendar is not in the data yet. */
  calendarKnown: boolean;
}

/** The deadline of `step`, started at `from`. */
export function deadlineOf(step: ComplaintStep, from: number, complexity: Complexity = 'general'): Deadline {
  switch (step) {
    case 'route':
    case 'resolve':
    case 'reply':
    case 'confirm':
      return { step, due: from + SLA[step], calendarKnown: true };
    case 'propose':
      return { step, due: from + SLA.propose[complexity], calendarKnown: true };
    case 'followUp':
      return { step, ...workdaysDeadline(dateOf(from), SLA.followUpWorkdays) };
  }
}

/** When a complainant can expect an answer, told at once: every step of a general complaint on time. */
export function expectedAnswerBy(receivedAt: number): number {
  return receivedAt + SLA.route + SLA.propose.general + SLA.resolve + SLA.reply;
}
