import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import { dec, toScaled } from '@hongtu/domain';
import type { DatabaseHandle } from '../../connection';
import type { Executor } from '../../database';
import { seedDemoTerritory } from '../territory-demo';
import { seedDocumentsDemo } from '../documents-demo/load';
import type { Clock } from '../../../platform/clock';
import { refreshPlannerStatistics } from '../../prepare';
import { AuditTrail } from '../../../platform/audit/audit-trail';
import { defaultDeadlineDate, endOfShanghaiDay, isDue, type ReportingFrequency } from '@hongtu/domain';
import type { Insertable } from 'kysely';
import type { FiguresTable } from '../../../features/reporting/reporting.table';
import { DOCUMENT_FIGURES, DOCUMENT_TARGETS, DOCUMENT_VERDICTS, type DocumentFigure, type DocumentTarget } from './document-figures';
import { asAnchors, syntheticYear, type SyntheticFigure } from './synthetic';

/**
 * The demo years: each year a seed document speaks of, through the month it
 * reports (002: 武昌区 2017 H1; 000: 2019 Q1 plans and January; 004: 武昌区
 * 2022 Q1–3; 003: 西塞山区 2023 Q1), and the current year through last month.
 */
export const DEMO_YEARS: { year: number; throughMonth: number; approvedThrough?: number }[] = [
  { year: 2017, throughMonth: 6 },
  { year: 2019, throughMonth: 3 },
  { year: 2022, throughMonth: 9 },
  { year: 2023, throughMonth: 3 },
  // Generated through November so last year's November is there as a reference for the open month.
  { year: 2026, throughMonth: 11, approvedThrough: 10 },
];
/** The month districts are reporting now in the demo (open, nobody has started). */
export const DEMO_OPEN_PERIOD = { year: 2026, month: 11 };

/** Who answers for each indicator (一项经济指标、一名分管领导、一个负责部门…), by indicator. */
const RESPONSIBLE_DEPARTMENT: Record<string, string> = {
  gdp: '区统计局', fixed_asset_investment: '区发改局', industrial_investment: '区经信局', real_estate_investment: '区住建局',
  general_budget_revenue: '区财政局', retail_sales: '区商务局', industrial_output: '区经信局', industrial_value_added: '区经信局',
  investment_funds_in_place: '区招商局', industrial_funds_in_place: '区招商局', utilized_foreign_capital: '区商务局', fdi: '区商务局',
  foreign_trade: '区商务局', new_market_entities: '区市场监管局', new_urban_jobs: '区人社局', registered_unemployment_rate: '区人社局',
  urban_disposable_income: '区统计局',
};
const RESPONSIBLE_LEADER: Record<string, string> = {
  区统计局: '常务副区长', 区发改局: '常务副区长', 区经信局: '分管工业副区长', 区住建局: '分管城建副区长', 区财政局: '常务副区长',
  区商务局: '分管商务副区长', 区招商局: '分管招商副区长', 区市场监管局: '分管市场监管副区长', 区人社局: '分管社会事业副区长',
};

type Key = string;
const keyOf = (org: string, indicator: string, year: number, month: number): Key => `${org}|${indicator}|${year}|${month}`;

/** The document figures that can be loaded: estimates (预计) are not actuals and are left out. */
function documentIndex(): Map<Key, DocumentFigure> {
  const index = new Map<Key, DocumentFigure>();
  for (const f of DOCUMENT_FIGURES) if (!f.estimate) index.set(keyOf(f.organisationCode, f.indicatorCode, f.year, f.month), f);
  return index;
}

/**
 * The stored columns of a document figure: its value, and only the growth it states — on the
 * comparable basis (reported_yoy_comparable, with the reason) when the document says 同口径.
 */
