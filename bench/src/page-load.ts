// `npm run bench -- page-load`: how long the city overview takes to show its rows in Chromium, from
// the navigation to the table's rows on screen, with an empty cache (cold) and a filled one (warm),
// and what the pages fetch. The web app and the server are built from the working tree into
// bench/dist/page-load (never web/dist or server/dist), the server starts on a fresh demo database,
// and Debian's Chromium (/usr/bin/chromium) is driven through playwright-core (no browser download).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { webSizeReport, type WebSizeReport } from '../../scripts/web-size.mjs';
import { machineInfo, type Machine } from './report';
import { pageProbe, summarise, type PageLoadSample, type PageLoadSummary } from './page-load-probe';

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_DIR = path.resolve(BENCH_DIR, '..');
const OUT_DIR = path.join(BENCH_DIR, 'dist', 'page-load');
const CHROMIUM = '/usr/bin/chromium';
/** The demo's password (server/src/db/seed/demo.ts) and its city leader, who has no second factor. */
const DEMO_PASSWORD = 'Hongtu#2026';

export interface PageLoadOptions {
  runs: number;
  user: string;
  /** Build the web app and the server into bench/dist/page-load first (else reuse the last build). */
  build: boolean;
  /** A web build to serve instead of building one (e.g. an earlier commit's, for a comparison). */
  webDist: string | null;
  /** Slow the browser's CPU down this many times (DevTools' throttling; 1: none). */
  cpuSlowdown: number;
  /** The overview's month (`?period=`), or null for the page's default (the latest with figures). */
  period: string | null;
  write: boolean;
  outDir: string;
}

export interface PageLoadReport {
  date: string;
  machine: Machine;
  options: Omit<PageLoadOptions, 'outDir' | 'write'>;
  chromium: string;
  /** Per page, what its first visit fetches (scripts/web-size.mjs over the build served). */
  sizes: (Pick<WebSizeReport, 'entry'> & { pages: Omit<WebSizeReport['pages'][number], 'files' | 'src'>[] }) | null;
  /** Time to the login form, then to the overview's rows, cold and warm. */
  results: PageLoadSummary[];
  samples: PageLoadSample[];
}

function parseOptions(argv: string[]): PageLoadOptions {
  const options: PageLoadOptions = {
    runs: 7, user: 'leader', build: true, webDist: null, cpuSlowdown: 1, period: null, write: true, outDir: path.join(BENCH_DIR, 'results'),
  };
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2) as [string, string | undefined];
    if (key === '--runs' && value) options.runs = Math.max(1, Number.parseInt(value, 10));
    else if (key === '--user' && value) options.user = value;
    else if (key === '--no-build') options.build = false;
    else if (key === '--web-dist' && value) options.webDist = path.resolve(value);
    else if (key === '--cpu-slowdown' && value) options.cpuSlowdown = Math.max(1, Number(value));
    else if (key === '--period' && value && /^\d{4}-\d{2}$/.test(value)) options.period = value;
    else if (key === '--no-write') options.write = false;
    else throw new Error(`unknown option ${arg}\nusage: npm run bench -- page-load [--runs=7] [--user=leader] [--no-build] [--web-dist=<dir>] [--cpu-slowdown=1] [--period=2026-10] [--no-write]`);
  }
  return options;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** The web app (vite, with its precompressed copies and manifest) and the server (esbuild), as `npm run build` makes them. */
