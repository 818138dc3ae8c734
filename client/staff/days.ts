import { addDays } from '@shared/time';
import { nextDays, today } from '../utils/format';

/** The days staff look at: yesterday (late entries), today and the coming week. */
export const staffDays = () => nextDays(addDays(today(), -1), 9);
