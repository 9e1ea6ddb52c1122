import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { NewOrganisationRow, OrganisationRow, OrganisationUpdate } from './organisations.table';

/** CRUD on organisations and district groups; no rules here. */
export function organisationsRepository(db: Executor) {
  return {
    findById(id: number): Promise<OrganisationRow | undefined> {
      return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findByCode(code: string): Promise<OrganisationRow | undefined> {
      return db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();
    },
    listInSubtree(path: string): Promise<OrganisationRow[]> {
      return db.selectFrom('organisations').selectAll().where('path', 'like', `${path}%`).orderBy('id').execute();
    },
    /** The organisations of several subtrees (an actor's own and granted ones), each once, by id. */
    listInSubtrees(paths: readonly string[]): Promise<OrganisationRow[]> {
      return db.selectFrom('organisations').selectAll()
        .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
        .orderBy('id').execute();
    },
    async hasRoot(): Promise<boolean> {
      const row = await db.selectFrom('organisations').select('id').where('parent_id', 'is', null).executeTakeFirst();
      return row !== undefined;
    },
    /** Inserts, then fixes the path, which needs the new id. */
    async insert(row: Omit<NewOrganisationRow, 'path'>, parentPath: string): Promise<OrganisationRow> {
      const { id } = await db.insertInto('organisations').values({ ...row, path: '' }).returning('id').executeTakeFirstOrThrow();
      return db
        .updateTable('organisations')
        .set({ path: `${parentPath}${id}/` })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    /** Updates when the version still matches; undefined means someone else won. */
    update(id: number, version: number, changes: OrganisationUpdate): Promise<OrganisationRow | undefined> {
      return db
        .updateTable('organisations')
        .set({ ...changes, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst();
    },
    /** Rewrites the path prefix of a whole subtree after a move. */
    async movePaths(oldPrefix: string, newPrefix: string): Promise<void> {
      await db
        .updateTable('organisations')
        .set({ path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})` })
        .where('path', 'like', `${oldPrefix}%`)
        .execute();
    },
    async countDependants(id: number): Promise<number> {
      const children = await db.selectFrom('organisations').select((eb) => eb.fn.countAll().as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow();
      const users = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).where('organisation_id', '=', id).executeTakeFirstOrThrow();
      return Number(children.n) + Number(users.n);
    },
    async delete(id: number): Promise<void> {
      await db.deleteFrom('organisations').where('id', '=', id).execute();
    },
    async groupIdsByOrganisation(): Promise<Map<number, number[]>> {
      const rows = await db.selectFrom('organisation_group_members').selectAll().orderBy('group_id').execute();
      const map = new Map<number, number[]>();
      for (const r of rows) map.set(r.organisation_id, [...(map.get(r.organisation_id) ?? []), r.group_id]);
      return map;
    },
    listGroups() {
      return db.selectFrom('organisation_groups').selectAll().orderBy('id').execute();
    },
    findGroup(id: number) {
      return db.selectFrom('organisation_groups').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findGroupByCode(code: string) {
      return db.selectFrom('organisation_groups').selectAll().where('code', '=', code).executeTakeFirst();
    },
    insertGroup(values: { code: string; name: string; created_at: string }) {
      return db.insertInto('organisation_groups').values(values).returningAll().executeTakeFirstOrThrow();
    },
    async deleteGroup(id: number): Promise<void> {
      await db.deleteFrom('organisation_groups').where('id', '=', id).execute();
    },
    async groupMembers(groupId: number): Promise<number[]> {
      const rows = await db.selectFrom('organisation_group_members').select('organisation_id').where('group_id', '=', groupId).orderBy('organisation_id').execute();
      return rows.map((r) => r.organisation_id);
    },
    async replaceGroupMembers(groupId: number, organisationIds: number[]): Promise<void> {
      await db.deleteFrom('organisation_group_members').where('group_id', '=', groupId).execute();
      if (organisationIds.length > 0) {
        await db
          .insertInto('organisation_group_members')
          .values(organisationIds.map((organisation_id) => ({ group_id: groupId, organisation_id })))
          .execute();
      }
    },
  };
}
