import { outOfScope } from '../errors/app-error';
import type { Actor } from './actor';

/** True when an organisation (given by its path) lies in the actor's subtree. */
export function isInScope(actor: Pick<Actor, 'organisationPath'>, organisationPath: string): boolean {
  return organisationPath.startsWith(actor.organisationPath);
}

/**
 * Refuses access to a record outside the actor's scope with the same 404 as a
 * missing record (no existence leak); the error is audited as a denial.
 */
export function assertInScope(actor: Pick<Actor, 'organisationPath'>, organisationPath: string | undefined): void {
  if (organisationPath === undefined || !isInScope(actor, organisationPath)) throw outOfScope();
}
