import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Locale, Role } from '@hongtu/contracts';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  organisation_id: number;
  status: 'active' | 'disabled';
  locale: Generated<Locale>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
  last_login_at: string | null;
}
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    users: UsersTable;
  }
}
