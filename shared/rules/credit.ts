// No-show credit: `limit` no-shows within `windowDays` block booking for `blockDays` from the
// no-show that reached the limit. Counted per ID number (callers pass one person's no-shows).
import type { NoShowPolicy } from './policy';
import { DAY_MS } from '../time';

export interface Credit {
  noShows: number;
  /** Epoch ms until which booking is blocked, or null. */
  blockedUntil: number | null;
}

export function creditFrom(noShowTimes: number[], rule: NoShowPolicy, now: number): Credit {
  const times = [...noShowTimes].filter((t) => t <= now).sort((a, b) => a - b);
  const windowMs = rule.windowDays * DAY_MS;
  let blockedUntil: number | null = null;
  for (let i = rule.limit - 1; i < times.length; i++) {
    if (times[i] - times[i - rule.limit + 1] <= windowMs) {
      const until = times[i] + rule.blockDays * DAY_MS;
      if (until > now && (blockedUntil === null || until > blockedUntil)) blockedUntil = until;
    }
  }
  return { noShows: times.filter((t) => t > now - windowMs).length, blockedUntil };
}

/** The worst of several people's credit: most no-shows, latest block. */
export function worstCredit(credits: Credit[]): Credit {
  return credits.reduce<Credit>(
    (worst, c) => ({
      noShows: Math.max(worst.noShows, c.noShows),
      blockedUntil:
        c.blockedUntil !== null && (worst.blockedUntil === null || c.blockedUntil > worst.blockedUntil)
          ? c.blockedUntil
          : worst.blockedUntil,
    }),
    { noShows: 0, blockedUntil: null },
  );
}
