import type { Db } from '../../db/database';

/**
 * The subtrees a department was granted to read (docs/DOMAIN.md "Read grants"), as materialised
 * paths. Read at each reading request of a department's user, so a grant given or removed counts
 * from the next request on, on every app server.
 */
export async function readGrantPaths(db: Db, departmentId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('organisation_read_grants as g')
    .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select('o.path')
    .where('g.department_id', '=', departmentId)
    .orderBy('o.path')
    .execute();
  return rows.map((r) => r.path);
}
