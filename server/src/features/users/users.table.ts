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
  /** Since 0040: a mobile or landline number, shown masked. */
  phone: string | null;
  /** Since 0040: 职务. */
  position: string | null;
  /** Since 0040: 1 when an administrator set the password (created, reset): the next sign-in asks for a new one. */
  must_change_password: Generated<number>;
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
