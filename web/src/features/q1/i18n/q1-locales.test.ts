import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { q1En } from './en';
import { q1ZhCN } from './zh-CN';
import { q1ZhTW } from './zh-TW';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('q1 locales', () => {
  itHasTheSameKeysAsZhCN(q1ZhCN, { 'zh-TW': q1ZhTW, en: q1En });

  it('components carry no literal Chinese text (it all comes from the locale files)', () => {
    const root = path.resolve(__dirname, '..');
    const offenders = sources(root).filter((file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      return /[\u4e00-\u9fff]/.test(code);
    });
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
