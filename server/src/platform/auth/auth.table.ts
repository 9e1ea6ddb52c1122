import type { Generated, Selectable } from 'kysely';

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not leak sessions. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}
export type SessionRow = Selectable<SessionsTable>;

export interface LoginAttemptsTable {
  username: string;
  failures: Generated<number>;
  locked_until: string | null;
  updated_at: string;
}

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    login_attempts: LoginAttemptsTable;
    sessions: SessionsTable;
  }
}
