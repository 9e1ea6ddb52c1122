import type { Generated, Selectable } from 'kysely';
import type { SignInStep } from '@hongtu/contracts';

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not leak sessions. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
  /** Null for a signed-in session; otherwise the step it waits for (a second factor, or enrolling one). */
  pending: SignInStep | null;
}
export type SessionRow = Selectable<SessionsTable>;

export interface LoginAttemptsTable {
  username: string;
  failures: Generated<number>;
  locked_until: string | null;
  updated_at: string;
}

/** Failed sign-ins for one account from one address: the lock applies to that address only. */
export interface LoginFailuresTable {
  username: string;
  ip: string;
  failures: number;
  /** How many times this address has locked this account (each lock doubles). */
  locks: number;
  locked_until: string | null;
  updated_at: string;
}

/** Failed sign-ins from one address across accounts, per window (password spraying). */
export interface LoginThrottleTable {
  ip: string;
  failures: number;
  window_start: string;
  /** How many times the address has been throttled (each throttle doubles). */
  strikes: number;
  blocked_until: string | null;
}

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    login_attempts: LoginAttemptsTable;
    login_failures: LoginFailuresTable;
    login_throttle: LoginThrottleTable;
    sessions: SessionsTable;
  }
}
