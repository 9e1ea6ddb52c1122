import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, isValidCreditCode, toScaled } from '@hongtu/domain';
import { activityListSchema } from '@hongtu/contracts/investment';
import { enterpriseProblemCountsSchema } from '@hongtu/contracts/enterprise-service';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { amountText } from '../../amount-codec';
import { amountInQuote } from '../indicator-demo/quoted-numbers';
import { PROBLEM_GROUPS, SIGNING_GROUPS } from './document-investment';
import { seedInvestmentDemo } from './load';
import { splitTotal, spreadDates } from './split';
import { SYNTHETIC_ENTERPRISES, demoCreditCode } from './synthetic-investment';

const SEEDS = path.resolve(import.meta.dirname, '../documents');
const seed = (file: string) => readFileSync(path.join(SEEDS, file), 'utf8');
const FLAG_WORDS: Record<string, string> = { fortune500: '世界500强', private500: '民营500强', china500: '中国500强' };

describe('investment demo data', () => {
  it.each([...SIGNING_GROUPS, ...PROBLEM_GROUPS].map((g) => [g.file, g.quote] as const))('quote is verbatim in %s: %s', (file, quote) => {
    expect(seed(file).includes(quote)).toBe(true);
  });

  it('states every count and total it loads as a document\'s in its sentence, and the names and flags it gives', () => {
    for (const g of SIGNING_GROUPS) {
      expect(amountInQuote(String(g.count), g.quote), g.quote).toBe(true);
      if (g.total) expect(amountInQuote(g.total, g.quote), g.quote).toBe(true);
      for (const n of g.named) {
        expect(g.quote).toContain(n.project);
        expect(g.quote).toContain(n.investor);
        for (const f of n.flags) expect(g.quote).toContain(FLAG_WORDS[f]);
      }
      for (const city of g.trips) expect(g.quote).toContain(`${city}`);
    }
    for (const g of PROBLEM_GROUPS) {
      expect(amountInQuote(String(g.collected), g.quote)).toBe(true);
      expect(amountInQuote(String(g.solved), g.quote)).toBe(true);
    }
  });

  it('splits a stated total exactly into positive parts and spreads dates inside the period', () => {
    const parts = splitTotal(toScaled(dec('805.8')), 57);
    expect(parts).toHaveLength(57);
    expect(parts.every((p) => p > 0n)).toBe(true);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(toScaled(dec('805.8')));
    const dates = spreadDates('2022-01-10', '2022-09-30', 57);
    expect(dates[0]).toBe('2022-01-10');
    expect(dates.at(-1)).toBe('2022-09-30');
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives demo enterprises credit codes whose check character is right', () => {
    for (let i = 1; i < 200; i++) expect(isValidCreditCode(demoCreditCode('420102', i))).toBe(true);
    expect(SYNTHETIC_ENTERPRISES.every((e) => e.name.includes('演示'))).toBe(true);
  });
});

