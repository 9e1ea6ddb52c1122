import { AuditActions, AuditEntityTypes, type Indicator, type PutIndicatorSettingsRequest } from '@hongtu/contracts';
import { settingsChangeIssues, type SettingsChangeIssue } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../../platform/permissions/actor';
import { toIndicator } from './indicators.repository';
import { unknownIndicator } from './indicators.service';

function refused(issue: SettingsChangeIssue): AppError {
  return issue.code === 'frequency_orphans'
    ? new AppError(409, 'INDICATOR_SETTINGS_ORPHAN_MONTHS', { months: issue.months.join('、'), figures: issue.figures }, [{ path: 'body.frequency', message: issue.code }])
    : new AppError(409, 'INDICATOR_SETTINGS_ORPHAN_RATES', { figures: issue.figures }, [{ path: 'body.growthBasis', message: issue.code }]);
}

/**
 * An indicator's frequency and growth basis changed by the city reviewer or the administrator:
 * refused (409, nothing written) when figures already stored would fall out of it
 * (packages/domain indicator-settings.ts), audited with before and after in the same transaction.
 * The catalogue is the whole city's: there is no organisation scope to check.
 */
export function createIndicatorSettingsService({ db, audit }: Deps) {
  return {
    async put(ctx: RequestContext, code: string, request: PutIndicatorSettingsRequest): Promise<Indicator> {
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('indicators').selectAll().where('code', '=', code).executeTakeFirst();
        if (!row) throw unknownIndicator(code, 'params.code');
        const before = toIndicator(row);
        if (before.frequency === request.frequency && before.growthBasis === request.growthBasis) return before;
        const figures = await trx.selectFrom('figures as f')
          .innerJoin('submissions as s', 's.id', 'f.submission_id')
          .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
          .select(['p.month', 'f.ytd_value', 'f.reported_yoy'])
          .where('f.indicator_id', '=', row.id)
          .execute();
        const issues = settingsChangeIssues(before, request, figures.map((f) => ({
          month: f.month, hasAmount: f.ytd_value !== null, hasRate: f.reported_yoy !== null,
        })));
        if (issues.length > 0) throw refused(issues[0]!);
        const updated = await trx.updateTable('indicators').set({ frequency: request.frequency, growth_basis: request.growthBasis })
          .where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
        const after = toIndicator(updated);
        await audit.append(trx, ctx, {
          action: AuditActions.indicatorConfigure, entityType: AuditEntityTypes.indicator, entityId: code,
          before: { frequency: before.frequency, growthBasis: before.growthBasis },
          after: { frequency: after.frequency, growthBasis: after.growthBasis },
        });
        return after;
      });
    },
  };
}
