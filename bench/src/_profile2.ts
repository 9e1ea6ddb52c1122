import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './database';
import { generateProvince } from './generate';
import { SCALES } from './options';
import { loadFigures, loadTargets, universeOrgs, listIndicators } from '@hongtu/server/src/features/dashboards/dashboards.queries';
const clock = { now: () => new Date('2026-01-20T02:00:00Z') };
const d = await openBenchDatabase((process.argv[2] ?? 'sqlite') as 'sqlite', 'postgres://postgres@127.0.0.1:5432/test');
try {
  const g = await generateProvince(d, SCALES.full, clock);
  const db = d.handle.db;
  const uni = await universeOrgs(db, g.provincePath);
  const inds = (await listIndicators(db)).filter((i) => i.is_key === 1);
  const q = { organisationIds: uni.map((u) => u.id), statuses: ['approved', 'revision_requested'] as const, year: 2025, month: 9, fromMonth: 9, lastYearFromMonth: 9, indicatorIds: inds.map((i) => i.id) };
  const time = async (name: string, fn: () => Promise<unknown>) => { for (let i = 0; i < 3; i++) await fn(); const t = performance.now(); for (let i = 0; i < 10; i++) await fn(); console.log(name, ((performance.now() - t) / 10).toFixed(2), 'ms'); };
  await time('universe', () => universeOrgs(db, g.provincePath));
  await time('figures', () => loadFigures(db, q));
  await time('targets', () => loadTargets(db, q.organisationIds, 2025, q.indicatorIds));
  if (d.handle.sqlite) {
    const s = d.handle.sqlite!;
    const ids = q.organisationIds.join(',');
    const fig = `select s.organisation_id, f.indicator_id from figures f join submissions s on s.id=f.submission_id join reporting_periods p on p.id=s.period_id where s.organisation_id in (${ids}) and s.status in ('approved','revision_requested') and ((p.year=2025 and p.month>=9 and p.month<=9) or (p.year=2024 and p.month>=9 and p.month<=9)) and f.indicator_id in (${q.indicatorIds.join(',')})`;
    console.log(s.prepare('explain query plan ' + fig).all().map((r: any) => r.detail));
    const c = db.selectFrom('figures as f').innerJoin('submissions as s', 's.id', 'f.submission_id').innerJoin('reporting_periods as p', 'p.id', 's.period_id')
      .select(['s.organisation_id', 'f.indicator_id', 'p.year', 'p.month', 'f.ytd_value', 'f.reported_yoy', 'f.source', 'f.source_ref', 'f.source_quote'])
      .where('s.organisation_id', 'in', [...q.organisationIds]).where('s.status', 'in', [...q.statuses])
      .where((eb) => eb.or([eb.and([eb('p.year', '=', q.year), eb('p.month', '>=', q.fromMonth), eb('p.month', '<=', q.month)]), eb.and([eb('p.year', '=', q.year - 1), eb('p.month', '>=', q.lastYearFromMonth), eb('p.month', '<=', q.month)])]))
      .where('f.indicator_id', 'in', [...q.indicatorIds]).compile();
    console.log(c.sql);
    console.log(s.prepare('explain query plan ' + c.sql).all(...c.parameters as any[]).map((r: any) => r.detail));
    let t = performance.now(); for (let i = 0; i < 10; i++) s.prepare(c.sql).all(...c.parameters as any[]); console.log('kysely-sql direct', (performance.now() - t) / 10);
    t = performance.now(); for (let i = 0; i < 10; i++) s.prepare(fig).all(); console.log('literal sql direct', (performance.now() - t) / 10);
    const noIdx = c.sql.replace('and "f"."indicator_id" in', 'and +"f"."indicator_id" in');
    t = performance.now(); for (let i = 0; i < 10; i++) s.prepare(noIdx).all(...c.parameters as any[]); console.log('unary + on indicator_id', (performance.now() - t) / 10);
    t = performance.now(); s.exec('analyze'); console.log('analyze ms', performance.now() - t);
    console.log(s.prepare('explain query plan ' + c.sql).all(...c.parameters as any[]).map((r: any) => r.detail));
    t = performance.now(); for (let i = 0; i < 10; i++) s.prepare(c.sql).all(...c.parameters as any[]); console.log('after analyze', (performance.now() - t) / 10);
    console.log(s.prepare(`explain query plan select * from targets where year=2025 and organisation_id in (${ids}) and indicator_id in (${q.indicatorIds.join(',')})`).all());
  }
} finally { await d.dispose(); }
