// Scoring extracted figures against a hand-made gold set (README.md beside this file).
//
// A gold record is aligned with an extracted one when their quotes overlap in the text and they
// carry the same number (the value, or the growth when the gold has no value, or the points),
// compared without its sign so that a wrong sign is scored as a wrong sign, not as a miss.
// A record is right when entity, indicator, period, value, unit and growth all equal the gold's.
// Indicators outside the catalogue are written as names; one name containing the other counts as
// the same ("新开工项目" / "已新开工项目"). That is lenient (占比 passes for 区本级产值占比), so two
// stricter counts stand beside it: the record with the indicator exactly the gold's, and that with
// the kind right too.
import type { ExtractedFigure } from '../figures';

export interface GoldFigure {
  entity: string;
  indicator: string;
  period: string;
  kind: string;
  value: string | null;
  unit: string | null;
  yoy_pct: string | null;
  vs_time_progress_pp: string | null;
  comparator: string | null;
  quote: string;
}

export interface GoldDocument {
  document: string;
  origin?: string;
  documentDate: string | null;
  defaultEntity: { kind: 'organisation'; key: string; name: string } | null;
  language: string;
  /** The part of the text the gold covers (first and last marker), or null for all of it. */
  coverage: { from: string; to: string } | null;
  figures: GoldFigure[];
}

export const FIELDS = ['entity', 'indicator', 'period', 'kind', 'value', 'unit', 'yoy_pct', 'vs_time_progress_pp', 'comparator'] as const;
export type Field = (typeof FIELDS)[number];

export interface Score {
  gold: number;
  extracted: number;
  recordsRight: number;
  precision: number;
  recall: number;
  /** Records right with the indicator exactly the gold's (code or name), not one name inside the other. */
  exact: { recordsRight: number; precision: number; recall: number };
  /** Exact records with the kind (actual, target, plan, forecast) right too. */
  exactWithKind: { recordsRight: number; precision: number; recall: number };
  byField: Record<Field, { right: number; precision: number; recall: number }>;
  aligned: number;
  unitRight: number;
  signRight: number;
  unitAndSignRight: number;
  misses: GoldFigure[];
  wrong: Array<{ gold: GoldFigure; got: ExtractedFigure; fields: Field[] }>;
  extra: ExtractedFigure[];
}

const num = (s: string | null) => (s === null ? null : Number(s));
const absEq = (a: string | null, b: string | null) => a !== null && b !== null && Math.abs(num(a)!) === Math.abs(num(b)!);
const signOf = (s: string | null) => (s === null ? 0 : Math.sign(num(s)!));

export function sameIndicator(gold: string, got: string): boolean {
  if (gold === got) return true;
  if (/^[a-z_]+$/.test(gold) || /^[a-z_]+$/.test(got)) return false;
  return got.length >= 2 && (gold.includes(got) || got.includes(gold));
}

function fieldRight(field: Field, g: GoldFigure, e: ExtractedFigure): boolean {
  switch (field) {
    case 'indicator':
      return sameIndicator(g.indicator, e.indicator);
    case 'value':
    case 'yoy_pct':
    case 'vs_time_progress_pp': {
      const a = g[field];
      const b = e[field];
      return a === null ? b === null : b !== null && num(a) === num(b);
    }
    default:
      return (g[field] ?? null) === (e[field] ?? null);
  }
}

const RECORD_FIELDS: readonly Field[] = ['entity', 'indicator', 'period', 'value', 'unit', 'yoy_pct'];

/** The [start, end) the gold covers in `text`. */
export function coverageOf(text: string, doc: GoldDocument): { start: number; end: number } {
  if (!doc.coverage) return { start: 0, end: text.length };
  const start = text.indexOf(doc.coverage.from);
  const end = text.indexOf(doc.coverage.to, Math.max(0, start));
  if (start < 0 || end < 0) throw new Error(`${doc.document}: coverage markers not found`);
  return { start, end };
}

