import { AuditActions, AuditEntityTypes, type Locale, type PutWarningRuleRequest, type WarningRuleDto } from '@hongtu/contracts';
import { WARNING_PRESET_NAMES, isLocale, validateWarningRule, type WarningPresetId, type WarningRuleIssue } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error';
import { translateWarningRuleIssue } from './warnings.messages';
import type { RequestContext } from '../../platform/permissions/actor';
import { unknownIndicator } from '../indicators/indicators.public';
import { configToRule, rowConfig } from './warning-rules.codec';
import type { WarningRuleRow } from './warnings.table';

function presetName(preset: string, locale: Locale): string {
  const names = WARNING_PRESET_NAMES[preset as WarningPresetId];
  return names && isLocale(locale) ? names[locale] : preset;
}

export function toWarningRuleDto(row: WarningRuleRow, locale: Locale): WarningRuleDto {
  return {
    code: row.code,
    preset: row.preset,
    presetName: presetName(row.preset, locale),
    enabled: row.enabled === 1,
    config: rowConfig(row),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** Each issue in words, in the caller's language (the details of a 400). */
const invalidRule = (issues: WarningRuleIssue[], locale: Locale) =>
  new AppError(400, 'VALIDATION_FAILED', {}, issues.map((i) => ({ path: 'config', message: translateWarningRuleIssue(i, locale) })));

/** The city's warning rules: listed by every dashboard reader, configured by the city reviewer. */
export function createWarningRuleService({ db, clock, audit }: Deps) {
  return {
    async list(ctx: RequestContext): Promise<WarningRuleDto[]> {
      const rows = await db.selectFrom('warning_rules').selectAll().orderBy('id').execute();
      return rows.map((r) => toWarningRuleDto(r, ctx.locale));
    },

    /** Enables / disables a rule and replaces its thresholds; a stale version answers 409. */
    async put(ctx: RequestContext, code: string, request: PutWarningRuleRequest): Promise<WarningRuleDto> {
      const issues = validateWarningRule(configToRule(code, request.config));
      if (issues.length > 0) throw invalidRule(issues, ctx.locale);
      const scopeCodes = request.config.scope?.indicatorCodes ?? [];
      return db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('warning_rules').selectAll().where('code', '=', code).executeTakeFirst();
        if (!current) throw notFound();
        if (current.version !== request.version) throw staleVersion();
        if (scopeCodes.length > 0) {
          const known = new Set((await trx.selectFrom('indicators').select('code').where('code', 'in', scopeCodes).execute()).map((r) => r.code));
          const unknown = scopeCodes.find((c) => !known.has(c));
          if (unknown !== undefined) throw unknownIndicator(unknown, 'config.scope.indicatorCodes');
        }
        const row = await trx.updateTable('warning_rules')
          .set({ enabled: request.enabled ? 1 : 0, config_json: JSON.stringify(request.config), version: current.version + 1, updated_at: clock.now().toISOString() })
          .where('id', '=', current.id).where('version', '=', current.version)
          .returningAll().executeTakeFirst();
        if (!row) throw staleVersion();
        const after = toWarningRuleDto(row, ctx.locale);
        await audit.append(trx, ctx, {
          action: AuditActions.warningRulePut, entityType: AuditEntityTypes.warningRule, entityId: code,
          before: toWarningRuleDto(current, ctx.locale), after,
        });
        return after;
      });
    },
  };
}
export type WarningRuleService = ReturnType<typeof createWarningRuleService>;
