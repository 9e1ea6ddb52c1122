import type { SignInStep } from '@hongtu/contracts';
import type { Actor } from '../permissions/actor';

/** A session whose password was right and which waits for a step: its second factor (or its enrolment), or a new password. */
export interface PendingSignIn {
  actor: Actor;
  step: SignInStep;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route also serves a session waiting for a step of its sign-in: `true` for every step (me,
     * sign out), else the steps it serves (the code and the enrolment for the second factor, the
     * new password for the password step). Every other route answers such a session
     * 401 SECOND_FACTOR_REQUIRED or PASSWORD_CHANGE_REQUIRED.
     */
    duringSignIn?: boolean | readonly SignInStep[];
  }
  interface FastifyRequest {
    /** Set when the cookie names a session waiting for its second factor; ctx.actor stays null then. */
    pendingSignIn: PendingSignIn | null;
  }
}
