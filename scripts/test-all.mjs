#!/usr/bin/env node
// The whole Hongtu test suite (`npm test`). Steps, in order:
//   deps       Chromium and a CJK font from apt, if missing (needs root)
//   pg         PostgreSQL for the API tests, exported as HONGTU_TEST_PG_URL
//              ($HONGTU_TEST_PG_URL / $DATABASE_URL, else 127.0.0.1:5432, else a
//              throwaway cluster; HONGTU_TEST_PG=throwaway forces the last)
//   lint       eslint .
//   typecheck  npm run typecheck (tsc -p per workspace)
//   unit       vitest run          -> test-results/vitest.json
//   build      npm run build (the web app, and the server into server/dist)
//   e2e        playwright test     -> test-results/playwright.json
// Every step runs even if an earlier one failed; the exit code is 1 if any did.
// The last line is "N passed, N failed, N skipped" (test cases plus one per
// non-test step).
//
// Run a subset while developing:
//   node scripts/test-all.mjs --only=pg,unit
import { mkdirSync, rmSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePostgres, redact, stopThrowawayCluster } from './lib/postgres.mjs';
import { killCurrent, run } from './lib/proc.mjs';
import { printSummary, readPlaywrightCounts, readVitestCounts, testStepResult } from './lib/results.mjs';
import { ensureSystemDeps } from './lib/system-deps.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = resolve(ROOT, 'test-results');
const isCI = /^(true|1)$/i.test(process.env.CI ?? '');

/** A fresh report path: any stale report from an earlier run is removed first. */
function reportFile(name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = resolve(RESULTS_DIR, name);
  rmSync(file, { force: true });
  return file;
}

// `npx --no -- tool …`: use the project's own tool, never download one; the
// `--` stops npm from reading the tool's options (-c, --reporter) as its own.
const npx = (tool, ...args) => ['--no', '--', tool, ...args];

/** A non-test step: one command, passed iff it exits 0. */
function command(cmd, args) {
  return async ({ env }) => {
    const code = await run(cmd, args, { env, cwd: ROOT });
    return { status: code === 0 ? 'passed' : 'failed', note: code === 0 ? '' : `exit code ${code}` };
  };
}

async function pgStep(ctx) {
  let found;
  try {
    found = await preparePostgres(ctx.env);
  } catch (err) {
    found = { url: null, reason: err.message };
  }
  if (found.url) {
    ctx.env.HONGTU_TEST_PG_URL = found.url;
    console.log(`HONGTU_TEST_PG_URL=${redact(found.url)} (${found.source})`);
    return { status: 'passed', note: found.source };
  }
  if (isCI) {
    console.error(`✗ No PostgreSQL: ${found.reason}`);
    return { status: 'failed', note: found.reason };
  }
  const bar = '!'.repeat(72);
  console.warn(`\n${bar}\n!! WARNING: no PostgreSQL could be found or started.\n!! ${found.reason}\n` +
    `!! The PostgreSQL tests will be SKIPPED. Set DATABASE_URL=postgres://… to run them.\n${bar}\n`);
  return { status: 'skipped', note: 'no PostgreSQL; PG tests skip' };
}

async function unitStep({ env }) {
  const file = reportFile('vitest.json');
  const args = npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`);
  const code = await run('npx', args, { env, cwd: ROOT });
  return testStepResult(code, readVitestCounts(file));
}

async function e2eStep({ env }) {
  // Absolute: Playwright resolves a relative name against the config's folder.
  const file = reportFile('playwright.json');
  const e2eEnv = { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  const args = npx('playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json');
  const code = await run('npx', args, { env: e2eEnv, cwd: ROOT });
  return testStepResult(code, readPlaywrightCounts(file));
}

const STEPS = [
  { name: 'deps', title: 'System packages', run: ensureSystemDeps },
  { name: 'pg', title: 'PostgreSQL', run: pgStep },
  { name: 'lint', title: 'Lint', run: command('npx', npx('eslint', '.')) },
  { name: 'typecheck', title: 'Typecheck', run: command('npm', ['run', 'typecheck']) },
  { name: 'unit', title: 'Unit + API tests', run: unitStep },
  { name: 'build', title: 'Build web app and server', run: command('npm', ['run', 'build']) },
  { name: 'e2e', title: 'Browser tests', run: e2eStep },
];

/** The steps chosen by --only=a,b (all by default); exits with usage on bad input. */
function selectSteps(argv) {
  const usage = `usage: node scripts/test-all.mjs [--only=${STEPS.map((s) => s.name).join(',')}]`;
  let names = null;
  for (const arg of argv) {
    if (arg.startsWith('--only=')) names = arg.slice('--only='.length).split(',').filter(Boolean);
    else {
      console.error(arg === '--help' || arg === '-h' ? usage : `unknown argument ${arg}\n${usage}`);
      process.exit(arg === '--help' || arg === '-h' ? 0 : 2);
    }
  }
  if (!names) return STEPS;
  const unknown = names.filter((n) => !STEPS.some((s) => s.name === n));
  if (unknown.length > 0 || names.length === 0) {
    console.error(`unknown step(s): ${unknown.join(', ') || '(none given)'}\n${usage}`);
    process.exit(2);
  }
  return STEPS.filter((s) => names.includes(s.name));
}

/** Run one step, timing it; a thrown error is a failed step, not a crash. */
async function runStep(step, index, total, ctx) {
  console.log(`\n━━ [${index + 1}/${total}] ${step.title} (${step.name}) ━━`);
  const started = performance.now();
  let result;
  try {
    result = await step.run(ctx);
  } catch (err) {
    console.error(`✗ ${step.name}: ${err.stack ?? err}`);
    result = { status: 'failed', note: err.message };
  }
  return { name: step.name, title: step.title, ms: performance.now() - started, ...result };
}

// On Ctrl-C / SIGTERM: stop the running step; exiting runs the cleanup hooks
// (the throwaway PostgreSQL is stopped and deleted on 'exit').
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nReceived ${signal}, stopping.`);
    killCurrent(signal);
    process.exit(128 + osConstants.signals[signal]);
  });
}

async function main() {
  const steps = selectSteps(process.argv.slice(2));
  const ctx = { env: { ...process.env } };
  const results = [];
  for (const [index, step] of steps.entries()) {
    results.push(await runStep(step, index, steps.length, ctx));
  }
  stopThrowawayCluster(); // before the summary, so the totals line comes last
  const totals = printSummary(results);
  process.exitCode = totals.failed > 0 ? 1 : 0;
}

await main();
