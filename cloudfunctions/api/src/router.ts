// One call: envelope check → action lookup → zod validation → caller (OPENID) → role guard →
// idempotency → handler → envelope. The order of refusals is api.md's: INVALID_INPUT, then
// UNAUTHENTICATED, then FORBIDDEN; the rest come from the services in their own order.
import {
  ACTIONS,
  grantsRole,
  isActionName,
  parseInput,
  requestId as requestIdSchema,
  type Access,
  type RoleGrant,
} from '@shared/contract';
import { AppError, errorBody, type Envelope, type FieldError } from '@shared/errors';
import { HANDLERS } from './handlers';
import { once } from './idempotency';
import { newId } from './lib/ids';
import { loadRoles } from './modules/user/roles';
import type { Deps } from './deps';
import type { AuditNote } from './context';
import { recordCall } from './modules/audit/log';

function invalid(fields: FieldError[]): Envelope<never> {
  return { ok: false, error: errorBody('INVALID_INPUT', { fields }) };
}

function needsRole(access: Access): access is Exclude<Access, 'public' | 'user'> {
  return access !== 'public' && access !== 'user';
}

/** Every state change by a role is audited, and the few by anyone that grant a role. */
const isAudited = (spec: { access: Access; mutating: boolean; audited?: boolean }) =>
  spec.mutating && (needsRole(spec.access) || spec.audited === true);

export async function route(deps: Deps, openid: string | null, payload: unknown): Promise<Envelope<unknown>> {
  if (typeof payload !== 'object' || payload === null) return invalid([{ path: '(root)', message: '请求格式不正确' }]);
  const { action, data, requestId } = payload as { action?: unknown; data?: unknown; requestId?: unknown };
  if (!isActionName(action)) return invalid([{ path: 'action', message: '不支持的操作' }]);

  const spec = ACTIONS[action];
  const parsed = parseInput(spec.input, data ?? {});
  const fields = parsed.ok
    ? []
    : parsed.fields.map((f) => ({ ...f, path: f.path === '(root)' ? 'data' : `data.${f.path}` }));
  if (spec.mutating) {
    const rid = parseInput(requestIdSchema, requestId);
    if (!rid.ok) fields.push({ path: 'requestId', message: rid.fields[0].message });
  }
  if (!parsed.ok || fields.length > 0) return invalid(fields);

  const trace = newId().slice(0, 16);
  try {
    if (spec.access !== 'public' && !openid) return { ok: false, error: errorBody('UNAUTHENTICATED') };
    let roles: RoleGrant[] = [];
    if (needsRole(spec.access)) {
      roles = await loadRoles(deps.db, openid as string);
      if (!grantsRole(roles, spec.access)) return { ok: false, error: errorBody('FORBIDDEN') };
    }
    const handler = HANDLERS[action] as (ctx: unknown, input: unknown) => Promise<unknown>;
    const run = async (): Promise<Envelope<unknown>> => {
      try {
        const note: AuditNote = {};
        const record = (n: AuditNote) => Object.assign(note, n);
        const rid = spec.mutating ? (requestId as string) : null;
        const data = await handler({ deps, openid, roles, requestId: rid, record }, parsed.data);
        // Inside the run: with the requests record, a repeat is answered from it and not audited again.
        if (rid && isAudited(spec)) {
          const actor = openid as string;
          await recordCall(deps, { actor, requestId: rid, action, input: parsed.data, output: data, note });
        }
        return { ok: true, data };
      } catch (e) {
        if (e instanceof AppError) return { ok: false, error: e.toBody() };
        throw e;
      }
    };
    if (!spec.mutating || ('intrinsicIdempotency' in spec && spec.intrinsicIdempotency)) return await run();
    return await once(deps, openid as string, requestId as string, action, data, run);
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toBody() };
    // Internals stay in the log; the caller gets a reference to quote to support.
    deps.log.error('unexpected error', { trace, action, error: e instanceof Error ? e.stack : String(e) });
    return { ok: false, error: errorBody('INTERNAL', { trace }) };
  }
}
