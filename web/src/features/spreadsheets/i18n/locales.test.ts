import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasNoLiteralChinese, itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { spreadsheetsEn } from './en';
import { spreadsheetsZhCN } from './zh-CN';
import { spreadsheetsZhTW } from './zh-TW';

describe('spreadsheets texts', () => {
  itHasTheSameKeysAsZhCN(spreadsheetsZhCN, { 'zh-TW': spreadsheetsZhTW, en: spreadsheetsEn });
  itHasNoLiteralChinese(path.resolve(__dirname, '..'));

  it('zh-TW is written in Traditional characters', () => {
    expect(spreadsheetsZhTW.import.commit).not.toBe(spreadsheetsZhCN.import.commit);
  });
});
