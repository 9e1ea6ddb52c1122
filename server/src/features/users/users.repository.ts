import { containsText } from '../../db/like';
import type { OrganisationKind, Role, UserListQuery } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { NewUserRow, UserUpdate } from './users.table';

/** A user row joined with what its DTO shows (organisation, lock state). */
export interface UserView {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  organisation_id: number;
  organisation_name: string;
  organisation_path: string;
  organisation_kind: OrganisationKind;
  status: 'active' | 'disabled';
  position: string | null;
  phone: string | null;
  must_change_password: number;
  version: number;
  created_at: string;
  last_login_at: string | null;
  locked_until: string | null;
}

export function usersRepository(db: Executor) {
  const view = () =>
    db
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .leftJoin('login_attempts as a', 'a.username', 'u.username')
      .select([
        'u.id', 'u.username', 'u.display_name', 'u.role', 'u.organisation_id', 'o.name as organisation_name',
        'o.path as organisation_path', 'o.kind as organisation_kind', 'u.status', 'u.position', 'u.phone', 'u.must_change_password',
        'u.version', 'u.created_at', 'u.last_login_at', 'a.locked_until',
      ]);

  return {
    findView(id: number): Promise<UserView | undefined> {
      return view().where('u.id', '=', id).executeTakeFirst();
    },
    findRow(id: number) {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async usernameTaken(username: string): Promise<boolean> {
      return (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
    },
    /** A page of users inside a subtree, filtered as the list page asks. */
    async page(scopePath: string, query: UserListQuery, nameMatches: string[]): Promise<{ rows: UserView[]; total: number }> {
      let q = view().where('o.path', 'like', `${scopePath}%`);
      if (query.organisationId) q = q.where('u.organisation_id', '=', query.organisationId);
      if (query.role) q = q.where('u.role', '=', query.role);
      if (nameMatches.length > 0) {
        // The user's text is taken literally (% and _ are not wildcards), in any case.
        q = q.where((eb) => eb.or(nameMatches.flatMap((m) => [containsText('u.username', m), containsText('u.display_name', m)])));
      }
      const { n } = await q.clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .orderBy('u.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { rows, total: Number(n) };
    },
    async insert(row: NewUserRow): Promise<number> {
      const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
      return id;
    },
    async update(id: number, version: number, changes: UserUpdate): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ ...changes, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async clearLoginFailures(username: string): Promise<void> {
      await db.deleteFrom('login_attempts').where('username', '=', username).execute();
    },
  };
}
