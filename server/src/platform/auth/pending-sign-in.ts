import type { SignInStep } from '@hongtu/contracts';
import type { Actor } from '../permissions/actor';

/** A session whose password was right and which waits for its second factor (or its enrolment). */
export interface PendingSignIn {
  actor: Actor;
  step: SignInStep;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route also serves a session waiting for its second factor (verify, enrol, me, sign out);
     * every other route answers such a session 401 SECOND_FACTOR_REQUIRED.
     */
    duringSignIn?: boolean;
  }
  interface FastifyRequest {
    /** Set when the cookie names a session waiting for its second factor; ctx.actor stays null then. */
    pendingSignIn: PendingSignIn | null;
  }
}
