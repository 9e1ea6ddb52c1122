// The table-driven permission spec: every /api route, who may call it, and what "own" and
// "other" organisation mean for it — composed from each feature's <feature>.permission-spec.ts
// through the feature list. A route missing from it fails permissions.test.ts.
import { registeredFeatures } from '../features/registry';
import type { RouteCase } from './route-case';

export type { RouteCase };

/** Every feature's route cases as one table; a route claimed by two features is refused. */
export async function loadRouteTable(): Promise<Record<string, RouteCase>> {
  const table: Record<string, RouteCase> = {};
  for (const feature of registeredFeatures()) {
    if (!feature.routeCases) continue;
    for (const [route, routeCase] of Object.entries(await feature.routeCases())) {
      if (route in table) throw new Error(`route ${route} is listed by two features (${feature.name})`);
      table[route] = routeCase;
    }
  }
  return table;
}
