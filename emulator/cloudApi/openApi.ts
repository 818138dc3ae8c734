import type { Store } from '../store';
import { decodeOpenApiParams, encodeOpenApiAnswer } from './openApiProtocol';
import type { MemoryOutbox, OutboxEntry } from './outbox';

/**
 * Answers a `wx.openApi` call with WeChat's success and records `subscribeMessage.send` calls in the
 * outbox; every other openapi is accepted and forgotten.
 */
export function handleOpenApi(store: Store, outbox: MemoryOutbox, apiName: string, requestData: Buffer): Buffer {
  if (apiName === 'subscribeMessage.send') {
    const params = topLevelCamelCase(decodeOpenApiParams(requestData));
    outbox.record({ ...params, at: store.now() } as OutboxEntry);
  }
  return encodeOpenApiAnswer({ errcode: 0, errmsg: 'ok' });
}

/**
 * Undoes the SDK's camelCase → snake_case conversion of the parameter names (template_id → templateId).
 * Nested keys are left as WeChat receives them: `data` keys such as `thing1` are not changed by it.
 */
function topLevelCamelCase(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return out;
}
