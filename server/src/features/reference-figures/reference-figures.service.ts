import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { AcceptReferenceFigure, ReferenceFigure } from '@hongtu/contracts/reference-figures';
import { UNITS, isDue, isReportingUnit, isUnitCode, monthOfFigurePeriod, parsePeriodKey, periodKey, readWrittenUnit } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import type { MessageCode } from '../../platform/i18n/messages';
import { loadReferenceFigure } from './reference-figures.read-model';
import type { FigureCandidate, FigureSource } from './reference-figures.source';

const DECIMAL = /^-?\d{1,13}(\.\d{1,6})?$/;

const invalid = (code: MessageCode, path: string, params: Record<string, string | number> = {}) =>
  new AppError(422, code, params, [{ path, message: code }]);

/** What is stored: the figure as extracted, each field the reviewer gave replacing its own. */
async function settle(exec: Executor, figure: FigureCandidate, body: AcceptReferenceFigure) {
  const organisationId = body.organisationId ?? figure.organisationId;
  const organisation = organisationId === null ? undefined
    : await exec.selectFrom('organisations').selectAll().where('id', '=', organisationId).executeTakeFirst();
  if (!organisation || !isReportingUnit(organisation.kind)) throw invalid('REFERENCE_FIGURE_NO_DISTRICT', 'organisationId');
  const code = body.indicatorCode ?? figure.indicatorCode;
  const indicator = code ? await exec.selectFrom('indicators').selectAll().where('code', '=', code).executeTakeFirst() : undefined;
  if (!indicator || !isUnitCode(indicator.unit)) throw invalid('REFERENCE_FIGURE_NO_INDICATOR', 'indicatorCode');
  const month = body.periodKey !== undefined ? parsePeriodKey(body.periodKey) : monthOfFigurePeriod(figure.period);
  if (!month) throw invalid('REFERENCE_FIGURE_NO_PERIOD', 'periodKey', { period: figure.period });
  // Only a month the indicator is reported in has a submission to check against (GDP: quarter ends).
  if (!isDue(indicator.frequency, month.month)) throw invalid('REFERENCE_FIGURE_NOT_DUE', 'periodKey', { indicator: indicator.name_zh_cn, period: periodKey(month) });
  const value = body.value !== undefined ? body.value : figure.value;
  const yoyPct = body.yoyPct !== undefined ? body.yoyPct : figure.yoyPct;
  if (value !== null && !DECIMAL.test(value)) throw invalid('REFERENCE_FIGURE_NO_VALUE', 'value');
  if (yoyPct !== null && !DECIMAL.test(yoyPct)) throw invalid('REFERENCE_FIGURE_NO_VALUE', 'yoyPct');
  if (value === null && yoyPct === null) throw invalid('REFERENCE_FIGURE_NO_VALUE', 'value');
  const indicatorUnit = UNITS[indicator.unit];
  // A value without a written unit is taken in the indicator's own unit.
  const unit = value === null ? null : (body.unit !== undefined ? body.unit : figure.unit) ?? indicatorUnit.labels['zh-CN'];
  if (unit !== null && readWrittenUnit(unit)?.dimension !== indicatorUnit.dimension) {
    throw invalid('REFERENCE_FIGURE_UNIT_MISMATCH', 'unit', { unit, indicatorUnit: indicatorUnit.labels['zh-CN'] });
  }
  return { organisation, indicator, month, value, unit, yoyPct };
}

/**
 * Accepting a document's figure as the reference of a district-month: the city's reviewers only
 * (permission figure.review; a district never accepts figures into its own data), one transaction
 * with the figure marked accepted in the documents feature and the audit row.
 */
export function createReferenceFiguresService({ db, clock, audit }: Deps, source: FigureSource) {
  return {
    async accept(ctx: RequestContext, body: AcceptReferenceFigure): Promise<ReferenceFigure> {
      const actor = requireActor(ctx);
      const id = await db.transaction().execute(async (trx) => {
        const figure = await source.find(trx, body.figureId);
        if (!figure) throw new AppError(404, 'REFERENCE_FIGURE_SOURCE_NOT_FOUND');
        const documentOrg = await trx.selectFrom('organisations').select('path').where('id', '=', figure.document.organisationId).executeTakeFirst();
        assertInScope(actor, documentOrg?.path);
        if (figure.status === 'rejected') throw new AppError(409, 'REFERENCE_FIGURE_REJECTED');
        // A target, plan or forecast is not what happened: it is never checked against a submission.
        if (figure.kind !== 'actual') throw invalid('REFERENCE_FIGURE_NOT_ACTUAL', 'figureId');
        const taken = await trx.selectFrom('reference_figures').select('id').where('figure_id', '=', figure.figureId).executeTakeFirst();
        if (taken || figure.status === 'accepted') throw new AppError(409, 'REFERENCE_FIGURE_ALREADY_ACCEPTED');
        const s = await settle(trx, figure, body);
        assertInScope(actor, s.organisation.path);
        const row = await trx.insertInto('reference_figures').values({
          organisation_id: s.organisation.id, year: s.month.year, month: s.month.month, indicator_id: s.indicator.id,
          value: s.value, unit: s.unit, yoy_pct: s.yoyPct, comparator: figure.comparator, kind: figure.kind, figure_period: figure.period,
          document_id: figure.document.id, document_title: figure.document.title, figure_id: figure.figureId, quote: figure.quote,
          accepted_by: actor.userId, accepted_at: clock.now().toISOString(),
        }).returning('id').executeTakeFirstOrThrow();
        await source.markAccepted(trx, figure.figureId, actor.userId);
        await audit.append(trx, ctx, {
          action: AuditActions.referenceFigureAccept, entityType: AuditEntityTypes.referenceFigure, entityId: row.id,
          after: {
            name: `${s.organisation.name} ${periodKey(s.month)} ${s.indicator.name_zh_cn}`, organisationId: s.organisation.id, period: periodKey(s.month),
            indicator: s.indicator.code, value: s.value, unit: s.unit, yoyPct: s.yoyPct, documentId: figure.document.id, figureId: figure.figureId, quote: figure.quote,
          },
        });
        return row.id;
      });
      return loadReferenceFigure(db, ctx, id);
    },

    /** Withdrawn (accepted by mistake): the row goes, the audit row keeps what it was, the document's figure may be accepted again. */
    async withdraw(ctx: RequestContext, id: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await loadReferenceFigure(trx, ctx, id);
        await trx.deleteFrom('reference_figures').where('id', '=', id).execute();
        await source.unmarkAccepted(trx, before.figureId);
        await audit.append(trx, ctx, {
          action: AuditActions.referenceFigureWithdraw, entityType: AuditEntityTypes.referenceFigure, entityId: id,
          before: {
            name: `${before.organisationName} ${before.periodKey} ${before.indicatorName}`, organisationId: before.organisationId, period: before.periodKey,
            indicator: before.indicatorCode, value: before.value, unit: before.unit, yoyPct: before.yoyPct, documentId: before.documentId, figureId: before.figureId, quote: before.quote,
          },
        });
      });
    },
  };
}
