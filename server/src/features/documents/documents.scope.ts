import { sql, type Expression, type SqlBool } from 'kysely';
import { scopePaths, type ScopeActor } from '../../platform/permissions/scope';

/**
 * Who sees a document: the units of the uploader's subtree (and departments granted to read it),
 * and every unit below the uploader — a document the city took in is read by all its districts; a
 * district's own documents are not read by the other districts. `pathColumn`: the uploader's path.
 */
export function documentVisible(actor: ScopeActor, pathColumn = 'o.path'): Expression<SqlBool> {
  const ref = sql.ref(pathColumn);
  const below = scopePaths(actor).map((p) => sql<SqlBool>`${ref} like ${`${p}%`}`);
  return sql<SqlBool>`(${sql.join([...below, sql<SqlBool>`${actor.organisationPath} like ${ref} || '%'`], sql` or `)})`;
}

/** The same rule in code, for one document's organisation path. */
export function isDocumentVisible(actor: ScopeActor, path: string): boolean {
  return scopePaths(actor).some((p) => path.startsWith(p)) || actor.organisationPath.startsWith(path);
}