function build(): void {
  run('npx', ['--no', '--', 'vite', 'build', '--outDir', path.join(OUT_DIR, 'web'), '--emptyOutDir', '--logLevel', 'warn'], path.join(REPO_DIR, 'web'));
  const script = `import('./server/build.mjs').then((m) => m.buildServer({ outdir: ${JSON.stringify(path.join(OUT_DIR, 'server'))} }))`;
  run(process.execPath, ['--input-type=module', '-e', script], REPO_DIR);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Server {
  origin: string;
  stop(): Promise<void>;
}

/** The built server on a fresh SQLite demo database, serving the given web build. */
async function startServer(webDist: string): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-page-load-'));
  const port = await freePort();
  const logFile = path.join(dataDir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const env: NodeJS.ProcessEnv = {
    ...process.env, HONGTU_DATA_DIR: dataDir, HONGTU_WEB_DIST: webDist, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.HONGTU_SQLITE_FILE;
  const child: ChildProcess = spawn(process.execPath, [path.join(OUT_DIR, 'server', 'main.mjs'), '--demo'], {
    cwd: path.join(OUT_DIR, 'server'), env, stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = fs.readFileSync(logFile, 'utf8').slice(-2000);
      await stop();
      throw new Error(`the server exited early (${child.exitCode}): ${log}`);
    }
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the server did not answer /healthz within 3 minutes');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const CONTEXT = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } } as const;

/** Signs in through the API once; every measured context starts with this session's cookie. */
async function signIn(browser: Browser, origin: string, user: string): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const context = await browser.newContext({ ...CONTEXT, baseURL: origin });
  try {
    const response = await context.request.post('/api/auth/login', { data: { username: user, password: DEMO_PASSWORD }, headers: { origin } });
    if (!response.ok()) throw new Error(`sign-in as ${user}: ${response.status()} ${await response.text()}`);
    const body = (await response.json()) as { pendingStep?: string | null };
    if (body.pendingStep) throw new Error(`sign-in as ${user} waits for a second step (${body.pendingStep}): choose a user without one`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

type Target = 'login' | 'overview';

const TARGETS: Record<Target, { url: string; selector: string; min: number }> = {
  // The sign-in form, ready to type in.
  login: { url: '/login', selector: 'form button[type="submit"]', min: 1 },
  // The overview's rows (one per district the user sees), in the page's main area.
  overview: { url: '/dashboard', selector: 'main .ant-table-tbody tr.ant-table-row', min: 1 },
};

/** One navigation in a fresh page of the context: the probe's marks and what the page fetched. */
async function measure(context: BrowserContext, target: Target, cache: 'cold' | 'warm', run: number, options: PageLoadOptions): Promise<PageLoadSample> {
  const { cpuSlowdown } = options;
  const page = await context.newPage();
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const { selector, min } = TARGETS[target];
    const url = target === 'overview' && options.period ? `${TARGETS[target].url}?period=${options.period}` : TARGETS[target].url;
    await page.addInitScript(pageProbe(selector, min));
    await page.goto(url, { waitUntil: 'commit' });
    // Asked from here (the page's CSP allows no evaluation of strings in it, as waitForFunction does).
    const deadline = Date.now() + 60_000;
    let probe: PageLoadSample['probe'] | undefined;
    while (!(probe = (await page.evaluate('window.__pageLoad')) as PageLoadSample['probe'] | undefined)) {
      if (Date.now() > deadline) throw new Error(`${target}: no ${selector} within a minute (${page.url()})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { target, cache, run, probe };
  } finally {
    await page.close();
  }
}

export async function runPageLoad(options: PageLoadOptions): Promise<PageLoadReport> {
  const started = new Date();
  const machine = machineInfo();
  if (options.build) build();
  const webDist = options.webDist ?? path.join(OUT_DIR, 'web');
  // A build of an earlier commit may have no manifest: then no sizes.
  const sizes = fs.existsSync(path.join(webDist, '.vite', 'manifest.json')) ? webSizeReport(webDist) : null;
  const server = await startServer(webDist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const samples: PageLoadSample[] = [];
  try {
    const storageState = await signIn(browser, server.origin, options.user);
    // One untimed round: the server's and the database's first answers are not what a user waits for.
    for (const run of [0, ...Array.from({ length: options.runs }, (_, i) => i + 1)]) {
      for (const target of ['login', 'overview'] as const) {
        const context = await browser.newContext({ ...CONTEXT, baseURL: server.origin, ...(target === 'overview' ? { storageState } : {}) });
        try {
          const cold = await measure(context, target, 'cold', run, options);
          const warm = await measure(context, target, 'warm', run, options);
          if (run > 0) samples.push(cold, warm);
          if (run > 0) console.log(`run ${run} ${target.padEnd(8)} cold ${cold.probe.painted.toFixed(0).padStart(5)} ms · warm ${warm.probe.painted.toFixed(0).padStart(5)} ms`);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const results = (['login', 'overview'] as const).flatMap((target) => (['cold', 'warm'] as const).map((cache) => summarise(samples.filter((s) => s.target === target && s.cache === cache), target, cache)));
  return {
    date: started.toISOString(),
    machine,
    options: { runs: options.runs, user: options.user, build: options.build, webDist: options.webDist, cpuSlowdown: options.cpuSlowdown, period: options.period },
    chromium: browser.version(),
    sizes: sizes && { entry: sizes.entry, pages: sizes.pages.map(({ files: _files, src: _src, ...page }) => page) },
    results,
    samples,
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);

export function markdown(report: PageLoadReport): string {
  const lines = [
    `Page load in Chromium ${report.chromium}, median of ${report.options.runs} runs (user ${report.options.user}, overview of ${report.options.period ?? 'the default month'}; load average at start ${report.machine.loadAverageAtStart.join(' / ')} on ${report.machine.cpus} CPUs)`,
    '',
    '| page | cache | to visible (median) | min–max | session answered | page data answered | JS transferred | JS files |',
    '|---|---|---|---|---|---|---|---|',
    ...report.results.map((r) =>
      `| ${r.target} | ${r.cache} | **${ms(r.visible.median)}** | ${ms(r.visible.min)}–${ms(r.visible.max)} | ${ms(r.sessionEnd)} | ${ms(r.dataEnd)} | ${kB(r.jsTransferred)} | ${r.jsFiles} |`),
  ];
  if (report.sizes) {
    lines.push(
      '',
      '| page (first visit) | gzip | brotli | budget |',
      '|---|---|---|---|',
      `| (entry) | ${kB(report.sizes.entry.gzip)} | ${kB(report.sizes.entry.brotli)} | |`,
      ...report.sizes.pages.map((p) => `| ${p.page} | ${kB(p.gzip)} | ${kB(p.brotli)} | ${p.budget ? `${p.over ? 'OVER ' : ''}≤ ${kB(p.budget.bytes)}` : ''} |`),
    );
  }
  return lines.join('\n');
}

export async function runPageLoadCommand(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const report = await runPageLoad(options);
  console.log(`\n${markdown(report)}\n`);
  if (options.write) {
    fs.mkdirSync(options.outDir, { recursive: true });
    const file = path.join(options.outDir, `${report.date.slice(0, 10)}-page-load${options.period ? `-${options.period}` : ''}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written: ${path.relative(REPO_DIR, file)}`);
  }
}
