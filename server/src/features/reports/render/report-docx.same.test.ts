import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalDocx } from './docx-canonical.test-helpers';
import { renderBodyDocx, renderReportDocx } from './report-docx';
import { sameDocumentCases } from './render.fixtures';

// The Word files are the ones the writer made before its body was written as text: every part, every
// element, attribute and text the same (in canonical form, __fixtures__/<case>.docx.txt).
const FIXTURES = path.join(import.meta.dirname, '__fixtures__');

describe('the Word file is the same document as before', () => {
  for (const c of sameDocumentCases()) {
    it(c.name, async () => {
      const made = canonicalDocx(c.body ? await renderBodyDocx(c.doc) : await renderReportDocx(c.doc));
      const expected = fs.readFileSync(path.join(FIXTURES, `${c.name}.docx.txt`), 'utf8');
      if (made === expected) return;
      // The first line that differs, with its part, rather than two 100 kB texts.
      const [a, b] = [made.split('\n'), expected.split('\n')];
      const at = a.findIndex((line, i) => line !== b[i]);
      const part = b.slice(0, at + 1).reverse().find((l) => l.startsWith('=== '));
      expect({ part, line: at + 1, made: a.slice(at, at + 8) }).toEqual({ part, line: at + 1, made: b.slice(at, at + 8) });
    });
  }
});
