// The overview the demo would publish for a month, built without a database: the demo's figures
// and targets (db/seed/indicator-demo: seed figures completed by the deterministic generator, stored
// as load.ts stores them) shaped by the dashboards' own shaping function.
import type { Overview } from '@hongtu/contracts/dashboards';
import { dec, isDue, isReportingUnit, REPORTING_UNIT_KINDS, type ReportingUnitKind } from '@hongtu/domain';
import { DOCUMENT_FIGURES, DOCUMENT_TARGETS, DOCUMENT_VERDICTS, type DocumentFigure } from '../../../db/seed/indicator-demo/document-figures';
import { syntheticYear, SYNTHETIC_ORGANISATIONS } from '../../../db/seed/indicator-demo/synthetic';
import { dataset, indicator, org, target, WUHAN_RULES } from '../../dashboards/dashboard-fixtures';
import type { FigureFact } from '../../dashboards/dashboards.model';
import { shapeOverview } from '../../dashboards/overview.shape';
import { INDICATOR_CATALOGUE } from '../../indicators/indicator-catalogue';

export const DEMO_GROUPS = [{ id: 1, name: '中心城区' }, { id: 2, name: '新城区' }, { id: 3, name: '功能区' }];
const GROUP_OF = { central: 1, new_city: 2, zone: 3 } as const;

/** Organisation ids of the fixture: the position in SYNTHETIC_ORGANISATIONS + 100. */
export const demoOrganisationId = (code: string): number => 100 + SYNTHETIC_ORGANISATIONS.findIndex((o) => o.code === code);

const INDICATORS = INDICATOR_CATALOGUE.map((def, i) => indicator(i + 1, def.code, {
  name_zh_cn: def.names['zh-CN'], name_zh_tw: def.names['zh-TW'], name_en: def.names.en, unit: def.unit, kind: def.kind,
  direction: def.direction, decimals: def.decimals, is_key: def.key ? 1 : 0, frequency: def.frequency, growth_basis: def.growthBasis,
  ytd_non_decreasing: def.ytdNonDecreasing ? 1 : 0,
}));

/** A demo unit's kind: its group when that names a reporting unit (the zones), else the first kind, a district. */
const unitKindOf = (group: string): ReportingUnitKind => (isReportingUnit(group) ? group : REPORTING_UNIT_KINDS[0]);

const scaled = (v: string | null) => (v === null ? null : Number(dec(v).times(1_000_000).toFixed(0)));

/**
 * The overview of `year`-`month` over Wuhan's districts and zones, every catalogue indicator, with the
 * figures generated through `throughMonth` (the demo year's last month).
 */
export function demoOverview(year: number, month: number, throughMonth: number): Overview {
  const generated = syntheticYear({ year, throughMonth }, DOCUMENT_FIGURES, DOCUMENT_TARGETS, DOCUMENT_VERDICTS);
  const wuhan = SYNTHETIC_ORGANISATIONS.filter((o) => o.group !== 'other');
  const universe = wuhan.map((o) => ({ ...org(demoOrganisationId(o.code), o.name, [GROUP_OF[o.group as keyof typeof GROUP_OF]]), code: o.code, kind: unitKindOf(o.group) }));
  const ids = new Map(INDICATORS.map((i) => [i.code, i]));
  const docs = new Map<string, DocumentFigure>(DOCUMENT_FIGURES.filter((f) => !f.estimate).map((f) => [`${f.organisationCode}|${f.indicatorCode}|${f.year}|${f.month}`, f]));
  const figures: FigureFact[] = [...generated.figures, ...generated.lastYear].flatMap((f): FigureFact[] => {
    const ind = ids.get(f.indicatorCode);
    if (!ind || !isDue(ind.frequency, f.month) || !wuhan.some((o) => o.code === f.organisationCode)) return [];
    const doc = docs.get(`${f.organisationCode}|${f.indicatorCode}|${f.year}|${f.month}`);
    const base = { organisationId: demoOrganisationId(f.organisationCode), indicatorId: ind.id, year: f.year, month: f.month, adjustedBase: null, sourceRef: null, sourceQuote: null };
    // As load.ts stores it: a document figure with only the growth it states (同口径 as the comparable growth).
    if (doc && doc.ytdValue !== null && dec(doc.ytdValue).equals(dec(f.ytdValue))) {
      const comparable = doc.basis === 'comparable';
      return [{ ...base, ytd: scaled(doc.ytdValue), reportedYoy: comparable ? null : scaled(doc.reportedYoy), reportedYoyComparable: comparable ? scaled(doc.reportedYoy) : null, source: 'document' as const }];
    }
    return [{ ...base, ytd: scaled(f.ytdValue), reportedYoy: scaled(f.reportedYoy), reportedYoyComparable: null, source: 'synthetic' as const }];
  });
  const docTargets = new Map(DOCUMENT_TARGETS.filter((t) => t.year === year && t.throughMonth === undefined).map((t) => [`${t.organisationCode}|${t.indicatorCode}`, t]));
  const targets = generated.targets.flatMap((t) => {
    const ind = ids.get(t.indicatorCode);
    if (!ind || !wuhan.some((o) => o.code === t.organisationCode)) return [];
    const doc = docTargets.get(`${t.organisationCode}|${t.indicatorCode}`);
    // Per-capita income is steered by its growth target; an amount target only from a document (load.ts).
    const amount = t.indicatorCode === 'urban_disposable_income' && !doc?.amountTarget ? null : t.amountTarget;
    return [target(demoOrganisationId(t.organisationCode), ind.id, amount, null, {
      amountComparator: t.amountComparator ?? undefined,
      ...(t.growthTarget === null ? {} : { growth: t.growthTarget, growthComparator: t.growthComparator ?? 'ge' }),
    })];
  });
  const index = dataset({ year, month, universe, indicators: INDICATORS, figures, targets, rules: WUHAN_RULES });
  const periodKey = `${year}-${String(month).padStart(2, '0')}`;
  return shapeOverview(index, { periodKey, rows: universe, includesUnapproved: false });
}
