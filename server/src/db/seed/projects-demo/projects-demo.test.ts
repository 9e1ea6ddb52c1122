import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject, dec, toScaled } from '@hongtu/domain';
import { projectListSchema, projectReportListSchema } from '@hongtu/contracts/projects';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { toSimplified } from '../../../platform/text/chinese';
import { DOCUMENT_PROJECTS, SYNTHETIC_PROJECTS } from './document-projects';
import { seedProjectsDemo } from './load';

const SEEDS = path.resolve(import.meta.dirname, '../documents');
const wan = (n: number) => toScaled(dec(n));

describe('demo projects', () => {
  it.each(DOCUMENT_PROJECTS.map((p) => [p.name, p.source!.file, p.source!.quote] as const))('%s is named verbatim in %s', (name, file, quote) => {
    const text = readFileSync(path.join(SEEDS, file), 'utf8');
    expect(text.includes(quote)).toBe(true);
    expect(toSimplified(quote)).toContain(name);
  });

  it('pass every rule of the domain, as if entered by hand', () => {
    for (const p of [...DOCUMENT_PROJECTS, ...SYNTHETIC_PROJECTS]) {
      const issues = checkProject({
        level: p.level, category: p.category, totalInvestment: wan(p.totalInvestment), annualPlan: wan(p.annualPlan), planYear: p.planYear,
        yearStatus: p.yearStatus, stage: p.stage, ownerCreditCode: null, planned: p.planned, actual: p.actual,
      }, '2026-12-01');
      expect(issues, p.name).toEqual([]);
    }
  });
});

describeEachDialect('projects demo loader', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    expect(await seedProjectsDemo(t.database, t.clock)).toBe(true);
  });
  afterAll(() => t.close());

  it('loads the documents\' projects with their citation and the synthetic ones with reports adding up, once', async () => {
    const reviewer = await t.login('reviewer');
    const list = projectListSchema.parse((await t.app.inject({ method: 'GET', url: '/api/projects?pageSize=100', headers: { cookie: reviewer } })).json());
    // The reviewer sees Wuhan's projects, not 西塞山区's (Huangshi).
    expect(list.total).toBe(DOCUMENT_PROJECTS.filter((p) => p.organisationCode !== '420203').length + SYNTHETIC_PROJECTS.length);
    const cited = await t.database.db.selectFrom('projects').select(['name', 'source', 'source_ref', 'source_quote']).where('name', '=', '联想智能物联网总部').executeTakeFirstOrThrow();
    expect(cited).toMatchObject({ source: 'document', source_ref: '000_0042b9a55ec5e1ea.txt' });
    expect(cited.source_quote).toContain('联想智能物联网总部');

    const digital = list.items.find((i) => i.name === '武昌滨江商务区数字产业园')!;
    const reports = projectReportListSchema.parse((await t.app.inject({ method: 'GET', url: `/api/projects/${digital.id}/reports`, headers: { cookie: reviewer } })).json()).items;
    expect(reports.map((r) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(reports.every((r) => r.status === 'approved')).toBe(true);
    for (const r of reports) expect(Number(r.ytdInvestment)).toBeCloseTo(Number(r.previousYtd ?? 0) + Number(r.monthInvestment), 6);
    // 92 % of time progress: 60,000 × 10/12 × 0.92 = 46,000 by October.
    expect(reports.at(-1)).toMatchObject({ ytdInvestment: '46000', timeProgress: '83.33' });
    expect(await seedProjectsDemo(t.database, t.clock)).toBe(false);
  });
});
