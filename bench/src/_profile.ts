import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './database';
import { generateProvince, REVIEWER, BENCH_PASSWORD } from './generate';
import { SCALES } from './options';
import { login, startApp } from './session';
import { loadFigures, universeOrgs, listIndicators } from '@hongtu/server/src/features/dashboards/dashboards.queries';
import { enabledWarningRules } from '@hongtu/server/src/features/warnings/warning-rules.codec';
import { rulesLookback } from '@hongtu/server/src/features/dashboards/measures';
const clock = { now: () => new Date('2026-01-20T02:00:00Z') };
const d = await openBenchDatabase((process.argv[2] ?? 'sqlite') as 'sqlite', 'postgres://postgres@127.0.0.1:5432/test');
try {
  const g = await generateProvince(d, SCALES.full, clock);
  const app = await startApp(d, clock);
  const cookie = await login(app, REVIEWER, BENCH_PASSWORD);
  const db = d.handle.db;
  const rules = await enabledWarningRules(db);
  console.log('lookback', rulesLookback(rules), rules.length);
  const uni = await universeOrgs(db, g.provincePath);
  const inds = (await listIndicators(db)).filter((i) => i.is_key === 1);
  const q = { organisationIds: uni.map((u) => u.id), statuses: ['approved', 'revision_requested'] as const, year: 2025, month: 9, fromMonth: Math.max(1, 9 - rulesLookback(rules)), lastYearFromMonth: 9, indicatorIds: inds.map((i) => i.id) };
  for (let i = 0; i < 5; i++) await loadFigures(db, q);
  let t = performance.now(); let n = 0;
  for (let i = 0; i < 20; i++) n = (await loadFigures(db, q)).length;
  console.log('loadFigures ms', (performance.now() - t) / 20, 'rows', n);
  t = performance.now();
  for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url: '/api/dashboard/overview?period=2025-09', headers: { cookie } });
  console.log('api ms', (performance.now() - t) / 20);
  await app.close();
} finally { await d.dispose(); }
