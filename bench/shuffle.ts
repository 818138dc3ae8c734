import { randomInt } from 'crypto';

/** A bare Fisher–Yates shuffle: the baseline the draw is compared with. */
export function shuffle<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
