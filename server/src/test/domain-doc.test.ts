// Every citation of docs/DOMAIN.md in the code must resolve: `DOMAIN.md "Time progress"` (also
// `docs/DOMAIN.md, "Time progress"`) names a heading of docs/DOMAIN.md, word for word. Sources
// are the TypeScript and JavaScript files of the workspaces, the e2e journeys and the scripts.
// The repository must also stand alone: no source reads a folder beside it (../shared, /work/…).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCE_ROOTS = ['packages', 'server/src', 'server/bin', 'web/src', 'bench/src', 'e2e', 'scripts'];
const SKIP = new Set(['node_modules', 'dist', 'test-results', 'playwright-report', 'artifacts']);
const SOURCE = /\.(ts|tsx|mts|js|mjs|cjs)$/;

function sourceFiles(relative: string): string[] {
  const dir = path.join(ROOT, relative);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) || entry.name.startsWith('.') ? [] : sourceFiles(child);
    return SOURCE.test(entry.name) ? [child] : [];
  });
}

const files = SOURCE_ROOTS.flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

describe('docs/DOMAIN.md citations', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/DOMAIN.md'), 'utf8');
  const headings = new Set([...doc.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => m[1]!));
  const citations = files.flatMap(({ file, text }) =>
    [...text.matchAll(/DOMAIN\.md,?\s+"([^"]+)"/g)]
      // A citation may wrap onto the next comment line: "Reporting\n * workflow" is "Reporting workflow".
      .map((m) => ({ file, section: m[1]!.replace(/\s*\n\s*(?:\/\/|\*)?\s*/g, ' ') })));

  it('finds the sources and the citations', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(citations.length).toBeGreaterThan(10);
  });

  it('names an existing heading in every citation', () => {
    expect(citations.filter((c) => !headings.has(c.section)).map((c) => `${c.file}: "${c.section}"`)).toEqual([]);
  });

  it('reads nothing from outside the repository', () => {
    const outside = files.filter(({ file, text }) => file !== 'server/src/test/domain-doc.test.ts' && /\.\.\/shared\b|\/work\/(shared|main)\b/.test(text));
    expect(outside.map((f) => f.file)).toEqual([]);
  });
});
