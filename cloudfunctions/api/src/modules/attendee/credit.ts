import type { CreditView } from '@shared/contract';
import type { Credit } from '@shared/rules/credit';
import { worstCredit } from '@shared/rules/credit';
import { toIso } from '@shared/time';
import type { Deps } from '../../deps';
import { creditEverywhere } from '../credit/records';

export function creditView(credit: Credit | undefined): CreditView {
  return {
    noShows: credit?.noShows ?? 0,
    blockedUntil: credit?.blockedUntil != null ? toIso(credit.blockedUntil) : null,
  };
}

/** Credit per ID hash, as shown to the visitor. */
export const creditsOf = creditEverywhere;

/** The worst credit over several people (the caller's attendees). */
export async function worstCreditOf(deps: Deps, idHashes: string[]): Promise<Credit> {
  return worstCredit([...(await creditEverywhere(deps, idHashes)).values()]);
}
