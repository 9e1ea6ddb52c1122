import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, dec } from '@hongtu/domain';
import { INDICATOR_CATALOGUE } from '../../../features/indicators/indicator-catalogue';
import { DOCUMENT_FIGURES, DOCUMENT_TARGETS, DOCUMENT_VERDICTS } from './document-figures';
import { amountInQuote, growthInQuote } from './quoted-numbers';
import { SYNTHETIC_ORGANISATIONS } from './synthetic';

// The seed documents, kept in the repository beside the demo loader.
const SEEDS = path.resolve(import.meta.dirname, '../documents');
const seedText = new Map<string, string>(readdirSync(SEEDS).map((f) => [f, readFileSync(path.join(SEEDS, f), 'utf8')]));

const ORGANISATION_CODES = new Set(['420100', ...SYNTHETIC_ORGANISATIONS.map((o) => o.code)]);
const INDICATORS = new Map(INDICATOR_CATALOGUE.map((d) => [d.code, d]));
const DECIMAL = /^-?\d+(\.\d+)?$/;

const sources = [
  ...DOCUMENT_FIGURES.map((f) => f.source),
  ...DOCUMENT_TARGETS.flatMap((t) => (t.q1ShareSource ? [t.source, t.q1ShareSource] : [t.source])),
  ...DOCUMENT_VERDICTS.map((v) => v.source),
];

