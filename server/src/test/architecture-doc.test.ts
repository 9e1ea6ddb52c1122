// docs/ARCHITECTURE.md must tell the truth about the tree, read at run time.
//
// The map is the first fenced block of the document. In it, a line that starts at column 0 is an
// entry: its first word is a path from the repository root, a folder when it ends with "/"
// (`server/src/features/targets/`), else a file (`server/src/app.ts`); the rest of the line and
// the indented lines below it describe the entry. A path with "<…>" (`server/src/features/<f>/`)
// names a pattern: only its fixed part before "<" must exist. An entry names its ancestors too
// (`packages/domain/src/` names `packages/` and `packages/domain/`).
//
// The test fails when
// 1. an entry of the map does not exist;
// 2. a path in backquotes elsewhere in the document (`docs/adr/`, a file) does not exist, for
//    paths that start with a top-level folder;
// 3. one of these folders is not named by the map:
//    - every top-level folder;
//    - every workspace (the root package.json "workspaces") and its src/ folder;
//    - every folder directly inside a workspace's src/ (packages/domain/src/warnings, server/src/db …);
//    - every folder inside server/src/features, server/src/platform and web/src/features.
// Folders are those holding at least one file, not hidden, not ignored by the top-level .gitignore
// (node_modules/, dist/, data/ …). Deeper folders need not be listed; if listed, they must exist.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DOC = 'docs/ARCHITECTURE.md';

/** Folder names and root-relative folder paths that .gitignore excludes (plain entries only). */
function ignoredFolders(): { names: Set<string>; paths: Set<string> } {
  const names = new Set(['node_modules']);
  const paths = new Set<string>();
  const gitignore = path.join(ROOT, '.gitignore');
  const lines = fs.existsSync(gitignore) ? fs.readFileSync(gitignore, 'utf8').split('\n') : [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!') || /[*?[]/.test(line)) continue;
    const entry = line.replace(/^\/|\/$/g, '');
    if (entry.includes('/')) paths.add(entry);
    else names.add(entry);
  }
  return { names, paths };
}

const IGNORED = ignoredFolders();
const skip = (relative: string) =>
  path.basename(relative).startsWith('.') || IGNORED.names.has(path.basename(relative)) || IGNORED.paths.has(relative);

function holdsFiles(relative: string): boolean {
  for (const entry of fs.readdirSync(path.join(ROOT, relative), { withFileTypes: true })) {
    const child = path.posix.join(relative, entry.name);
    if (skip(child)) continue;
    if (entry.isFile() || (entry.isDirectory() && holdsFiles(child))) return true;
  }
  return false;
}

/** The folders directly inside `relative` (root-relative, posix), as the rule above counts them. */
function foldersIn(relative: string): string[] {
  const dir = path.join(ROOT, relative);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => (relative ? path.posix.join(relative, e.name) : e.name))
    .filter((child) => !skip(child) && holdsFiles(child))
    .sort();
}

/** The root package.json's workspaces, a trailing "/*" expanded to the folders inside. */
function workspaceFolders(): string[] {
  const { workspaces = [] } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return workspaces
    .flatMap((w) => (w.endsWith('/*') ? foldersIn(w.slice(0, -2)) : [w.replace(/\/$/, '')]))
    .filter((w) => fs.existsSync(path.join(ROOT, w, 'package.json')));
}

/** Rule 3: the folders the map must name. */
function requiredFolders(): string[] {
  const workspaces = workspaceFolders();
  const sources = workspaces.map((w) => `${w}/src`).filter((s) => fs.existsSync(path.join(ROOT, s)));
  return [...new Set([
    ...foldersIn(''),
    ...workspaces,
    ...sources,
    ...sources.flatMap(foldersIn),
    ...['server/src/features', 'server/src/platform', 'web/src/features'].flatMap(foldersIn),
  ])].sort();
}

/** The map's entries: root-relative paths without the trailing slash, and whether each is a folder. */
function mapEntries(doc: string): { path: string; folder: boolean }[] {
  const block = /^```[^\n]*\n([\s\S]*?)^```/m.exec(doc)?.[1];
  if (!block) return [];
  return block.split('\n')
    .filter((line) => /^\S/.test(line))
    .map((line) => line.split(/\s+/)[0]!)
    .map((word) => ({ path: word.replace(/\/$/, ''), folder: word.endsWith('/') }));
}

const fixedPart = (p: string) => (p.includes('<') ? p.slice(0, p.indexOf('<')).replace(/\/$/, '') : p);
const exists = (p: string) => fs.existsSync(path.join(ROOT, fixedPart(p)));

/** The folders an entry names: itself and its ancestors. */
function named(entries: { path: string; folder: boolean }[]): Set<string> {
  const result = new Set<string>();
  for (const entry of entries) {
    const parts = fixedPart(entry.path).split('/').filter(Boolean);
    const upTo = entry.folder && !entry.path.includes('<') ? parts.length : parts.length - 1;
    for (let i = 1; i <= upTo; i++) result.add(parts.slice(0, i).join('/'));
    if (entry.path.includes('<')) result.add(parts.join('/'));
  }
  return result;
}

describe(`${DOC} against the tree`, () => {
  const doc = fs.readFileSync(path.join(ROOT, DOC), 'utf8');
  const entries = mapEntries(doc);

  it('has a map of entries, and the rule finds the folders it must list', () => {
    expect(entries.length).toBeGreaterThan(10);
    const required = requiredFolders();
    for (const folder of ['server/src/features', 'server/src/platform', 'web/src/features', 'packages/domain/src']) {
      expect(required).toContain(folder);
    }
    expect(required.some((f) => f.includes('node_modules') || f.startsWith('.'))).toBe(false);
  });

  it('names only folders and files that exist (rule 1)', () => {
    const missing = entries.filter((e) => !exists(e.path) || (e.folder && !fs.statSync(path.join(ROOT, fixedPart(e.path))).isDirectory()));
    expect(missing.map((e) => e.path + (e.folder ? '/' : ''))).toEqual([]);
  });

  it('cites in backquotes only paths that exist (rule 2)', () => {
    const topLevel = foldersIn('');
    const cited = [...doc.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!)
      .filter((p) => topLevel.some((top) => p.startsWith(`${top}/`)));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((p) => !exists(p.replace(/\/$/, '')))).toEqual([]);
  });

  it('names every folder the rule requires (rule 3)', () => {
    const listed = named(entries);
    expect(requiredFolders().filter((f) => !listed.has(f))).toEqual([]);
  });
});
