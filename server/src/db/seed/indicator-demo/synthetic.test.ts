import { describe, expect, it } from 'vitest';
import { compare, dec, div, mul, sub } from '@hongtu/domain';
import { INDICATOR_CATALOGUE } from '../../../features/indicators/indicator-catalogue';
import { DOCUMENT_FIGURES, DOCUMENT_TARGETS, type DocumentFigure } from './document-figures';
import { SYNTHETIC_ORGANISATIONS, asAnchors, mulberry32, syntheticYear, type SyntheticFigure } from './synthetic';
import { INDICATOR_ORDER } from './synthetic-profiles';

const INDICATORS = new Map(INDICATOR_CATALOGUE.map((d) => [d.code, d]));
const ORGS = SYNTHETIC_ORGANISATIONS.map((o) => o.code);
// The generator makes the indicators of its profiles; the catalogue's project and enterprise counts
// have figures only where a document states them.
const GENERATED = INDICATOR_CATALOGUE.filter((d) => (INDICATOR_ORDER as readonly string[]).includes(d.code));
const key = (f: { organisationCode: string; indicatorCode: string }) => `${f.organisationCode}|${f.indicatorCode}`;

function bySeries(figures: SyntheticFigure[]): Map<string, SyntheticFigure[]> {
  const map = new Map<string, SyntheticFigure[]>();
  for (const f of figures) {
    const list = map.get(key(f)) ?? [];
    list.push(f);
    map.set(key(f), list);
  }
  for (const list of map.values()) list.sort((a, b) => a.month - b.month);
  return map;
}

function decimalsOf(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}

/** completion / time progress at month m. */
function progressRatio(ytd: string, target: string, month: number) {
  return div(div(ytd, target), div(month, 12));
}