function documentColumns(doc: DocumentFigure): Pick<FigureRow, 'ytd_value' | 'reported_yoy' | 'reported_yoy_comparable' | 'comparable_reason' | 'note' | 'source' | 'source_ref' | 'source_quote'> {
  const yoy = doc.reportedYoy === null ? null : toScaled(dec(doc.reportedYoy));
  const comparable = doc.basis === 'comparable';
  return {
    ytd_value: doc.ytdValue === null ? null : toScaled(dec(doc.ytdValue)),
    reported_yoy: comparable ? null : yoy,
    reported_yoy_comparable: comparable ? yoy : null,
    comparable_reason: comparable ? '同口径（文件原文）' : null,
    note: doc.note ?? null,
    source: 'document', source_ref: doc.source.file, source_quote: doc.source.quote,
  };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 400): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

interface Ids {
  org: Map<string, number>;
  indicator: Map<string, number>;
  /** Indicator code → its reporting frequency: a month in which it is not reported gets no figure. */
  frequency: Map<string, ReportingFrequency>;
}

async function ensurePeriod(trx: Executor, year: number, month: number, status: 'open' | 'closed', now: string): Promise<number> {
  const existing = await trx.selectFrom('reporting_periods').select('id').where('year', '=', year).where('month', '=', month).executeTakeFirst();
  if (existing) return existing.id;
  const row = await trx.insertInto('reporting_periods')
    .values({ year, month, status, deadline: endOfShanghaiDay(defaultDeadlineDate({ year, month })), created_at: now })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Writes approved district-months for the given figures, skipping months already present. The
 * generator makes every month of every indicator; a month in which an indicator is not reported
 * (a monthly GDP, a January 固投) is left out, document figures included (seed 000's January 2019
 * investment figures are not loaded: the catalogue's 固投 is first reported for 1-2月, and a
 * January figure has no period to stand in — document-figures.ts).
 */
async function writeMonths(trx: Executor, ids: Ids, figures: SyntheticFigure[], documents: Map<Key, DocumentFigure>, now: string): Promise<number> {
  const byMonth = new Map<string, SyntheticFigure[]>();
  for (const f of figures) {
    const k = `${f.organisationCode}|${f.year}|${f.month}`;
    byMonth.set(k, [...(byMonth.get(k) ?? []), f]);
  }
  let written = 0;
  for (const [k, list] of byMonth) {
    const [orgCode, year, month] = k.split('|') as [string, string, string];
    const organisationId = ids.org.get(orgCode);
    if (!organisationId) continue;
    const periodId = await ensurePeriod(trx, Number(year), Number(month), 'closed', now);
    const submission = await approvedSubmission(trx, periodId, organisationId, now);
    if (!submission.created) continue;
    const rows = list.flatMap((f): FigureRow[] => {
      const indicatorId = ids.indicator.get(f.indicatorCode);
      const frequency = ids.frequency.get(f.indicatorCode);
      if (!indicatorId || !frequency || !isDue(frequency, f.month)) return [];
      const doc = documents.get(keyOf(f.organisationCode, f.indicatorCode, f.year, f.month));
      // Labelled 'document' only when the stored value is the document's; then nothing synthetic
      // rides along (no generated growth beside a quote that states none).
      if (doc !== undefined && doc.ytdValue !== null && dec(doc.ytdValue).equals(dec(f.ytdValue))) {
        return [{ submission_id: submission.id, indicator_id: indicatorId, ...documentColumns(doc), updated_by: null, updated_at: now }];
      }
      return [{
        submission_id: submission.id, indicator_id: indicatorId,
        ytd_value: toScaled(dec(f.ytdValue)),
        reported_yoy: f.reportedYoy === null ? null : toScaled(dec(f.reportedYoy)),
        reported_yoy_comparable: null, comparable_reason: null, note: null,
        source: 'synthetic', source_ref: null, source_quote: null,
        updated_by: null, updated_at: now,
      }];
    });
    if (rows.length === 0) continue;
    written += await insertFigures(trx, submission, rows, now);
  }
  return written;
}

type FigureRow = Insertable<FiguresTable>;

async function insertFigures(trx: Executor, submission: { id: number; version: number }, rows: FigureRow[], now: string): Promise<number> {
  const inserted = await trx.insertInto('figures').values(rows)
    .returning(['id', 'ytd_value', 'reported_yoy', 'reported_yoy_comparable', 'comparable_reason', 'note', 'source']).execute();
  await trx.insertInto('figure_versions').values(inserted.map((r) => ({
    figure_id: r.id, submission_id: submission.id, version: 1, ytd_value: r.ytd_value, reported_yoy: r.reported_yoy,
    reported_yoy_comparable: r.reported_yoy_comparable, comparable_reason: r.comparable_reason,
    note: r.note, source: r.source, changed_by: null, changed_at: now, submission_version: submission.version,
  }))).execute();
  return inserted.length;
}

async function approvedSubmission(trx: Executor, periodId: number, organisationId: number, now: string): Promise<{ id: number; version: number; created: boolean }> {
  const exists = await trx.selectFrom('submissions').select(['id', 'version']).where('period_id', '=', periodId).where('organisation_id', '=', organisationId).executeTakeFirst();
  if (exists) return { ...exists, created: false };
  const submission = await trx.insertInto('submissions').values({
    period_id: periodId, organisation_id: organisationId, status: 'approved', submitted_at: now, approved_at: now, reason: null, updated_at: now,
  }).returning(['id', 'version']).executeTakeFirstOrThrow();
  await trx.insertInto('submission_events').values({
    submission_id: submission.id, action: 'approve', from_status: 'submitted', to_status: 'approved',
    submission_version: submission.version, reason: null, actor_id: null, at: now,
  }).execute();
  return { ...submission, created: true };
}

/**
 * The document figures the generator does not carry: the city's own figures (420100 reports for
 * itself, it is not the sum of the districts) and those of years the demo does not generate
 * (汉阳区 / 武汉 2020). Each is stored as the document states it — a growth without an amount
 * stays without one — in an approved month of its own unit, beside whatever that month holds.
 */
async function writeDocumentOnly(trx: Executor, ids: Ids, documents: Map<Key, DocumentFigure>, now: string): Promise<number> {
  const byMonth = new Map<string, DocumentFigure[]>();
  for (const doc of documents.values()) {
    const frequency = ids.frequency.get(doc.indicatorCode);
    if (!frequency || !isDue(frequency, doc.month) || !ids.org.has(doc.organisationCode)) continue;
    const k = `${doc.organisationCode}|${doc.year}|${doc.month}`;
    byMonth.set(k, [...(byMonth.get(k) ?? []), doc]);
  }
  let written = 0;
  for (const [k, list] of byMonth) {
    const [orgCode, year, month] = k.split('|') as [string, string, string];
    const organisationId = ids.org.get(orgCode)!;
    const periodId = await ensurePeriod(trx, Number(year), Number(month), 'closed', now);
    const submission = await approvedSubmission(trx, periodId, organisationId, now);
    const present = new Set((await trx.selectFrom('figures').select('indicator_id').where('submission_id', '=', submission.id).execute()).map((r) => r.indicator_id));
    const rows = list.flatMap((doc): FigureRow[] => {
      const indicatorId = ids.indicator.get(doc.indicatorCode)!;
      return present.has(indicatorId) ? [] : [{ submission_id: submission.id, indicator_id: indicatorId, ...documentColumns(doc), updated_by: null, updated_at: now }];
    });
    if (rows.length > 0) written += await insertFigures(trx, submission, rows, now);
  }
  return written;
}

type TargetValues = Pick<DocumentTarget, 'amountTarget' | 'amountComparator' | 'growthTarget' | 'growthComparator'>;

/**
 * An annual target row. With a document target the row is the document's, labelled with its file
 * and quote — unless the value is derived from the quote rather than stated in it (004's 24959 户),
 * which is labelled synthetic.
 */
function targetRow(year: number, organisationId: number, indicatorId: number, t: TargetValues, doc: DocumentTarget | undefined, scheduleJson: string | null, now: string) {
  const cited = doc !== undefined && !doc.derived;
  return {
    year, organisation_id: organisationId, indicator_id: indicatorId,
    amount_target: t.amountTarget === null ? null : toScaled(dec(t.amountTarget)), amount_comparator: t.amountComparator,
    growth_target: t.growthTarget === null ? null : toScaled(dec(t.growthTarget)), growth_comparator: t.growthComparator,
    no_target: t.amountTarget === null && t.growthTarget === null ? 1 : 0,
    schedule_json: scheduleJson,
    source: cited ? 'document' : 'synthetic', source_ref: cited ? doc.source.file : null, source_quote: cited ? doc.source.quote : null,
    updated_at: now,
  };
}

/** Annual document targets of years the demo does not generate (汉阳区 2021, the 十四五 goal for 2025). */
async function writeDocumentTargetsOutsideDemoYears(trx: Executor, ids: Ids, now: string): Promise<void> {
  const demoYears = new Set(DEMO_YEARS.map((y) => y.year));
  const rows = DOCUMENT_TARGETS.filter((t) => t.throughMonth === undefined && !demoYears.has(t.year) && (t.amountTarget !== null || t.growthTarget !== null)).flatMap((t) => {
    const organisationId = ids.org.get(t.organisationCode);
    const indicatorId = ids.indicator.get(t.indicatorCode);
    return organisationId && indicatorId ? [targetRow(t.year, organisationId, indicatorId, t, t, null, now)] : [];
  });
  await insertChunked(rows, (chunk) => trx.insertInto('targets').values(chunk).execute());
}

/**
 * Q1 amounts as stated ("一季度完成投资93亿元", 003's Q1 targets) as period targets through March,
 * never derived from an annual target by a share. Every Q1 amount of the seeds is a floor (完成 /
 * 力争 / 以上).
 */
async function writePeriodTargets(trx: Executor, ids: Ids, now: string): Promise<void> {
  const rows = DOCUMENT_TARGETS.filter((t) => t.q1Amount != null).flatMap((t) => {
    const organisationId = ids.org.get(t.organisationCode);
    const indicatorId = ids.indicator.get(t.indicatorCode);
    return organisationId && indicatorId ? [{
      year: t.year, organisation_id: organisationId, indicator_id: indicatorId, through_month: 3,
      amount_target: toScaled(dec(t.q1Amount!)), amount_comparator: 'ge' as const,
      source: 'document', source_ref: t.source.file, source_quote: t.source.quote, updated_at: now,
    }] : [];
  });
  await insertChunked(rows, (chunk) => trx.insertInto('period_targets').values(chunk).execute());
}

/**
 * Loads the indicator demo built from the seed documents (figures and targets
 * with their file and sentence) completed by the deterministic synthetic
 * generator. Does nothing when figures already exist.
 */
export async function seedIndicatorDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db } = database;
  // The seed documents themselves, taken in with their figures for review and search (documents feature).
  const ingested = await seedDocumentsDemo(database, clock);
  if (await db.selectFrom('figures').select('id').limit(1).executeTakeFirst()) return ingested;
  const now = clock.now().toISOString();
  const documents = documentIndex();
  const audit = new AuditTrail(db, database.dialect, clock);
  await db.transaction().execute(async (trx) => {
    const indicators = await trx.selectFrom('indicators').select(['id', 'code', 'frequency']).execute();
    const ids: Ids = {
      org: new Map((await trx.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id])),
      indicator: new Map(indicators.map((i) => [i.code, i.id])),
      frequency: new Map(indicators.map((i) => [i.code, i.frequency])),
    };
    let figures = 0;
    let previous: { year: number; figures: SyntheticFigure[] } | null = null;
    for (const { year, throughMonth, approvedThrough } of DEMO_YEARS) {
      // Consecutive demo years are chained, so "last year" of one is the year before as generated.
      const anchors = previous?.year === year - 1 ? [...DOCUMENT_FIGURES, ...asAnchors(previous.figures)] : DOCUMENT_FIGURES;
      const generated = syntheticYear({ year, throughMonth }, anchors, DOCUMENT_TARGETS, DOCUMENT_VERDICTS);
      previous = { year, figures: generated.figures };
      const approved = generated.figures.filter((f) => f.month <= (approvedThrough ?? throughMonth));
      figures += await writeMonths(trx, ids, approved, documents, now);
      figures += await writeMonths(trx, ids, generated.lastYear, documents, now);
      const documentTargets = new Map(DOCUMENT_TARGETS.filter((t) => t.year === year && t.throughMonth === undefined).map((t) => [`${t.organisationCode}|${t.indicatorCode}`, t]));
      // The Q1 share a document states for a unit's targets (003: "一季度完成全年目标任务30%以上").
      const q1Shares = new Map(DOCUMENT_TARGETS.filter((t) => t.year === year && t.q1Share).map((t) => [`${t.organisationCode}|${t.indicatorCode}`, dec(t.q1Share!)]));
      const targetRows = generated.targets.flatMap((generatedTarget) => {
        let t = generatedTarget;
        const organisationId = ids.org.get(t.organisationCode);
        const indicatorId = ids.indicator.get(t.indicatorCode);
        if (!organisationId || !indicatorId) return [];
        const doc = documentTargets.get(`${t.organisationCode}|${t.indicatorCode}`);
        // Per-capita income is steered by its growth target; an amount target is taken only from a document.
        if (t.indicatorCode === 'urban_disposable_income' && !doc?.amountTarget) t = { ...t, amountTarget: null, amountComparator: null };
        const q1 = q1Shares.get(`${t.organisationCode}|${t.indicatorCode}`) ?? null;
        // A Q1 share from a document replaces linear time progress; later quarters are interpolated to 100 %.
        const schedule = q1 ? { kind: 'quarterly', shares: [q1, q1.plus(dec(100).minus(q1).div(3)), q1.plus(dec(100).minus(q1).mul(2).div(3)), dec(100)].map((d) => d.toDecimalPlaces(2).toString()) } : null;
        return [targetRow(year, organisationId, indicatorId, t, doc, schedule ? JSON.stringify(schedule) : null, now)];
      });
      await insertChunked(targetRows, (chunk) => trx.insertInto('targets').values(chunk).execute());
      const responsibilityRows = [...ids.org.entries()].flatMap(([code, organisationId]) =>
        generated.targets.some((t) => t.organisationCode === code)
          ? [...ids.indicator.entries()].map(([indicatorCode, indicatorId]) => {
              const department = RESPONSIBLE_DEPARTMENT[indicatorCode] ?? '区发改局';
              return {
                year, organisation_id: organisationId, indicator_id: indicatorId, leader: RESPONSIBLE_LEADER[department] ?? '常务副区长',
                department, task_force: `${department.replace('区', '')}工作专班`, measures: '周调度、月通报，问题清单化闭环管理', updated_at: now,
              };
            })
          : [],
      );
      await insertChunked(responsibilityRows, (chunk) => trx.insertInto('indicator_responsibilities').values(chunk).execute());
    }
    figures += await writeDocumentOnly(trx, ids, documents, now);
    await writeDocumentTargetsOutsideDemoYears(trx, ids, now);
    await writePeriodTargets(trx, ids, now);
    await ensurePeriod(trx, DEMO_OPEN_PERIOD.year, DEMO_OPEN_PERIOD.month, 'open', now);
    // The overlap the documents support, so the city's sums count its ground once (DOMAIN.md "Territorial scope").
    const territoryOverlaps = await seedDemoTerritory(trx, ids.org, now);
    await audit.append(trx, null, { action: AuditActions.systemSeedIndicatorDemo, entityType: AuditEntityTypes.system, after: { figures, years: DEMO_YEARS.map((y) => y.year), territoryOverlaps } });
  });
  await refreshPlannerStatistics(database);
  return true;
}
