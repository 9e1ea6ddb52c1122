import type { Locale, Role } from '@hongtu/contracts';

/** The signed-in user making a request, with the data scope of their organisation. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  organisationId: number;
  organisationName: string;
  /** Materialised path of the actor's organisation; the scope is its subtree. */
  organisationPath: string;
  locale: Locale;
  sessionId: string;
}

/** Everything a use case needs to know about the request it serves. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  requestId: string;
  locale: Locale;
  userAgent: string | null;
  /** Set once the use case wrote its audit row inside its transaction. */
  audited: boolean;
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('use case called without an actor');
  return ctx.actor;
}