describe('document figures and targets', () => {
  it('finds the seed directory', () => {
    expect(seedText.size).toBeGreaterThanOrEqual(5);
  });

  it.each(sources.map((s) => [s.file, s.quote] as const))('quote is verbatim in %s: %s', (file, quote) => {
    const text = seedText.get(file);
    expect(text, `seed file ${file}`).toBeDefined();
    expect(quote.length).toBeGreaterThan(5);
    expect(text!.includes(quote)).toBe(true);
  });

  it('uses known organisation and indicator codes', () => {
    for (const r of [...DOCUMENT_FIGURES, ...DOCUMENT_TARGETS]) {
      expect(ORGANISATION_CODES.has(r.organisationCode), r.organisationCode).toBe(true);
      expect(INDICATORS.has(r.indicatorCode), r.indicatorCode).toBe(true);
    }
  });

  it('figures have a period, a value or a growth, and exact decimal strings', () => {
    for (const f of DOCUMENT_FIGURES) {
      expect(f.month).toBeGreaterThanOrEqual(1);
      expect(f.month).toBeLessThanOrEqual(12);
      expect(f.year).toBeGreaterThanOrEqual(2015);
      expect(f.ytdValue !== null || f.reportedYoy !== null).toBe(true);
      if (f.ytdValue !== null) expect(f.ytdValue).toMatch(DECIMAL);
      if (f.reportedYoy !== null) expect(f.reportedYoy).toMatch(DECIMAL);
      // Counts and 元 are whole numbers.
      if (f.ytdValue !== null && INDICATORS.get(f.indicatorCode)!.decimals === 0) expect(f.ytdValue).toMatch(/^\d+$/);
    }
  });

  it('has one figure per organisation, indicator and period', () => {
    const keys = DOCUMENT_FIGURES.map((f) => `${f.organisationCode}|${f.indicatorCode}|${f.year}|${f.month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('targets carry a comparator with every value', () => {
    for (const t of DOCUMENT_TARGETS) {
      expect(t.amountTarget !== null || t.growthTarget !== null || t.q1Amount != null).toBe(true);
      expect(t.amountTarget === null).toBe(t.amountComparator === null);
      expect(t.growthTarget === null).toBe(t.growthComparator === null);
      for (const v of [t.amountTarget, t.growthTarget, t.q1Amount, t.q1Share]) if (v != null) expect(v).toMatch(DECIMAL);
    }
  });

  it('reads the figures named in the brief', () => {
    const find = (org: string, ind: string, year: number, month: number) =>
      DOCUMENT_FIGURES.find((f) => f.organisationCode === org && f.indicatorCode === ind && f.year === year && f.month === month);
    expect(find('420107', 'fixed_asset_investment', 2019, 1)).toMatchObject({ ytdValue: '11.02', reportedYoy: '14.5' });
    expect(find('420117', 'fixed_asset_investment', 2019, 2)).toMatchObject({ ytdValue: '45', reportedYoy: '47.7' });
    expect(find('420106', 'gdp', 2022, 9)).toMatchObject({ ytdValue: '1202', reportedYoy: '4.5' });
    expect(find('420106', 'utilized_foreign_capital', 2022, 9)).toMatchObject({ ytdValue: '3.12' });
    expect(find('420106', 'fdi', 2022, 9)).toMatchObject({ ytdValue: '1.13' });
    expect(find('420106', 'gdp', 2017, 6)).toMatchObject({ ytdValue: '525.69', reportedYoy: '8.1' });
    expect(find('420106', 'utilized_foreign_capital', 2017, 6)).toMatchObject({ ytdValue: '1.983' });
  });

  it('keeps plans out of the figures', () => {
    // "江岸区…年内完成投资306亿元，一季度完成投资93亿元" is a plan.
    expect(DOCUMENT_FIGURES.some((f) => f.organisationCode === '420102')).toBe(false);
    const jiangan = DOCUMENT_TARGETS.find((t) => t.organisationCode === '420102' && t.indicatorCode === 'fixed_asset_investment');
    expect(jiangan).toMatchObject({ year: 2019, amountTarget: '306', amountComparator: 'ge', q1Amount: '93' });
  });

  it('reads the Traditional-character targets of 西塞山区 as Q1 targets, with the Q1 share', () => {
    const xss = DOCUMENT_TARGETS.filter((t) => t.organisationCode === '420203' && t.indicatorCode !== 'enterprises_entering_scale');
    expect(xss.map((t) => t.indicatorCode).sort()).toEqual(
      ['fixed_asset_investment', 'gdp', 'general_budget_revenue', 'industrial_output', 'industrial_value_added', 'retail_sales'].sort(),
    );
    expect(DOCUMENT_TARGETS.find((t) => t.indicatorCode === 'enterprises_entering_scale')).toMatchObject({ organisationCode: '420203', q1Amount: '6', throughMonth: 3 });
    // Q1 targets, not annual ones: the amount is a period target through March.
    for (const t of xss) expect(t).toMatchObject({ year: 2023, q1Share: '30', throughMonth: 3, amountTarget: null });
    expect(xss.find((t) => t.indicatorCode === 'gdp')).toMatchObject({ growthTarget: '9', growthComparator: 'ge' });
    expect(xss.find((t) => t.indicatorCode === 'fixed_asset_investment')).toMatchObject({ q1Amount: '23.54', growthTarget: '20' });
  });

  // The citation rule: a value labelled as a document's is a number the quote writes.
  const citedFigures = DOCUMENT_FIGURES.filter((f) => !f.estimate);
  it.each(citedFigures.map((f) => [`${f.organisationCode} ${f.indicatorCode} ${f.year}-${f.month}`, f] as const))(
    'figure %s: its value and growth are written in its quote', (_, f) => {
      if (f.ytdValue !== null) expect(amountInQuote(f.ytdValue, f.source.quote), `${f.ytdValue} in ${f.source.quote}`).toBe(true);
      if (f.reportedYoy !== null) expect(growthInQuote(f.reportedYoy, f.source.quote), `${f.reportedYoy} in ${f.source.quote}`).toBe(true);
    },
  );
  const citedTargets = DOCUMENT_TARGETS.filter((t) => !t.derived);
  it.each(citedTargets.map((t) => [`${t.organisationCode} ${t.indicatorCode} ${t.year}`, t] as const))(
    'target %s: its amounts and growth are written in its quote', (_, t) => {
      for (const v of [t.amountTarget, t.q1Amount]) if (v != null) expect(amountInQuote(v, t.source.quote), `${v} in ${t.source.quote}`).toBe(true);
      if (t.growthTarget !== null) expect(growthInQuote(t.growthTarget, t.source.quote), `${t.growthTarget} in ${t.source.quote}`).toBe(true);
      if (t.q1Share != null) expect(amountInQuote(t.q1Share, (t.q1ShareSource ?? t.source).quote)).toBe(true);
    },
  );

  it('the citation check refuses numbers a quote does not write', () => {
    expect(amountInQuote('1.983', '上半年实际利用外资19830万美元,同比增幅24.7%。')).toBe(true);
    expect(amountInQuote('22900', '实现城镇新增就业2.29万人')).toBe(true);
    expect(amountInQuote('3.2', '城镇登记失业率控制在3.20%以内')).toBe(true);
    expect(amountInQuote('1.98', '上半年实际利用外资19830万美元')).toBe(false);
    expect(amountInQuote('2290', '实现城镇新增就业2.29万人')).toBe(false);
    expect(growthInQuote('3.2', 'GDP完成1202亿元、增速4.5%,增速相较上半年提升1.3个百分点;')).toBe(false);
    expect(growthInQuote('-4.7', '同比下降4.7%')).toBe(true);
    expect(growthInQuote('-4.7', '同比增长4.7%')).toBe(false);
  });

  it('keeps estimates, ceilings and derived rates out of the cited figures', () => {
    // 新洲区 "1-2月预计完成" and 汉阳区 "预计全年" are estimates, not actuals.
    expect(DOCUMENT_FIGURES.filter((f) => f.source.quote.includes('预计')).every((f) => f.estimate)).toBe(true);
    // "控制在…以内" is a ceiling: a ≤ target, never a figure.
    expect(DOCUMENT_FIGURES.some((f) => f.source.quote.includes('以内') && f.indicatorCode === 'registered_unemployment_rate')).toBe(false);
    const ceilings = DOCUMENT_TARGETS.filter((t) => t.indicatorCode === 'registered_unemployment_rate');
    expect(ceilings.map((t) => [t.year, t.amountTarget, t.amountComparator])).toEqual([[2017, '3.20', 'le'], [2022, '2.81', 'le']]);
    // 004's H1 GDP growth is implied (4.5 − 1.3), not stated.
    expect(DOCUMENT_FIGURES.some((f) => f.organisationCode === '420106' && f.indicatorCode === 'gdp' && f.year === 2022 && f.month === 6)).toBe(false);
  });

  it('derives the 2022 market-entity target of 武昌区 from the completion rate', () => {
    const t = DOCUMENT_TARGETS.find((x) => x.organisationCode === '420106' && x.indicatorCode === 'new_market_entities' && x.year === 2022)!;
    const f = DOCUMENT_FIGURES.find((x) => x.organisationCode === '420106' && x.indicatorCode === 'new_market_entities' && x.year === 2022)!;
    // 22768 / target rounds to 91.22 %.
    const rate = dec(f.ytdValue!).dividedBy(dec(t.amountTarget!)).times(100).toDecimalPlaces(2);
    expect(compare(rate, '91.22')).toBe(0);
  });
});
