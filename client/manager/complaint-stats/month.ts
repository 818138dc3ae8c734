import { today } from '../../utils/format';

/** The current business month, `YYYY-MM`. */
export const thisMonth = () => today().slice(0, 7);

/** A share (0–1) as a percentage with one decimal, or — when there was nothing to count. */
export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);

/** A 1–5 average with one decimal, or — without ratings. */
export const score = (average: number | null) => (average === null ? '—' : average.toFixed(1));
