import type { Locale, OrganisationKind, Role } from '@hongtu/contracts';

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
  /** The kind of the actor's organisation, when the session told it (a department may hold read grants). */
  organisationKind?: OrganisationKind;
  /**
   * Subtrees a department was granted to read (docs/DOMAIN.md "Read grants"), set only while the
   * request reads (GET): a write never sees them, so it stays within the own subtree.
   */
  readPaths?: readonly string[];
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
