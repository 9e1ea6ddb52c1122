import { sql } from 'kysely';
import type { FigureInput, Locale } from '@hongtu/contracts';
import { DEFAULT_VINTAGE, isEditableStatus, isUnitCode, parseFigureCell, unitLabel, isFigureVintage, needsComparableReason, periodKey, periodLabel, sameDec, takesComparableBasis, vintageMoveAllowed, type Dec, type FigureVintage } from '@hongtu/domain';
import { FIGURE_VINTAGE_LABELS } from '@hongtu/contracts';
import { chunks } from '../../db/chunks';
import type { Executor } from '../../db/database';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { amountFromDb, amountText, amountToDb, parseAmountInput } from '../../db/amount-codec';
import { unknownIndicator, type IndicatorRow } from '../indicators/indicators.public';
import type { MonthContext } from './month-context';
import { FREQUENCY_WORDS } from './reporting.messages';
import { reportingRepository } from './reporting.repository';
import type { FigureRow, FigureSource, SubmissionRow } from './reporting.table';

/** What a write changed of one figure, for its audit row (the comparable basis only when it has one). */
export interface FigureChange {
  code: string;
  before: string | null;
  after: string | null;
  basisBefore?: { adjustedBase: string | null; comparableReason: string | null } | null;
  basisAfter?: { adjustedBase: string | null; comparableReason: string | null } | null;
  /** Only when the vintage changed (null before: a new figure). */
  vintage?: { before: string | null; after: string };
}

/** A figure change already parsed: exact values, the version the editor saw. */
export interface ParsedFigure {
  indicatorId: number;
  indicatorCode: string;
  ytd: Dec | null;
  reportedYoy: Dec | null;
  note: string | null;
  /**
   * The comparable basis (docs/DOMAIN.md "Comparable basis"); undefined keeps what is stored (an
   * import without these columns, an older client).
   */
  adjustedBase?: Dec | null;
  reportedYoyComparable?: Dec | null;
  comparableReason?: string | null;
  /** The vintage (docs/DOMAIN.md "Vintages"); undefined keeps what is stored (flash for a new figure). */
  vintage?: FigureVintage;
  version: number;
}

const localName = (i: IndicatorRow, locale: Locale) => (locale === 'en' ? i.name_en : locale === 'zh-TW' ? i.name_zh_tw : i.name_zh_cn);
const trimmed = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() ? text.trim() : null);

/**
 * Normalizes typed or imported numbers; each bad cell is a field error (nothing written). A figure
 * of an indicator not due this month is refused (NOT_DUE); an adjusted base or a comparable growth
 * needs its reason (COMPARABLE_REASON_REQUIRED) and an indicator whose growth is computed from
 * amounts (NO_COMPARABLE_BASIS).
 */
export function parseFigureInputs(m: MonthContext, inputs: FigureInput[], locale: Locale = 'zh-CN'): ParsedFigure[] {
  return inputs.map((input, index) => parseFigureInput(m, input, index, locale));
}

/**
 * One figure of a save, parsed as parseFigureInputs does. Amounts (the YTD value, the adjusted
 * base) are read in the indicator's unit with 万 / 亿 converted exactly (packages/domain
 * parseFigureCell); growth rates as plain numbers.
 */
export function parseFigureInput(m: MonthContext, input: FigureInput, index: number, locale: Locale = 'zh-CN'): ParsedFigure {
  const indicator = m.indicators.find((i) => i.code === input.indicatorCode);
  if (!indicator) {
    const other = m.notDue.find((i) => i.code === input.indicatorCode);
    if (other) {
      throw new AppError(400, 'NOT_DUE', {
        indicator: localName(other, locale), frequency: FREQUENCY_WORDS[other.frequency][locale],
        period: periodLabel(m.period, locale, { withYear: true, style: 'months' }),
      }, [{ path: `figures.${index}.indicatorCode`, message: 'NOT_DUE' }]);
    }
    throw unknownIndicator(input.indicatorCode, `figures.${index}.indicatorCode`);
  }
  const amount = (raw: string | number | null, path: string) => parseAmountCell(indicator, raw, path, locale);
  const parsed: ParsedFigure = {
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    ytd: amount(input.ytdValue, `figures.${index}.ytdValue`),
    reportedYoy: parseAmountInput(input.reportedYoy, `figures.${index}.reportedYoy`),
    note: trimmed(input.note) ?? null,
    adjustedBase: input.adjustedBase === undefined ? undefined : amount(input.adjustedBase, `figures.${index}.adjustedBase`),
    reportedYoyComparable: input.reportedYoyComparable === undefined ? undefined : parseAmountInput(input.reportedYoyComparable, `figures.${index}.reportedYoyComparable`),
    comparableReason: trimmed(input.comparableReason),
    vintage: input.vintage,
    version: input.version,
  };
  assertComparableBasis(m, indicator, parsed, `figures.${index}`, locale);
  return parsed;
}

