import type { RouteCase } from '../../platform/permissions/route-case';

/** portal routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {};