/** Every gold quote must be in the text: returns the quotes that are not. */
export function missingQuotes(text: string, doc: GoldDocument): string[] {
  return doc.figures.filter((f) => !text.includes(f.quote)).map((f) => f.quote);
}

function mainNumberMatches(g: GoldFigure, e: ExtractedFigure): boolean {
  if (g.value !== null) return absEq(g.value, e.value);
  if (g.yoy_pct !== null) return e.value === null && absEq(g.yoy_pct, e.yoy_pct);
  return e.value === null && absEq(g.vs_time_progress_pp, e.vs_time_progress_pp);
}

/** Aligns and scores one or more documents (their counts add up). */
export function score(docs: ReadonlyArray<{ text: string; gold: GoldDocument; extracted: readonly ExtractedFigure[] }>): Score {
  let gold = 0;
  let extracted = 0;
  let recordsRight = 0;
  let exactRight = 0;
  let exactWithKindRight = 0;
  let aligned = 0;
  let unitRight = 0;
  let signRight = 0;
  let unitAndSignRight = 0;
  const fieldRightCount = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: GoldFigure[] = [];
  const wrong: Score['wrong'] = [];
  const extra: ExtractedFigure[] = [];
  for (const { text, gold: doc, extracted: all } of docs) {
    const cover = coverageOf(text, doc);
    const inCover = all.filter((e) => e.start >= cover.start && e.end <= cover.end + 1);
    gold += doc.figures.length;
    extracted += inCover.length;
    const used = new Set<ExtractedFigure>();
    for (const g of doc.figures) {
      // the occurrence of the quote inside the covered part
      let qs = text.indexOf(g.quote, cover.start);
      if (qs < 0) qs = text.indexOf(g.quote);
      const qe = qs + g.quote.length;
      const candidates = inCover.filter((e) => !used.has(e) && e.start < qe && e.end > qs && mainNumberMatches(g, e));
      const e = candidates.find((c) => RECORD_FIELDS.every((f) => fieldRight(f, g, c))) ?? candidates[0];
      if (!e) {
        misses.push(g);
        continue;
      }
      used.add(e);
      aligned += 1;
      const bad = FIELDS.filter((f) => !fieldRight(f, g, e));
      for (const f of FIELDS) if (!bad.includes(f)) fieldRightCount[f] += 1;
      if (RECORD_FIELDS.every((f) => !bad.includes(f))) {
        recordsRight += 1;
        if (g.indicator === e.indicator) exactRight += 1;
        if (g.indicator === e.indicator && !bad.includes('kind')) exactWithKindRight += 1;
      } else wrong.push({ gold: g, got: e, fields: bad });
      const uRight = (g.unit ?? null) === (e.unit ?? null);
      const sRight = signOf(g.value) === signOf(e.value) && signOf(g.yoy_pct) === signOf(e.yoy_pct) && signOf(g.vs_time_progress_pp) === signOf(e.vs_time_progress_pp);
      if (uRight) unitRight += 1;
      if (sRight) signRight += 1;
      if (uRight && sRight) unitAndSignRight += 1;
    }
    for (const e of inCover) if (!used.has(e)) extra.push(e);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const byField = Object.fromEntries(
    FIELDS.map((f) => [f, { right: fieldRightCount[f], precision: ratio(fieldRightCount[f], extracted), recall: ratio(fieldRightCount[f], gold) }]),
  ) as Score['byField'];
  return {
    gold,
    extracted,
    recordsRight,
    precision: ratio(recordsRight, extracted),
    recall: ratio(recordsRight, gold),
    exact: { recordsRight: exactRight, precision: ratio(exactRight, extracted), recall: ratio(exactRight, gold) },
    exactWithKind: { recordsRight: exactWithKindRight, precision: ratio(exactWithKindRight, extracted), recall: ratio(exactWithKindRight, gold) },
    byField,
    aligned,
    unitRight,
    signRight,
    unitAndSignRight,
    misses,
    wrong,
    extra,
  };
}
