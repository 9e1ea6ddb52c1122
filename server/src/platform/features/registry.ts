// The platform and every feature, in registration order. Read lazily (inside functions): the
// features import the platform, so nothing may read this list while modules are still loading.
import { FEATURES } from '../../features';
import { platformFeature } from '../platform.feature';
import type { ServerFeature, TableRule, TableRules } from './feature';
import type { Database } from '../../db/database';

export const registeredFeatures = () => [platformFeature, ...FEATURES] as const;
export type RegisteredFeature = ReturnType<typeof registeredFeatures>[number];

/** Every table's snapshot rule, from the feature that owns it; a table claimed twice is refused. */
export function tableRules(features: readonly ServerFeature[] = registeredFeatures()): { readonly [T in keyof Database]?: TableRule<T> } {
  const rules: Record<string, unknown> = {};
  for (const feature of features) {
    for (const [table, rule] of Object.entries(feature.tables ?? ({} as TableRules))) {
      if (table in rules) throw new Error(`table ${table} is claimed by two features (${feature.name})`);
      rules[table] = rule;
    }
  }
  return rules as { readonly [T in keyof Database]?: TableRule<T> };
}

type TablesOf<F> = F extends { tables: infer T } ? keyof T : never;
/** A table of the Database type that no feature claims: a compile error names it here. */
type Unowned = Exclude<keyof Database, TablesOf<RegisteredFeature>>;
const everyTableOwned: [Unowned] extends [never] ? true : { unowned: Unowned } = true;
void everyTableOwned;
