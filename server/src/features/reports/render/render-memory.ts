// Memory the report render gives back. resvg's native memory (a chart's pixels, parsed drawing and
// font) is freed only when the JavaScript objects holding it are collected, and V8 does not count it;
// a report leaves its document model and files as garbage that V8 may keep for a long time in an
// otherwise idle worker. V8's collector is asked for here (exposed once through the flag; where it
// cannot be, only the event loop is turned).
import v8 from 'node:v8';
import vm from 'node:vm';

/** V8's collector for the release below, exposed once (null where the flag cannot be set). */
let collector: ((options?: { type: 'minor' | 'major' }) => void) | null | undefined;
const collectorOf = () => {
  if (collector !== undefined) return collector;
  try {
    v8.setFlagsFromString('--expose-gc');
    collector = vm.runInNewContext('gc') as typeof collector;
  } catch {
    collector = null;
  }
  return collector ?? null;
};

/**
 * Frees what resvg kept of the last chart. Its native memory — the picture's pixels (6 MB at 1600 ×
 * 900), the parsed drawing and its font — goes only when the JavaScript objects holding it are
 * collected and the event loop has turned (Node runs native finalizers then), and V8 does not count
 * it: ten charts drawn in a row held some 100 MB until a later collection (the bulletin's Word file
 * peaked ~90 MiB higher). A minor collection (those objects are young) and one turn of the loop,
 * ~8 ms a chart.
 */
export async function releaseChartMemory(): Promise<void> {
  collectorOf()?.({ type: 'minor' });
  await new Promise((resolve) => setImmediate(resolve));
}

/** After a report: a full collection, so that the worker waits for the next report at its own size. */
export async function releaseReportMemory(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  collectorOf()?.({ type: 'major' });
  await new Promise((resolve) => setImmediate(resolve));
}