const YEARS = [2017, 2019, 2020, 2022, 2023, 2025];

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('syntheticYear', () => {
  it('is deterministic: same options → same output; another seed → other output', () => {
    const a = syntheticYear({ year: 2025, throughMonth: 9, seed: 7 }, DOCUMENT_FIGURES);
    const b = syntheticYear({ year: 2025, throughMonth: 9, seed: 7 }, [...DOCUMENT_FIGURES].reverse());
    expect(b).toEqual(a);
    const c = syntheticYear({ year: 2025, throughMonth: 9, seed: 8 }, DOCUMENT_FIGURES);
    expect(c.figures).not.toEqual(a.figures);
  });

  it('gives the same months whatever throughMonth is', () => {
    const nine = syntheticYear({ year: 2024, throughMonth: 9 }, DOCUMENT_FIGURES);
    const twelve = syntheticYear({ year: 2024, throughMonth: 12 }, DOCUMENT_FIGURES);
    expect(twelve.figures.filter((f) => f.month <= 9)).toEqual(nine.figures);
    expect(twelve.targets).toEqual(nine.targets);
  });

  it('rejects an impossible month', () => {
    expect(() => syntheticYear({ year: 2024, throughMonth: 0 }, [])).toThrow(RangeError);
    expect(() => syntheticYear({ year: 2024, throughMonth: 13 }, [])).toThrow(RangeError);
  });

  it.each([1, 6, 12])('has throughMonth = %i figures for every organisation × indicator, and a target each', (throughMonth) => {
    const { figures, lastYear, targets } = syntheticYear({ year: 2024, throughMonth }, DOCUMENT_FIGURES);
    const series = bySeries(figures);
    expect(series.size).toBe(ORGS.length * GENERATED.length);
    expect(GENERATED.length).toBeGreaterThanOrEqual(17);
    for (const org of ORGS) {
      for (const ind of GENERATED) {
        const list = series.get(`${org}|${ind.code}`)!;
        expect(list.map((f) => f.month)).toEqual(Array.from({ length: throughMonth }, (_, i) => i + 1));
      }
    }
    expect(lastYear).toHaveLength(figures.length);
    expect(lastYear.every((f) => f.year === 2023)).toBe(true);
    expect(targets).toHaveLength(ORGS.length * GENERATED.length);
    expect(new Set(targets.map(key)).size).toBe(targets.length);
  });

  it.each(YEARS)('prints exact decimals, keeps cumulative series non-decreasing and lastYearYtd consistent (%i)', (year) => {
    const { figures, lastYear } = syntheticYear({ year, throughMonth: 12 }, DOCUMENT_FIGURES);
    const anchored = new Set(DOCUMENT_FIGURES.map((a) => `${a.organisationCode}|${a.indicatorCode}|${a.year}|${a.month}`));
    const lastYearByKey = new Map(lastYear.map((f) => [`${key(f)}|${f.month}`, f]));
    for (const [k, list] of bySeries(figures)) {
      const def = INDICATORS.get(list[0]!.indicatorCode)!;
      for (let i = 0; i < list.length; i++) {
        const f = list[i]!;
        expect(f.ytdValue).toMatch(/^-?\d+(\.\d+)?$/);
        if (!anchored.has(`${k}|${year}|${f.month}`)) expect(decimalsOf(f.ytdValue)).toBe(def.decimals);
        expect(f.lastYearYtd).toBe(lastYearByKey.get(`${k}|${f.month}`)!.ytdValue);
        // January of a tiny 亿美元 series may round to 0.00; the year never does.
        expect(compare(f.ytdValue, 0)).toBeGreaterThanOrEqual(0);
        if (f.month === 12) expect(compare(f.ytdValue, 0)).toBeGreaterThan(0);
        if (def.ytdNonDecreasing && i > 0) expect(compare(f.ytdValue, list[i - 1]!.ytdValue), `${k} month ${f.month}`).toBeGreaterThanOrEqual(0);
      }
    }
    for (const [k, list] of bySeries(lastYear)) {
      const def = INDICATORS.get(list[0]!.indicatorCode)!;
      for (let i = 1; i < list.length; i++) {
        if (def.ytdNonDecreasing) expect(compare(list[i]!.ytdValue, list[i - 1]!.ytdValue), k).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('has January and February low and December high (cumulative month values)', () => {
    const { figures } = syntheticYear({ year: 2024, throughMonth: 12 }, []);
    for (const [k, list] of bySeries(figures)) {
      const def = INDICATORS.get(list[0]!.indicatorCode)!;
      if (def.kind === 'ratio') continue;
      const month = (m: number) => (m === 1 ? dec(list[0]!.ytdValue) : sub(list[m - 1]!.ytdValue, list[m - 2]!.ytdValue));
      const average = div(list[11]!.ytdValue, 12);
      expect(compare(month(12), average), `${k} December`).toBeGreaterThan(0);
      if (def.code !== 'urban_disposable_income' && def.code !== 'retail_sales') {
        expect(compare(list[1]!.ytdValue, mul(average, 2)), `${k} Jan–Feb`).toBeLessThan(0);
      }
    }
  });

  it('stays within plausible magnitudes (full year, around 2022)', () => {
    const { figures } = syntheticYear({ year: 2022, throughMonth: 12 }, []);
    const annual = (org: string, ind: string) => Number(figures.find((f) => f.organisationCode === org && f.indicatorCode === ind && f.month === 12)!.ytdValue);
    const wuhan = ORGS.filter((o) => o !== '420203');
    for (const org of wuhan) {
      expect(annual(org, 'gdp')).toBeGreaterThanOrEqual(450);
      expect(annual(org, 'gdp')).toBeLessThanOrEqual(2750);
      expect(annual(org, 'general_budget_revenue')).toBeLessThanOrEqual(220);
      expect(annual(org, 'utilized_foreign_capital')).toBeLessThanOrEqual(11);
      expect(annual(org, 'new_market_entities')).toBeGreaterThanOrEqual(4500);
      expect(annual(org, 'new_market_entities')).toBeLessThanOrEqual(44000);
      const income = annual(org, 'urban_disposable_income');
      expect(income).toBeGreaterThanOrEqual(38000);
      expect(income).toBeLessThanOrEqual(77000);
    }
    const output = wuhan.map((o) => [o, annual(o, 'industrial_output')] as const).sort((a, b) => b[1] - a[1]);
    expect(output.slice(0, 2).map(([o]) => o).sort()).toEqual(['WH-DHGX', 'WH-JKQ']);
    for (const f of figures.filter((x) => x.indicatorCode === 'registered_unemployment_rate')) {
      expect(Number(f.ytdValue)).toBeGreaterThanOrEqual(1.8);
      expect(Number(f.ytdValue)).toBeLessThanOrEqual(3.8);
    }
  });

  it('keeps growth roughly within −8 % … +25 % away from anchors', () => {
    const { figures } = syntheticYear({ year: 2024, throughMonth: 12 }, []);
    for (const f of figures) {
      const def = INDICATORS.get(f.indicatorCode)!;
      if (def.kind === 'ratio' || f.month < 3) continue;
      if (compare(f.lastYearYtd, 1) < 0) continue; // tiny 亿美元 amounts are too coarse for a rate
      const yoy = Number(mul(sub(div(f.ytdValue, f.lastYearYtd), 1), 100));
      expect(yoy, `${key(f)} ${f.month}`).toBeGreaterThan(-10);
      expect(yoy, `${key(f)} ${f.month}`).toBeLessThan(27);
    }
  });

  it.each([2017, 2019, 2020, 2022])('passes exactly through every document figure of the generated orgs (%i)', (year) => {
    const { figures, lastYear } = syntheticYear({ year, throughMonth: 12 }, DOCUMENT_FIGURES);
    const generated = new Set(ORGS);
    // Estimates (预计) are not anchors.
    const generatedIndicators = new Set(GENERATED.map((d) => d.code));
    const anchors = DOCUMENT_FIGURES.filter((a) => a.year === year && generated.has(a.organisationCode) && generatedIndicators.has(a.indicatorCode) && !a.estimate);
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of anchors) {
      const f = figures.find((x) => x.organisationCode === a.organisationCode && x.indicatorCode === a.indicatorCode && x.month === a.month)!;
      if (a.ytdValue !== null) expect(compare(f.ytdValue, a.ytdValue), `${key(a)} ${a.month}`).toBe(0);
      if (a.reportedYoy !== null) {
        expect(f.reportedYoy).toBe(a.reportedYoy);
        const ly = lastYear.find((x) => key(x) === key(a) && x.month === a.month)!;
        // The naive YoY agrees with the reported one to the reported precision.
        const naive = mul(sub(div(f.ytdValue, ly.ytdValue), 1), 100);
        expect(Math.abs(Number(sub(naive, a.reportedYoy)))).toBeLessThan(0.06);
      }
    }
  });

  it('honours previous-year anchors and anchors that have more decimals than the indicator', () => {
    const extra: DocumentFigure[] = [
      { organisationCode: '420113', indicatorCode: 'fdi', year: 2023, month: 6, ytdValue: '0.137', reportedYoy: null, source: { file: 'x', quote: 'x' } },
      { organisationCode: '420113', indicatorCode: 'fdi', year: 2024, month: 3, ytdValue: '0.05', reportedYoy: '10', source: { file: 'x', quote: 'x' } },
      { organisationCode: '420113', indicatorCode: 'fdi', year: 2024, month: 9, ytdValue: '0.2', reportedYoy: null, source: { file: 'x', quote: 'x' } },
    ];
    const { figures, lastYear } = syntheticYear({ year: 2024, throughMonth: 12 }, extra);
    const series = figures.filter((f) => f.organisationCode === '420113' && f.indicatorCode === 'fdi');
    const ly = lastYear.filter((f) => f.organisationCode === '420113' && f.indicatorCode === 'fdi');
    expect(ly[5]!.ytdValue).toBe('0.137');
    expect(series[2]!.ytdValue).toBe('0.05');
    expect(compare(series[8]!.ytdValue, '0.2')).toBe(0);
    for (let i = 1; i < 12; i++) {
      expect(compare(series[i]!.ytdValue, series[i - 1]!.ytdValue)).toBeGreaterThanOrEqual(0);
      expect(compare(ly[i]!.ytdValue, ly[i - 1]!.ytdValue)).toBeGreaterThanOrEqual(0);
    }
  });

  it('chains consecutive demo years: last year of Y + 1 equals the figures of Y', () => {
    const y2022 = syntheticYear({ year: 2022, throughMonth: 9 }, DOCUMENT_FIGURES, DOCUMENT_TARGETS);
    const y2023 = syntheticYear({ year: 2023, throughMonth: 9 }, [...DOCUMENT_FIGURES, ...asAnchors(y2022.figures)], DOCUMENT_TARGETS);
    const earlier = new Map(y2022.figures.map((f) => [`${key(f)}|${f.month}`, f.ytdValue]));
    for (const f of y2023.lastYear) expect(f.ytdValue, `${key(f)} ${f.month}`).toBe(earlier.get(`${key(f)}|${f.month}`));
    for (const f of y2023.figures) expect(f.lastYearYtd).toBe(earlier.get(`${key(f)}|${f.month}`));
    // 武昌区 2022 Q1–3 stays as documented.
    expect(y2023.lastYear.find((f) => f.organisationCode === '420106' && f.indicatorCode === 'gdp' && f.month === 9)!.ytdValue).toBe('1202.00');
  });

  it.each([2019, 2022, 2024, 2025])('shows a card mix for fixed-asset investment at month 9 (%i)', (year) => {
    const { figures, targets } = syntheticYear({ year, throughMonth: 9 }, DOCUMENT_FIGURES, DOCUMENT_TARGETS);
    const ratios = ORGS.map((org) => {
      const f = figures.find((x) => x.organisationCode === org && x.indicatorCode === 'fixed_asset_investment' && x.month === 9)!;
      const t = targets.find((x) => x.organisationCode === org && x.indicatorCode === 'fixed_asset_investment')!;
      return progressRatio(f.ytdValue, t.amountTarget!, 9);
    });
    const red = ratios.filter((r) => compare(r, '0.6') < 0).length;
    const yellow = ratios.filter((r) => compare(r, '0.6') >= 0 && compare(r, '0.8') < 0).length;
    const ahead = ratios.filter((r) => compare(r, 1) >= 0).length;
    expect(red).toBeGreaterThanOrEqual(1);
    expect(yellow).toBeGreaterThanOrEqual(1);
    expect(ahead).toBeGreaterThanOrEqual(1);
    expect(red + yellow).toBeLessThanOrEqual(ORGS.length / 2);
  });

  it('takes document targets whole, as stated, and leaves Q1 targets out of the annual ones', () => {
    const { targets } = syntheticYear({ year: 2021, throughMonth: 3 }, DOCUMENT_FIGURES, DOCUMENT_TARGETS);
    // 汉阳区 "招商引资实际到位资金突破650亿元": an amount and no growth.
    const funds = targets.find((t) => t.organisationCode === '420105' && t.indicatorCode === 'investment_funds_in_place')!;
    expect(funds).toMatchObject({ amountTarget: '650.00', amountComparator: 'ge', growthTarget: null, growthComparator: null });
    const gdp = targets.find((t) => t.organisationCode === '420105' && t.indicatorCode === 'gdp')!;
    expect(gdp).toMatchObject({ amountTarget: null, growthTarget: '10', growthComparator: 'ge' });
    // 003's figures are Q1 targets: the annual ones stay synthetic.
    const y2023 = syntheticYear({ year: 2023, throughMonth: 3 }, DOCUMENT_FIGURES, DOCUMENT_TARGETS).targets;
    const fai = y2023.find((t) => t.organisationCode === '420203' && t.indicatorCode === 'fixed_asset_investment')!;
    expect(fai.amountTarget).not.toBe('23.54');
  });

  it('puts the units of a document verdict ahead of time progress', () => {
    const verdict = { organisationCode: '420106', indicatorCodes: ['investment_funds_in_place', 'fdi'], year: 2022, month: 9, verdict: 'ahead_of_time_progress' as const, source: { file: 'x', quote: 'x' } };
    const { figures, targets } = syntheticYear({ year: 2022, throughMonth: 9 }, DOCUMENT_FIGURES, [], [verdict]);
    for (const code of verdict.indicatorCodes) {
      const f = figures.find((x) => x.organisationCode === '420106' && x.indicatorCode === code && x.month === 9)!;
      const t = targets.find((x) => x.organisationCode === '420106' && x.indicatorCode === code)!;
      expect(compare(progressRatio(f.ytdValue, t.amountTarget!, 9), 1), code).toBeGreaterThan(0);
    }
  });

  it('gives rate targets as ceilings and amount targets as floors', () => {
    const { targets } = syntheticYear({ year: 2024, throughMonth: 12 }, DOCUMENT_FIGURES);
    for (const t of targets) {
      const def = INDICATORS.get(t.indicatorCode)!;
      expect(t.amountTarget).not.toBeNull();
      expect(decimalsOf(t.amountTarget!)).toBe(def.decimals);
      expect(compare(t.amountTarget!, 0)).toBeGreaterThan(0);
      if (def.direction === 'lower') {
        expect(t.amountComparator).toBe('le');
        expect(t.growthTarget).toBeNull();
      } else {
        expect(t.amountComparator).toBe('ge');
        expect(t.growthTarget).toMatch(/^-?\d+$/);
      }
    }
  });
});
