import type { ResourceView } from '@shared/contract';
import { call } from '../services/cloud';
import { CallError } from '../services/callError';
import { ERROR_MESSAGES } from '@shared/errors';

/** One resource by id (the contract lists resources per venue). */
export async function loadResource(venueId: string, resourceId: string): Promise<ResourceView> {
  const found = (await call('resource.list', { venueId })).find((r) => r.id === resourceId);
  if (!found) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return found;
}
