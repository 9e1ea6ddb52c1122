#!/usr/bin/env node
// What a browser fetches to open each page of the built web app, compressed as the server sends it.
//   node scripts/web-size.mjs [web/dist] [--json]
// Every page of every feature (web/src/features/<feature>/pages/<Page>.tsx) is reported.
// Reads the build's manifest (web/dist/.vite/manifest.json, written by `npm run build -w web`). A
// page's files are those of the app's entry (index.html's script, its static imports and styles),
// for a signed-in page those of the signed-in shell (web/src/app/signed-in.tsx: every feature's
// routes and menu names, the layout), those of the page's own chunk (each feature page is loaded on
// first visit, web/src/app/feature.ts lazyPage) and its feature's zh-CN texts when they load apart
// (features/<name>/i18n/zh-CN.ts, loaded with the page by its route, web/src/app/routes.tsx). Files a page loads once it is drawn (the charts'
// engine, a dialog, an export) are not counted: they are listed apart as `later`.
// Sizes are of each file compressed on its own (gzip level 9, brotli quality 11), as the server
// sends the copies the build writes beside them. Exits 1 when a page is over its budget.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Budgets in bytes of gzip (kB = 1000 bytes, as the build reports them). */
export const BUDGETS = {
  /** The sign-in page: all a user waits for before typing. */
  login: 300_000,
  /** Every dashboard (overview, ranking, district trend, warning board, big screen). */
  dashboard: 500_000,
};

/**
 * Dashboards over the budget for now, each with its own ceiling and what would bring it under
 * (`'src/features/dashboards/pages/X.tsx': { bytes, why }`): web/src/app/bundle-budget.test.ts
 * holds them to the ceiling and fails once one is under 500 kB (then its line goes). None since
 * 2026-12-02: every dashboard is under 500 kB once the features' texts left the signed-in shell.
 * @type {Record<string, { bytes: number, why: string }>}
 */
export const OVER_BUDGET = {};

/** Pages shown before signing in: the signed-in shell is not theirs. */
const PUBLIC_PAGES = ['src/features/auth/pages/LoginPage.tsx'];
const SIGNED_IN_SHELL = 'src/app/signed-in.tsx';

/** The budget of a page by its source file, or null when it has none. */
export function budgetOf(src) {
  if (src === 'src/features/auth/pages/LoginPage.tsx') return { name: 'login', bytes: BUDGETS.login };
  if (src.startsWith('src/features/dashboards/pages/')) return { name: 'dashboard', bytes: OVER_BUDGET[src]?.bytes ?? BUDGETS.dashboard };
  return null;
}

/** A feature's page: `src/features/<feature>/pages/<Page>.tsx`. */
const PAGE = /^src\/features\/([^/]+)\/pages\/([^/]+)\.tsx?$/;

/** `features/<feature>/pages/<Page>.tsx` → `<feature>/<Page>`. */
function pageName(src) {
  const [, feature, page] = PAGE.exec(src);
  return `${feature}/${page}`;
}

/** A page's feature's texts in the default language: `src/features/<feature>/i18n/zh-CN.ts`. */
export function featureTexts(src) {
  return `src/features/${PAGE.exec(src)[1]}/i18n/zh-CN.ts`;
}

/** Every file a manifest chunk needs before it runs: itself, its static imports, their styles. */
function closure(manifest, key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, files);
  return files;
}

/** Sizes of one file: raw, gzip and brotli, as sent. */
function fileSize(dist, file, cache) {
  let size = cache.get(file);
  if (!size) {
    const bytes = readFileSync(join(dist, file));
    size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
    cache.set(file, size);
  }
  return size;
}

function total(dist, files, cache) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = fileSize(dist, file, cache);
    sum.raw += size.raw;
    sum.gzip += size.gzip;
    sum.brotli += size.brotli;
  }
  return sum;
}

/**
 * The report of a build folder: the entry alone, then every lazily loaded page with the entry's
 * files and its own, largest first, each with its budget (if any) and whether it is over it.
 */
export function webSizeReport(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error(`no entry in ${dist}/.vite/manifest.json`);
  const cache = new Map();
  const entryFiles = closure(manifest, entryKey);
  const shellFiles = manifest[SIGNED_IN_SHELL] ? closure(manifest, SIGNED_IN_SHELL, new Set(entryFiles)) : entryFiles;
  const pages = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && PAGE.test(chunk.src ?? '') && key !== SIGNED_IN_SHELL)
    .map(([key, chunk]) => {
      const files = closure(manifest, key, new Set(PUBLIC_PAGES.includes(chunk.src) ? entryFiles : shellFiles));
      closure(manifest, featureTexts(chunk.src), files);
      const size = total(dist, files, cache);
      const budget = budgetOf(chunk.src);
      return { page: pageName(chunk.src), src: chunk.src, files: [...files].sort(), ...size, budget, over: budget !== null && size.gzip > budget.bytes };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return {
    entry: { files: [...entryFiles].sort(), ...total(dist, entryFiles, cache) },
    shell: { files: [...shellFiles].sort(), ...total(dist, shellFiles, cache) },
    pages,
  };
}

const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(8);

function print(report) {
  const files = (n) => String(n).padStart(6);
  console.log(`${'page'.padEnd(44)} ${'files'.padStart(6)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)} ${'br kB'.padStart(8)}  budget (gzip)`);
  for (const [name, part] of [['(entry: what every page loads first)', report.entry], ['(entry and the signed-in shell)', report.shell]]) {
    console.log(`${name.padEnd(44)} ${files(part.files.length)} ${kB(part.raw)} ${kB(part.gzip)} ${kB(part.brotli)}`);
  }
  for (const page of report.pages) {
    const budget = page.budget ? `${page.over ? 'OVER ' : ''}${page.budget.name} ≤ ${page.budget.bytes / 1000} kB` : '';
    console.log(`${page.page.padEnd(44)} ${files(page.files.length)} ${kB(page.raw)} ${kB(page.gzip)} ${kB(page.brotli)}  ${budget}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'web', 'dist'));
  const report = webSizeReport(dist);
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else print(report);
  const over = report.pages.filter((p) => p.over);
  for (const page of over) console.error(`${page.page}: ${kB(page.gzip).trim()} kB gzip, over its budget of ${page.budget.bytes / 1000} kB`);
  process.exit(over.length > 0 ? 1 : 0);
}
