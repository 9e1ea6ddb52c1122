// Reading test counts from the JSON reports, and the closing summary.
import { existsSync, readFileSync } from 'node:fs';

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`✗ cannot parse ${file}: ${err.message}`);
    return null;
  }
}

/** { passed, failed, skipped } from a vitest JSON report, or null if unreadable. */
export function readVitestCounts(file) {
  const report = readJson(file);
  if (!report) return null;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    flaky: 0,
  };
}

/** { passed, failed, skipped, flaky } from a Playwright JSON report; flaky ones also count as passed. */
export function readPlaywrightCounts(file) {
  const stats = readJson(file)?.stats;
  if (!stats) return null;
  const flaky = stats.flaky ?? 0;
  return {
    passed: (stats.expected ?? 0) + flaky,
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    flaky,
  };
}

/**
 * Turn a test command's exit code and report counts into a step result.
 * A missing report, or a failing exit with no failed test (a crash, a setup
 * error), counts as one failure so it cannot pass unnoticed.
 */
export function testStepResult(exitCode, counts) {
  if (!counts) {
    return { status: 'failed', counts: { passed: 0, failed: 1, skipped: 0, flaky: 0 }, note: 'no JSON report' };
  }
  let note = counts.flaky ? `${counts.flaky} flaky` : '';
  if (exitCode !== 0 && counts.failed === 0) {
    counts = { ...counts, failed: 1 };
    note = `exit code ${exitCode} without a failed test`;
  }
  return { status: counts.failed > 0 ? 'failed' : 'passed', counts, note };
}

/** Counts a step contributes to the totals: its tests, or itself as one check. */
function countsOf(result) {
  if (result.counts) return result.counts;
  return {
    passed: result.status === 'passed' ? 1 : 0,
    failed: result.status === 'failed' ? 1 : 0,
    skipped: result.status === 'skipped' ? 1 : 0,
  };
}

const describeCounts = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

/** Print the table of steps and the closing totals line; returns the totals. */
export function printSummary(results) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const rows = results.map((r) => {
    const counts = countsOf(r);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    const note = (r.note ?? '').split('\n')[0]; // the table keeps one line per step
    const detail = [r.counts ? describeCounts(counts) : '', note].filter(Boolean).join('; ');
    return [r.name, r.title, r.status.toUpperCase(), `${(r.ms / 1000).toFixed(1)}s`, detail];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length)));
  console.log('\n══ Summary ══');
  for (const row of rows) {
    const cells = row.slice(0, 4).map((cell, i) => (i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])));
    console.log(`${cells.join('  ')}  ${row[4]}`.trimEnd());
  }
  console.log(`\n${describeCounts(totals)}`);
  return totals;
}
