import type { ActionName, ActionOutput, ParsedInput, RoleGrant } from '@shared/contract';
import type { Deps } from './deps';

export interface CallContext {
  deps: Deps;
  /** From the trusted cloud context (OPENID), never from the payload. */
  openid: string | null;
  /** Looked up only for actions that need a role. */
  roles: RoleGrant[];
  /** The caller's requestId on mutating actions: lets a step derive the ids it writes. */
  requestId: string | null;
  /**
   * What the audit entry of this call should say (the router writes one for every state change made
   * by staff, handlers, managers and admins): the venue and the record acted on, and a summary.
   */
  record(note: AuditNote): void;
}

export interface AuditNote {
  venueId?: string;
  target?: string;
  detail?: Record<string, unknown>;
}

export interface UserContext extends CallContext {
  openid: string;
}

export type Handler<A extends ActionName> = (ctx: UserContext, input: ParsedInput<A>) => Promise<ActionOutput<A>>;

export type PublicHandler<A extends ActionName> = (ctx: CallContext, input: ParsedInput<A>) => Promise<ActionOutput<A>>;
