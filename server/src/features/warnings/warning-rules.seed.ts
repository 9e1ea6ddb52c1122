import { WARNING_PRESET_IDS, WARNING_PRESETS, type WarningPresetId } from '@hongtu/domain';
import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { ruleToConfig } from './warning-rules.codec';

/**
 * Wuhan's rule is the one in force for this city (DOMAIN.md "Warning rules in force somewhere":
 * red card when completion is below 60 % of time progress, yellow below 80 %); the other cities'
 * rules ship disabled.
 */
export const DEFAULT_ENABLED_PRESETS: readonly WarningPresetId[] = ['wuhan_major_projects'];

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
 * Installs the preset rules (every start, idempotent): rules missing by code are added;
 * existing ones are left as the city configured them.
 */
export async function ensureWarningRules(db: Db, clock: Clock): Promise<void> {
  const existing = new Set((await db.selectFrom('warning_rules').select('code').execute()).map((r) => r.code));
  const missing = defaultWarningRuleRows(clock.now().toISOString()).filter((r) => !existing.has(r.code));
  if (missing.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const row of missing) {
      await trx.insertInto('warning_rules').values(row).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
  });
}
