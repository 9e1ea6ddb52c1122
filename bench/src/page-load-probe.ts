// What the page-load benchmark measures inside the page, and how its samples are summarised.

export interface ProbeResource {
  /** Path and query of the URL (same origin). */
  path: string;
  initiator: string;
  /** ms since the navigation started. */
  start: number;
  end: number;
  /** Bytes over the wire with headers (0 when served from the cache), of the body as sent, and unpacked. */
  transfer: number;
  encoded: number;
  decoded: number;
}

export interface ProbeResult {
  /** ms since the navigation started: the awaited element is in the document, then the frame after that. */
  inDom: number;
  painted: number;
  count: number;
  responseEnd: number;
  domContentLoaded: number;
  /** Path of the page's entry script. */
  entryScript: string | null;
  resources: ProbeResource[];
  /** Main-thread tasks over 50 ms before the element was painted. */
  longTasks: { start: number; duration: number }[];
}

export interface PageLoadSample {
  target: 'login' | 'overview';
  cache: 'cold' | 'warm';
  run: number;
  probe: ProbeResult;
}

/**
 * Runs in the page before its own scripts (page.addInitScript): notes when `min` elements match
 * `selector`, then the first frame drawn after that, and keeps the page's resource timings and
 * long tasks. The result lands in `window.__pageLoad` (a ProbeResult) once painted. Plain
 * JavaScript in a string: the page runs it as written, whatever compiles this file.
 */
export function pageProbe(selector: string, min: number): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const min = ${JSON.stringify(min)};
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const state = {};
  function finish() {
    const painted = performance.now();
    const navigation = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource').map((entry) => {
      const url = new URL(entry.name);
      return {
        path: url.pathname + url.search, initiator: entry.initiatorType, start: entry.startTime, end: entry.responseEnd,
        transfer: entry.transferSize, encoded: entry.encodedBodySize, decoded: entry.decodedBodySize,
      };
    });
    const entry = document.querySelector('script[type="module"][src]');
    window.__pageLoad = {
      inDom: state.inDom, painted, count: state.count,
      responseEnd: navigation ? navigation.responseEnd : 0,
      domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : 0,
      entryScript: entry ? new URL(entry.src).pathname : null,
      resources,
      longTasks: longTasks.filter((t) => t.start < painted),
    };
  }
  const observer = new MutationObserver(check);
  function check() {
    if (state.inDom !== undefined) return;
    const count = document.querySelectorAll(selector).length;
    if (count < min) return;
    state.inDom = performance.now();
    state.count = count;
    observer.disconnect();
    // The next animation frame's callback runs before it is drawn; a message posted from it arrives after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = finish;
      channel.port2.postMessage(null);
    });
  }
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface PageLoadSummary {
  target: PageLoadSample['target'];
  cache: PageLoadSample['cache'];
  runs: number;
  /** Navigation → the element drawn (the figure the benchmark is about). */
  visible: Spread;
  /** Navigation → the element in the document. */
  inDom: Spread;
  /** Medians, ms since navigation: the HTML's last byte, the entry script's last byte, the session's answer, the page data's last answer. */
  htmlEnd: number;
  entryScriptEnd: number | null;
  sessionStart: number | null;
  sessionEnd: number | null;
  dataStart: number | null;
  dataEnd: number | null;
  /** Medians: bytes of JavaScript over the wire (headers included; 0 from the cache) and unpacked, and how many files. */
  jsTransferred: number;
  jsDecoded: number;
  jsFiles: number;
  /** Median total of main-thread long tasks before the element was drawn. */
  longTaskMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** The median of the values present, or null when no sample has one. */
function medianOf(values: readonly (number | undefined)[]): number | null {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length === 0 ? null : median(present);
}

const isScript = (r: ProbeResource) => /\.m?js(\?|$)/.test(r.path);
/** The page's own data: the API calls other than the session's. */
const isPageData = (r: ProbeResource) => r.path.startsWith('/api/') && !r.path.startsWith('/api/auth/');

export function summarise(samples: readonly PageLoadSample[], target: PageLoadSample['target'], cache: PageLoadSample['cache']): PageLoadSummary {
  const probes = samples.map((s) => s.probe);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  const roundSpread = (s: Spread): Spread => ({ median: round(s.median)!, min: round(s.min)!, max: round(s.max)! });
  const lastEnd = (rs: ProbeResource[]) => (rs.length === 0 ? undefined : Math.max(...rs.map((r) => r.end)));
  const firstStart = (rs: ProbeResource[]) => (rs.length === 0 ? undefined : Math.min(...rs.map((r) => r.start)));
  const session = (p: ProbeResult) => p.resources.filter((r) => r.path.startsWith('/api/auth/me'));
  return {
    target,
    cache,
    runs: samples.length,
    visible: roundSpread(spread(probes.map((p) => p.painted))),
    inDom: roundSpread(spread(probes.map((p) => p.inDom))),
    htmlEnd: round(median(probes.map((p) => p.responseEnd)))!,
    entryScriptEnd: round(medianOf(probes.map((p) => p.resources.find((r) => r.path === p.entryScript)?.end))),
    sessionStart: round(medianOf(probes.map((p) => firstStart(session(p))))),
    sessionEnd: round(medianOf(probes.map((p) => lastEnd(session(p))))),
    dataStart: round(medianOf(probes.map((p) => firstStart(p.resources.filter(isPageData))))),
    dataEnd: round(medianOf(probes.map((p) => lastEnd(p.resources.filter(isPageData))))),
    jsTransferred: median(probes.map((p) => p.resources.filter(isScript).reduce((sum, r) => sum + r.transfer, 0))),
    jsDecoded: median(probes.map((p) => p.resources.filter(isScript).reduce((sum, r) => sum + r.decoded, 0))),
    jsFiles: median(probes.map((p) => p.resources.filter(isScript).length)),
    longTaskMs: round(median(probes.map((p) => p.longTasks.reduce((sum, t) => sum + t.duration, 0))))!,
  };
}