/** An amount typed in the indicator's unit ("3.01万" in a 亿元 column is 0.000301); a bad one is a field error. */
function parseAmountCell(indicator: IndicatorRow, raw: string | number | null, path: string, locale: Locale): Dec | null {
  if (raw === null || typeof raw === 'number' || !isUnitCode(indicator.unit)) return parseAmountInput(raw, path);
  const parsed = parseFigureCell(raw, indicator.unit);
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'ok') return parsed.value;
  const code = parsed.reason === 'too_precise' ? 'NUMBER_TOO_PRECISE'
    : parsed.reason === 'multiplier_not_allowed' ? 'NUMBER_MULTIPLIER_NOT_ALLOWED'
      : parsed.reason === 'unit_mismatch' ? 'NUMBER_UNIT_MISMATCH' : 'NUMBER_INVALID';
  throw new AppError(400, code, { value: raw.slice(0, 40), indicator: localName(indicator, locale), unit: unitLabel(indicator.unit, locale) }, [{ path, message: code }]);
}

/** The comparable basis of a figure as it will be stored (what is left out keeps the stored value). */
export function resolvedBasis(m: MonthContext, p: ParsedFigure): { adjustedBase: Dec | null; reportedYoyComparable: Dec | null; comparableReason: string | null } {
  const stored = m.figures.get(p.indicatorId);
  return {
    adjustedBase: p.adjustedBase !== undefined ? p.adjustedBase : amountFromDb(stored?.adjusted_base ?? null),
    reportedYoyComparable: p.reportedYoyComparable !== undefined ? p.reportedYoyComparable : amountFromDb(stored?.reported_yoy_comparable ?? null),
    comparableReason: p.comparableReason !== undefined ? p.comparableReason : (stored?.comparable_reason ?? null),
  };
}

/** The vintage a figure will be stored at: the one given, else the stored one, else flash. */
export function resolvedVintage(m: MonthContext, p: ParsedFigure): FigureVintage {
  return p.vintage ?? storedVintage(m, p.indicatorId) ?? DEFAULT_VINTAGE;
}

function storedVintage(m: MonthContext, indicatorId: number): FigureVintage | null {
  const stored = m.figures.get(indicatorId)?.vintage;
  return isFigureVintage(stored) ? stored : null;
}

/**
 * A vintage moves forward only (快报 → 初步核算 → 核实 → 年报); an earlier one is refused
 * (VINTAGE_BACKWARDS, nothing written) unless the month is open again by a revision the city
 * granted: the submission's latest event is grant_revision (saves add no event, a submit does).
 */
async function assertVintageOrder(trx: Executor, m: MonthContext, parsed: ParsedFigure[], locale: Locale): Promise<void> {
  const backwards = parsed.flatMap((p, index) => {
    const from = storedVintage(m, p.indicatorId);
    return from && p.vintage && !vintageMoveAllowed(from, p.vintage, false) ? [{ p, index, from, to: p.vintage }] : [];
  });
  if (backwards.length === 0) return;
  const latest = m.submission
    ? await trx.selectFrom('submission_events').select('action').where('submission_id', '=', m.submission.id).orderBy('id', 'desc').limit(1).executeTakeFirst()
    : undefined;
  const granted = latest?.action === 'grant_revision';
  const refused = backwards.find((b) => !vintageMoveAllowed(b.from, b.to, granted));
  if (!refused) return;
  const indicator = m.indicators.find((i) => i.id === refused.p.indicatorId);
  throw new AppError(409, 'VINTAGE_BACKWARDS', {
    indicator: indicator ? localName(indicator, locale) : refused.p.indicatorCode,
    from: FIGURE_VINTAGE_LABELS[refused.from][locale], to: FIGURE_VINTAGE_LABELS[refused.to][locale],
  }, [{ path: `figures.${refused.index}.vintage`, message: 'VINTAGE_BACKWARDS' }]);
}

