import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './database';
import { generateProvince, REVIEWER, BENCH_PASSWORD } from './generate';
import { SCALES } from './options';
import { login, startApp } from './session';
const clock = { now: () => new Date('2026-01-20T02:00:00Z') };
const d = await openBenchDatabase((process.argv[2] ?? 'sqlite') as 'sqlite', 'postgres://postgres@127.0.0.1:5432/test');
try {
  await generateProvince(d, SCALES.full, clock);
  const app = await startApp(d, clock);
  const cookie = await login(app, REVIEWER, BENCH_PASSWORD);
  for (let i = 0; i < 10; i++) await app.inject({ method: 'GET', url: '/api/dashboard/overview?period=2025-09', headers: { cookie } });
  const { Session } = await import('node:inspector/promises');
  const s = new Session(); s.connect();
  await s.post('Profiler.enable'); await s.post('Profiler.start');
  const t = performance.now();
  for (let i = 0; i < 40; i++) await app.inject({ method: 'GET', url: '/api/dashboard/overview?period=2025-09', headers: { cookie } });
  console.log('api ms', (performance.now() - t) / 40);
  const { profile } = await s.post('Profiler.stop');
  const self = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => { const n = nodes.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(node_modules|src)\//, '$1/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / total * 100).toFixed(1) + '%', k);
  // by file
  const byFile = new Map<string, number>();
  for (const [k, v] of self) { const f = k.split(' ')[1]!.split(':')[0]!.replace(/^node_modules\/([^/]+).*/, 'nm:$1'); byFile.set(f, (byFile.get(f) ?? 0) + v); }
  console.log('--- by file');
  for (const [k, v] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log((v / total * 100).toFixed(1) + '%', k);
  await app.close();
} finally { await d.dispose(); }
