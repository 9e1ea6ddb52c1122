// What a deadline run reports: the result written to bench/results/ and its table.
import type { DialectName } from '@hongtu/server/src/db/connection';
import { REQUEST_CLASSES, type Goal, type Latency } from './deadline-mix';
import type { DeadlineOptions } from './deadline-options';
import type { WaitProfile } from './deadline-server';
import type { Verification } from './deadline-verify';
import type { Machine } from './report';

export interface DeadlineResult {
  kind: 'deadline';
  dialect: DialectName;
  /** The commit measured (--code=head), or the working tree's HEAD with "+tree". */
  commit: string;
  date: string;
  startedAt: string;
  machine: Machine;
  options: Omit<DeadlineOptions, 'dialects' | 'outDir' | 'write' | 'pgUrl'>;
  scenario: {
    period: string;
    deadline: string;
    districts: number;
    operators: number;
    reviewers: number;
    indicatorsPerDistrict: number;
    /** Of which due this month (the rest are reported quarterly or less often). */
    indicatorsDue: number;
    figuresInDatabase: number;
    windowSeconds: number;
  };
  setup: { generateMs: number; serverStartMs: number; loginMs: number; prefillMs: number };
  loadAverage: { before: number[]; windowStart: number[]; windowEnd: number[] };
  /** CPU used during the window, in % of one core: the server process, PostgreSQL's backends for this database, the load's own process. */
  cpu: { serverPercent: number | null; postgresPercent: number | null; loadPercent: number | null };
  /** The server's own handling time per class (its log's responseTime; reviewers' GETs in `month`). */
  serverSide: Record<string, Latency>;
  /** PostgreSQL: what its backends for this database were doing during the window (sampled each second). */
  postgresWaits: WaitProfile | null;
  /** GET /healthz twice a second on its own connection (ms), and the load process's event-loop delay (ms). */
  gauges: { healthz: Latency; loadEventLoopDelay: { p50: number; p99: number; max: number } };
  requests: { total: number; perSecond: number; byClass: Record<string, Latency & { perSecond: number }> };
  actions: { read: number; save: number; submit: number; deferredSave: number; deferredSubmit: number };
  outcomes: { savesAcknowledged: number; submitsAcknowledged: number; returnsAcknowledged: number; intended409: number; unanswered: number };
  errors: { count: number; rate: number; byStatus: Record<string, number>; examples: string[]; serverLoggedErrors: number; serverErrorExamples: string[] };
  /** Per 10 s of the window (by when the answer came; `second` is the bucket's start): all classes' p50, saves' p95 / p99. */
  timeline: { second: number; requests: number; perSecond: number; p50: number; saveP95: number; saveP99: number; errors: number }[];
  verification: Verification;
  goals: Goal[];
  durationMs: number;
}

const fmt = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '–');
const label = (d: DialectName) => (d === 'sqlite' ? 'SQLite' : 'PostgreSQL');

