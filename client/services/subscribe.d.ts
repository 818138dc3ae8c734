// The shape of services/subscribe; Taro builds subscribe.weapp.ts or subscribe.h5.ts in its place.
import type { TemplateKind } from '@shared/contract';
import type { AskOutcome } from './subscribe.common';

export { loadTemplates, refreshTemplates, type AskOutcome } from './subscribe.common';
/**
 * Asks the user, in the tap and before any await, to allow one message of each of `kinds` (at most three,
 * only templates already loaded), then counts the answers with notify.subscribed. Never rejects.
 */
export declare function askToSubscribe(kinds: TemplateKind[]): Promise<AskOutcome | null>;
