#!/usr/bin/env node
// Builds the server for production start: src/main.ts and src/cli.ts, plus every module the
// server starts by address (worker threads, worker jobs: `new URL('./x.ts', import.meta.url)`),
// bundled to dist/*.mjs for Node 20 ESM. npm packages stay external (native better-sqlite3 and
// @node-rs/argon2 load from node_modules); the workspace packages (@hongtu/domain,
// @hongtu/contracts, TypeScript sources) are bundled in. Development and tests keep running the
// sources through tsx.
//
//   node server/build.mjs [--outdir <dir>]     (default server/dist)
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const SERVER_DIR = path.dirname(fileURLToPath(import.meta.url));
const SRC_DIR = path.join(SERVER_DIR, 'src');
const CODE = /\.(ts|mts|mjs|js)$/;
// `new URL('<relative path>', import.meta.url)`: a module started by address.
const URL_REF = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Block comments and whole-line comments removed (examples in doc comments are not references). */
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * The source a module started by address is built from: itself, or, for a plain-JavaScript
 * entry that only loads its TypeScript twin through tsx (import-worker.mjs), the twin.
 */
function entrySource(target) {
  if (/\.m?js$/.test(target)) {
    const twin = target.replace(/\.m?js$/, '.ts');
    if (existsSync(twin)) return twin;
  }
  return target;
}

const outName = (file) => path.basename(file).replace(CODE, '');

/** Every module the sources start by address, by the file that names it. */
function addressedModules() {
  const refs = new Map(); // target file -> entry source
  for (const file of sourceFiles(SRC_DIR)) {
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const match of text.matchAll(URL_REF)) {
      const target = path.resolve(path.dirname(file), match[2]);
      if (!CODE.test(target)) throw new Error(`${path.relative(SERVER_DIR, file)}: ${match[2]} is not a module; the build does not ship data files`);
      if (!existsSync(target) && !existsSync(entrySource(target))) throw new Error(`${path.relative(SERVER_DIR, file)}: ${match[2]} does not exist`);
      refs.set(target, entrySource(target));
    }
  }
  return refs;
}

/** Entry points by output name; two sources with one name would overwrite each other. */
function entryPoints(refs) {
  const entries = { main: path.join(SRC_DIR, 'main.ts'), cli: path.join(SRC_DIR, 'cli.ts') };
  for (const source of new Set(refs.values())) {
    const name = outName(source);
    if (entries[name] && entries[name] !== source) throw new Error(`two built modules would be named ${name}.mjs: ${entries[name]} and ${source}`);
    entries[name] = source;
  }
  return entries;
}

/**
 * Rewrites, in the server's sources as they are bundled: the address of a module started by
 * address to its built file (every output sits in one folder), and `import.meta.dirname` to the
 * source file's own folder (config.ts finds web/dist from there), so paths mean what they mean
 * when the sources run. Any other use of the module's address is refused here rather than
 * failing at run time.
 */
function addressesPlugin(refs, outdir) {
  return {
    name: 'hongtu-addresses',
    setup(b) {
      b.onLoad({ filter: /\.(ts|mts)$/ }, (args) => {
        let text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta')) return undefined;
        const dir = path.dirname(args.path);
        text = text.replace(URL_REF, (_all, quote, rel) => {
          const target = path.resolve(dir, rel);
          return `new URL(${quote}./${outName(refs.get(target) ?? target)}.mjs${quote}, import.meta.url)`;
        });
        // Left: built modules' addresses and createRequire (packages resolve from dist as from src).
        const left = text.replace(/new URL\((['"])\.\/[\w.-]+\.mjs\1, import\.meta\.url\)|createRequire\(import\.meta\.url\)/g, '');
        if (/import\.meta\.(url|filename|resolve)/.test(left)) {
          throw new Error(`${path.relative(SERVER_DIR, args.path)} uses import.meta in a way the build does not map`);
        }
        if (text.includes('import.meta.dirname')) {
          const fromOut = path.relative(outdir, dir).split(path.sep).join('/') || '.';
          text = `import { fileURLToPath as __hongtuPath } from 'node:url';\n${text}`
            .replaceAll('import.meta.dirname', `__hongtuPath(new URL(${JSON.stringify(`${fromOut}/`)}, import.meta.url))`);
        }
        return { contents: text, loader: 'ts', resolveDir: dir };
      });
    },
  };
}

/** npm packages stay in node_modules; the workspace packages are TypeScript and are bundled. */
const externalsPlugin = {
  name: 'hongtu-externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@hongtu/') || path.isAbsolute(args.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** Builds into outdir (emptied first); returns the names of the modules written. */
export async function buildServer({ outdir = path.join(SERVER_DIR, 'dist'), logLevel = 'warning' } = {}) {
  outdir = path.resolve(outdir);
  const refs = addressedModules();
  const entries = entryPoints(refs);
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    // Shared code goes in chunks beside the entries: a job module and the worker that loads it
    // share one copy of each module (AppError is one class), as when the sources run.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    sourcemap: true,
    legalComments: 'none',
    logLevel,
    plugins: [externalsPlugin, addressesPlugin(refs, outdir)],
  });
  return Object.keys(entries).map((name) => `${name}.mjs`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--outdir');
  const outdir = i >= 0 ? process.argv[i + 1] : undefined;
  const started = performance.now();
  const written = await buildServer({ outdir });
  console.log(`server built: ${written.join(', ')} (${Math.round(performance.now() - started)} ms)`);
}
