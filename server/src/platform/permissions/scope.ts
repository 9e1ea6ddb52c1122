import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import { outOfScope } from '../errors/app-error';
import type { Actor } from './actor';

/** What a scope check needs of the actor: the own subtree, and the subtrees granted for reading, if any. */
export type ScopeActor = Pick<Actor, 'organisationPath'> & Partial<Pick<Actor, 'readPaths'>>;

/**
 * True when an organisation (given by its path) lies in the actor's subtree — or, while the
 * request reads, in a subtree granted to the actor's department (ADR 0004, DOMAIN.md "Read grants").
 */
export function isInScope(actor: ScopeActor, organisationPath: string): boolean {
  return organisationPath.startsWith(actor.organisationPath) || (actor.readPaths ?? []).some((p) => organisationPath.startsWith(p));
}

/**
 * Refuses access to a record outside the actor's scope with the same 404 as a
 * missing record (no existence leak); the error is audited as a denial.
 */
export function assertInScope(actor: ScopeActor, organisationPath: string | undefined): void {
  if (organisationPath === undefined || !isInScope(actor, organisationPath)) throw outOfScope();
}

/**
 * The own subtree only, read grants never counted: for the administration of users and
 * organisations and for the audit trail, which a grant does not open.
 */
export function isInOwnScope(actor: Pick<Actor, 'organisationPath'>, organisationPath: string): boolean {
  return organisationPath.startsWith(actor.organisationPath);
}

export function assertInOwnScope(actor: Pick<Actor, 'organisationPath'>, organisationPath: string | undefined): void {
  if (organisationPath === undefined || !isInOwnScope(actor, organisationPath)) throw outOfScope();
}

/** Every subtree the actor may read in this request: its own, then any granted. */
export function scopePaths(actor: ScopeActor): string[] {
  return [actor.organisationPath, ...(actor.readPaths ?? [])];
}

/**
 * The SQL form of isInScope for a query's organisation path column:
 * `path LIKE '<own>%' OR path LIKE '<granted>%' …`.
 */
export function pathInScope<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, column: string, actor: ScopeActor): ExpressionWrapper<DB, TB, SqlBool> {
  const ref = eb.ref(column as never);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return eb.or(scopePaths(actor).map((p) => eb(ref as any, 'like', `${p}%`)));
}