function assertComparableBasis(m: MonthContext, indicator: IndicatorRow, p: ParsedFigure, path: string, locale: Locale): void {
  const basis = resolvedBasis(m, p);
  const params = { indicator: localName(indicator, locale) };
  if ((basis.adjustedBase !== null || basis.reportedYoyComparable !== null) && !takesComparableBasis(indicator.kind, indicator.growth_basis)) {
    const field = basis.adjustedBase !== null ? 'adjustedBase' : 'reportedYoyComparable';
    throw new AppError(400, 'NO_COMPARABLE_BASIS', params, [{ path: `${path}.${field}`, message: 'NO_COMPARABLE_BASIS' }]);
  }
  if (needsComparableReason(basis.adjustedBase, basis.reportedYoyComparable) && basis.comparableReason === null) {
    throw new AppError(400, 'COMPARABLE_REASON_REQUIRED', params, [{ path: `${path}.comparableReason`, message: 'COMPARABLE_REASON_REQUIRED' }]);
  }
}

export function assertEditable(m: MonthContext): void {
  if (m.period.status === 'closed' && !m.correctionGranted) throw new AppError(409, 'PERIOD_CLOSED', { period: periodKey(m.period) });
  const status = m.submission?.status ?? 'not_started';
  if (!isEditableStatus(status)) throw new AppError(409, 'SUBMISSION_STATE', { status });
}

/**
 * Writes changed figures as new versions (unchanged ones are left alone, so a
 * repeated save or re-import changes nothing). Stale versions → 409.
 * Returns the submission (created on first save) and what changed.
 *
 * Batched: the changed figures are written by one multi-row
 * INSERT … ON CONFLICT (submission_id, indicator_id) DO UPDATE … RETURNING
 * (new figures inserted at version 1, existing ones moved to version + 1 only
 * where the stored version is still the one read: `WHERE figures.version =
 * excluded.version - 1`), and their history by one multi-row INSERT into
 * figure_versions — two statements for a district-month instead of two per
 * figure. A row the version guard skipped is missing from RETURNING, which
 * is the 409; the caller's transaction then rolls everything back.
 */