export function deadlineMarkdown(results: DeadlineResult[]): string {
  const lines: string[] = [];
  const r0 = results[0]!;
  const m = r0.machine;
  lines.push(`Deadline under load ${r0.date} — ${r0.scenario.operators} operators in ${r0.scenario.districts} districts, ${r0.scenario.reviewers} reviewers, `
    + `${fmt(r0.scenario.windowSeconds / 60, 1)} min, think ${r0.options.thinkSeconds.join('–')} s; month ${r0.scenario.period}, deadline ${r0.scenario.deadline}`);
  lines.push(`Machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node}; commit ${r0.commit.slice(0, 10)}${r0.options.nice !== null ? `; server and load at nice ${r0.options.nice}` : ''}`);
  lines.push('');
  lines.push(`| Measure | ${results.map((r) => label(r.dialect)).join(' | ')} |`);
  lines.push(`|---|${results.map(() => '---:').join('|')}|`);
  const row = (name: string, cell: (r: DeadlineResult) => string) => lines.push(`| ${name} | ${results.map(cell).join(' | ')} |`);
  row('Load average before / window start / window end', (r) => `${r.loadAverage.before[0]} / ${r.loadAverage.windowStart[0]} / ${r.loadAverage.windowEnd[0]}`);
  row('CPU during the window, % of one core: server / PostgreSQL / load', (r) => `${r.cpu.serverPercent ?? '–'} / ${r.cpu.postgresPercent ?? '–'} / ${r.cpu.loadPercent ?? '–'}`);
  row('Requests, per second', (r) => `${r.requests.total.toLocaleString('en-US')}, ${fmt(r.requests.perSecond)}`);
  row('Actions read / save / submit (deferred: month with the city)', (r) => `${r.actions.read} / ${r.actions.save} / ${r.actions.submit} (${r.actions.deferredSave} / ${r.actions.deferredSubmit})`);
  for (const cls of REQUEST_CLASSES) {
    if (!results.some((r) => r.requests.byClass[cls])) continue;
    row(`${cls}: n, p50 / p95 / p99 / max (ms)`, (r) => {
      const c = r.requests.byClass[cls];
      return c ? `${c.n}, ${fmt(c.p50)} / ${fmt(c.p95)} / ${fmt(c.p99)} / ${fmt(c.max, 0)}` : '–';
    });
  }
  for (const cls of ['save', 'month', 'dashboard']) {
    row(`${cls} in the server (responseTime): p50 / p95 / p99 (ms)`, (r) => {
      const c = r.serverSide[cls];
      return c ? `${fmt(c.p50)} / ${fmt(c.p95)} / ${fmt(c.p99)}` : '–';
    });
  }
  row('GET /healthz on its own connection, twice a second: p50 / p95 / p99 (ms)', (r) => `${fmt(r.gauges.healthz.p50)} / ${fmt(r.gauges.healthz.p95)} / ${fmt(r.gauges.healthz.p99)}`);
  row('Event-loop delay of the load process: p50 / p99 / max (ms)', (r) => `${fmt(r.gauges.loadEventLoopDelay.p50)} / ${fmt(r.gauges.loadEventLoopDelay.p99)} / ${fmt(r.gauges.loadEventLoopDelay.max)}`);
  row('PostgreSQL backends busy, per sample: the top waits', (r) => (r.postgresWaits
    ? Object.entries(r.postgresWaits.states).slice(0, 4).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'
    : '–'));
  row('Saves / submits / returns acknowledged; intended 409s', (r) => `${r.outcomes.savesAcknowledged} / ${r.outcomes.submitsAcknowledged} / ${r.outcomes.returnsAcknowledged}; ${r.outcomes.intended409}`);
  row('Errors (rate); unanswered writes', (r) => `${r.errors.count} (${fmt(r.errors.rate * 100, 3)} %); ${r.outcomes.unanswered}`);
  row('Non-2xx by status', (r) => Object.entries(r.errors.byStatus).map(([k, v]) => `${k}: ${v}`).join(', ') || '–');
  row('Verified: figure values, submits/returns, audit rows; chain', (r) => `${r.verification.figureValuesChecked}, ${r.verification.transitionsChecked}, ${r.verification.auditRows}; ${r.verification.chain.intact ? 'intact' : 'BROKEN'}`);
  for (const goal of r0.goals.map((g) => g.goal)) {
    row(`**Goal** ${goal}`, (r) => {
      const g = r.goals.find((x) => x.goal === goal);
      return g ? `${g.pass ? '**PASS**' : '**MISS**'} (${g.value})` : '–';
    });
  }
  for (const r of results) if (r.verification.examples.length > 0) lines.push(`\n> ${label(r.dialect)}: ${r.verification.examples.join('; ')}`);
  for (const r of results) if (r.errors.examples.length > 0) lines.push(`\n> ${label(r.dialect)} errors, the first: ${r.errors.examples.slice(0, 3).join(' · ')}`);
  return lines.join('\n');
}