describeEachDialect('investment demo loader', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    expect(await seedInvestmentDemo(t.database, t.clock)).toBe(true);
  });
  afterAll(() => t.close());

  it('labels every row: a document\'s with its file and a sentence found in it, the rest synthetic', async () => {
    const { db } = t.database;
    for (const table of ['investment_leads', 'investment_contracts', 'investment_activities', 'enterprise_problems', 'enterprises'] as const) {
      const rows = await db.selectFrom(table).select(['demo_source', 'source_file', 'source_quote']).execute();
      expect(rows.length, table).toBeGreaterThan(0);
      for (const r of rows) {
        expect(['document', 'synthetic'], table).toContain(r.demo_source);
        if (r.demo_source === 'document') expect(seed(r.source_file!).includes(r.source_quote!), table).toBe(true);
        else expect([r.source_file, r.source_quote]).toEqual([null, null]);
      }
    }
  });

  it('loads as many signings as each sentence counts, and the contracts it totals add up to its total', async () => {
    const { db } = t.database;
    for (const g of SIGNING_GROUPS) {
      const leads = await db.selectFrom('investment_leads').select(['id', 'stage', 'project_name']).where('demo_source', '=', 'document').where('source_quote', '=', g.quote).execute();
      expect(amountInQuote(String(leads.length), g.quote)).toBe(true);
      expect(leads.length).toBe(g.count);
      for (const n of g.named) expect(leads.map((l) => l.project_name)).toContain(n.project);
      const cited = await db.selectFrom('investment_contracts').select(['amount', 'signed_on']).where('demo_source', '=', 'document').where('source_quote', '=', g.quote).execute();
      if (g.total) {
        expect(cited.length).toBe(g.count);
        const sum = cited.reduce((a, c) => a + BigInt(c.amount), 0n);
        expect(amountInQuote(amountText(sum)!, g.quote), amountText(sum)!).toBe(true);
        expect(cited.every((c) => c.signed_on >= g.from && c.signed_on <= g.to)).toBe(true);
      } else {
        // The sentence states no amount: its contracts' amounts are synthetic and say so.
        expect(cited).toEqual([]);
      }
    }
  });

  it('shows 武昌区\'s trips with the 57 contracts and 805.8 亿元 the report states', async () => {
    const cookie = await t.login('wuchang');
    const wuchang = await t.orgId('420106');
    const list = activityListSchema.parse((await t.app.inject({ method: 'GET', url: '/api/investment/activities?pageSize=100', headers: { cookie } })).json());
    const trips = list.items.filter((a) => a.kind === 'trip' && a.organisationId === wuchang);
    expect(trips.map((a) => a.place).sort()).toEqual(['北京', '杭州', '深圳']);
    expect(trips.reduce((n, a) => n + a.contracts, 0)).toBe(57);
    expect(trips.reduce((s, a) => s.plus(dec(a.signedYiYuan ?? '0')), dec(0)).toString()).toBe('805.8');
  });

  it('counts 江岸区\'s problems as the tour was told: 18 collected, 10 solved', async () => {
    const jiangan = await t.login('jiangan');
    for (const g of PROBLEM_GROUPS) {
      const counts = enterpriseProblemCountsSchema.parse((await t.app.inject({ method: 'GET', url: `/api/enterprise-service/problems/counts?from=${g.from}&to=${g.to}`, headers: { cookie: jiangan } })).json());
      expect(counts.total).toMatchObject({ collected: g.collected, solved: g.solved });
      expect(amountInQuote(String(counts.total.collected), g.quote) && amountInQuote(String(counts.total.solved), g.quote)).toBe(true);
      const rows = await t.database.db.selectFrom('enterprise_problems').select(['satisfaction']).where('source_quote', '=', g.quote).execute();
      // The document states no satisfaction: none is recorded.
      expect(rows.every((r) => r.satisfaction === null)).toBe(true);
      const listed = (await t.app.inject({ method: 'GET', url: '/api/enterprise-service/problems?pageSize=100', headers: { cookie: jiangan } })).json().items as Array<{ raisedOn: string; demo: unknown }>;
      const cited = listed.filter((p) => p.raisedOn >= g.from && p.raisedOn <= g.to);
      expect(cited).toHaveLength(g.collected);
      expect(cited.every((p) => JSON.stringify(p.demo) === JSON.stringify({ source: 'document', file: g.file, quote: g.quote }))).toBe(true);
    }
    expect(await seedInvestmentDemo(t.database, t.clock)).toBe(false);
  });

  it('tells the reader of a lead where it comes from', async () => {
    const cookie = await t.login('reviewer');
    const named = await t.database.db.selectFrom('investment_leads').select('id').where('project_name', '=', '金茂绿建华中总部').executeTakeFirstOrThrow();
    const lead = (await t.app.inject({ method: 'GET', url: `/api/investment/leads/${named.id}`, headers: { cookie } })).json();
    expect(lead.demo).toEqual({ source: 'document', file: SIGNING_GROUPS[1]!.file, quote: SIGNING_GROUPS[1]!.quote });
    const synthetic = await t.database.db.selectFrom('investment_leads').select('id').where('demo_source', '=', 'synthetic').executeTakeFirstOrThrow();
    expect((await t.app.inject({ method: 'GET', url: `/api/investment/leads/${synthetic.id}`, headers: { cookie } })).json().demo).toEqual({ source: 'synthetic', file: null, quote: null });
  });
});