export async function writeFigures(
  trx: Executor,
  m: MonthContext,
  parsed: ParsedFigure[],
  meta: { actorId: number; now: string; source: FigureSource; ignoreVersions?: boolean; locale?: Locale },
): Promise<{ submission: SubmissionRow; changed: FigureChange[] }> {
  const repo = reportingRepository(trx);
  await assertVintageOrder(trx, m, parsed, meta.locale ?? 'zh-CN');
  let submission = m.submission ?? (await repo.createSubmission(m.period.id, m.organisation.id, meta.now));
  const changes = parsed.map((p) => ({ ...p, ...resolvedBasis(m, p), vintage: resolvedVintage(m, p) })).filter((p) => {
    const current = m.figures.get(p.indicatorId);
    if (!meta.ignoreVersions && (current?.version ?? 0) !== p.version) throw staleVersion();
    return !(
      current &&
      sameDec(amountFromDb(current.ytd_value), p.ytd) &&
      sameDec(amountFromDb(current.reported_yoy), p.reportedYoy) &&
      (current.note ?? null) === p.note &&
      sameDec(amountFromDb(current.adjusted_base), p.adjustedBase) &&
      sameDec(amountFromDb(current.reported_yoy_comparable), p.reportedYoyComparable) &&
      (current.comparable_reason ?? null) === p.comparableReason &&
      current.vintage === p.vintage
    );
  });
  if (changes.length === 0) return { submission, changed: [] };
  // Two values for one indicator in one write: the second was made against a state the first replaced.
  if (new Set(changes.map((p) => p.indicatorId)).size !== changes.length) throw staleVersion();
  const next = await repo.touchEditableSubmission(submission.id, meta.now);
  if (!next) throw staleVersion();
  submission = next;

  const values = changes.map((p) => ({
    submission_id: submission.id,
    indicator_id: p.indicatorId,
    ytd_value: amountToDb(p.ytd),
    reported_yoy: amountToDb(p.reportedYoy),
    note: p.note,
    adjusted_base: amountToDb(p.adjustedBase),
    reported_yoy_comparable: amountToDb(p.reportedYoyComparable),
    comparable_reason: p.comparableReason,
    vintage: p.vintage,
    source: meta.source,
    source_ref: null,
    source_quote: null,
    updated_by: meta.actorId,
    updated_at: meta.now,
    version: (m.figures.get(p.indicatorId)?.version ?? 0) + 1,
  }));
  const written = new Map<number, FigureRow>();
  for (const chunk of chunks(values)) {
    const rows = await trx.insertInto('figures').values(chunk)
      .onConflict((oc) => oc.columns(['submission_id', 'indicator_id'])
        .doUpdateSet((eb) => ({
          ytd_value: eb.ref('excluded.ytd_value'),
          reported_yoy: eb.ref('excluded.reported_yoy'),
          note: eb.ref('excluded.note'),
          adjusted_base: eb.ref('excluded.adjusted_base'),
          reported_yoy_comparable: eb.ref('excluded.reported_yoy_comparable'),
          comparable_reason: eb.ref('excluded.comparable_reason'),
          vintage: eb.ref('excluded.vintage'),
          source: eb.ref('excluded.source'),
          source_ref: eb.ref('excluded.source_ref'),
          source_quote: eb.ref('excluded.source_quote'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: eb.ref('excluded.updated_at'),
          version: eb.ref('excluded.version'),
        }))
        .where(sql<boolean>`figures.version = excluded.version - 1`))
      .returningAll().execute();
    for (const row of rows) written.set(row.indicator_id, row);
  }
  // RETURNING order is not guaranteed: rows are matched by indicator, and every change must be there.
  if (written.size !== changes.length) throw staleVersion();

  const rows = changes.map((p) => written.get(p.indicatorId)!);
  for (const chunk of chunks(rows)) {
    await trx.insertInto('figure_versions').values(chunk.map((row) => ({
      figure_id: row.id, submission_id: submission.id, version: row.version, ytd_value: row.ytd_value,
      reported_yoy: row.reported_yoy, note: row.note, adjusted_base: row.adjusted_base, reported_yoy_comparable: row.reported_yoy_comparable,
      comparable_reason: row.comparable_reason, vintage: row.vintage, source: row.source, changed_by: meta.actorId,
      changed_at: meta.now, submission_version: submission.version,
    }))).execute();
  }
  const changed = changes.map((p) => {
    const current = m.figures.get(p.indicatorId);
    const basisBefore = current?.adjusted_base != null || current?.comparable_reason != null
      ? { adjustedBase: amountText(current.adjusted_base), comparableReason: current.comparable_reason }
      : undefined;
    const basisAfter = p.adjustedBase !== null || p.comparableReason !== null
      ? { adjustedBase: p.adjustedBase === null ? null : p.adjustedBase.toString(), comparableReason: p.comparableReason }
      : undefined;
    return {
      code: p.indicatorCode,
      before: current ? String(amountFromDb(current.ytd_value) ?? '') : null,
      after: p.ytd === null ? null : p.ytd.toString(),
      ...(basisBefore || basisAfter ? { basisBefore: basisBefore ?? null, basisAfter: basisAfter ?? null } : {}),
      ...((current ? current.vintage !== p.vintage : p.vintage !== DEFAULT_VINTAGE) ? { vintage: { before: current?.vintage ?? null, after: p.vintage } } : {}),
    };
  });
  return { submission, changed };
}
