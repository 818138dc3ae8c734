import { fieldProblem, fieldTypeOf } from '../../shared/rules/templateFields';
import type { Store } from '../store';
import type { Faults } from './faults';
import { decodeOpenApiParams, encodeOpenApiAnswer } from './openApiProtocol';
import type { MemoryOutbox, OutboxEntry } from './outbox';
import type { SubscriptionLedger } from './subscriptions';

export interface OpenApiContext {
  store: Store;
  outbox: MemoryOutbox;
  ledger: SubscriptionLedger;
  faults: Faults;
}

/** WeChat's 47003 when a `data` value breaks the rule of its key's type (thing ≤ 20 …). */
function invalidField(data: Record<string, { value?: unknown }>): string | null {
  for (const [key, field] of Object.entries(data ?? {})) {
    const type = fieldTypeOf(key);
    if (!type || fieldProblem(type, String(field?.value ?? ''))) return `argument invalid! data.${key}.value invalid`;
  }
  return null;
}

/**
 * Answers a `wx.openApi` call as WeChat would. `subscribeMessage.send` checks the fields (47003), uses
 * one of the user's accepts for the template (43101 without one) and is then recorded in the outbox:
 * the outbox holds exactly the messages a phone would show. Every other openapi is accepted and forgotten.
 */
export function handleOpenApi(ctx: OpenApiContext, apiName: string, requestData: Buffer): Buffer {
  const injected = ctx.faults.openApiError(apiName);
  if (injected) return encodeOpenApiAnswer(injected);
  if (apiName === 'subscribeMessage.send') {
    const params = topLevelCamelCase(decodeOpenApiParams(requestData)) as unknown as Omit<OutboxEntry, 'at'>;
    const invalid = invalidField(params.data);
    if (invalid) return encodeOpenApiAnswer({ errcode: 47003, errmsg: invalid });
    if (!ctx.ledger.take(params.touser, params.templateId))
      return encodeOpenApiAnswer({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
    ctx.outbox.record({ ...params, at: ctx.store.now() });
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
