import type { IntervalOffer } from '@shared/contract';
import { CallError } from '../../services/callError';

/** The times a SLOT_FULL refusal offers instead (`details.alternatives`, maybe none); null for any other refusal. */
export function offersOf(e: unknown): IntervalOffer[] | null {
  if (!(e instanceof CallError) || e.code !== 'SLOT_FULL') return null;
  const alternatives = e.details?.alternatives;
  return Array.isArray(alternatives) ? (alternatives as IntervalOffer[]) : [];
}
