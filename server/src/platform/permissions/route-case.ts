import type { Role } from '@hongtu/contracts';
import type { TestApp } from '../../test/test-app';

/**
 * One row of the table-driven permission spec (permissions.spec-table.ts): a /api route, who may
 * call it, and what "own" and "other" organisation mean for it. The actors all belong to
 * 武昌区 (420106); "other" targets belong to 江岸区 (420102).
 */
export interface RouteCase {
  /** Roles allowed; 'signed-in' = any role, 'public' = no session needed. */
  allowed: readonly Role[] | 'signed-in' | 'public';
  /** Builds the request for a target organisation scope. */
  request: (t: TestApp, target: 'own' | 'other') => Promise<{ url: string; payload?: Record<string, unknown> }>;
  /** Whether own/other matters (a record with an organisation); else one request. */
  scoped: boolean;
  /** Status of an allowed call on an own target. */
  ok: number;
  /**
   * A scoped read that a department's read grant does not open (DOMAIN.md "Problems and
   * coordination": a department sees the problems sent to it, not a granted district's): the
   * granted department is answered 404 on the own target too.
   */
  grantClosed?: true;
}
