import { WARNING_PRESET_IDS, WARNING_PRESETS, type WarningPresetId } from '@hongtu/domain';
import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { ruleToConfig } from './warning-rules.codec';

/**
 * Wuhan's rule is the one in force for this city (DOMAIN.md "Warning rules in force somewhere":
 * red card when completion is below 60 % of time progress, yellow below 80 %, for the investment
 * indicators), with Hongtu's defaults for growth targets and ceilings; the other cities' rules ship
 * disabled.
 */
export const DEFAULT_ENABLED_PRESETS: readonly WarningPresetId[] = ['wuhan_major_projects', 'target_defaults'];

/** Every preset rule as a row: code = the rule id, preset = the preset it comes from. */
export function defaultWarningRuleRows(now: string) {
  return WARNING_PRESET_IDS.flatMap((preset) =>
    WARNING_PRESETS[preset].map((rule) => ({
      code: rule.id,
      preset,
      config_json: JSON.stringify(ruleToConfig(rule)),
      enabled: DEFAULT_ENABLED_PRESETS.includes(preset) ? 1 : 0,
      updated_at: now,
    })),
  );
}

/**
 * Installs the preset rules (every start, idempotent): rules missing by code are added. A rule the
 * city never changed (still at version 1) follows the preset as shipped — so a preset given an
 * indicator set later (the major-project rule no longer cards GDP) reaches installed databases;
 * a rule the city changed, even only switched on or off, is left as the city configured it.
 */
export async function ensureWarningRules(db: Db, clock: Clock): Promise<void> {
  const rows = await db.selectFrom('warning_rules').select(['code', 'config_json', 'version']).execute();
  const existing = new Map(rows.map((r) => [r.code, r]));
  const defaults = defaultWarningRuleRows(clock.now().toISOString());
  const missing = defaults.filter((r) => !existing.has(r.code));
  const outdated = defaults.filter((r) => {
    const current = existing.get(r.code);
    return current !== undefined && current.version === 1 && !sameJson(current.config_json, r.config_json);
  });
  if (missing.length === 0 && outdated.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const row of missing) {
      await trx.insertInto('warning_rules').values(row).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
    for (const row of outdated) {
      await trx.updateTable('warning_rules').set({ config_json: row.config_json, updated_at: row.updated_at })
        .where('code', '=', row.code).where('version', '=', 1).execute();
    }
  });
}

/** The same configuration whatever the key order of its JSON. */
function sameJson(a: string, b: string): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(canonical)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, canonical(v)]))
        : value;
  return JSON.stringify(canonical(JSON.parse(a))) === JSON.stringify(canonical(JSON.parse(b)));
}
