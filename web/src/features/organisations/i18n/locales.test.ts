import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasNoLiteralChinese, itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { organisationsEn } from './en';
import { organisationsZhCN } from './zh-CN';
import { organisationsZhTW } from './zh-TW';

describe('organisations texts', () => {
  itHasTheSameKeysAsZhCN(organisationsZhCN, { 'zh-TW': organisationsZhTW, en: organisationsEn });
  itHasNoLiteralChinese(path.resolve(__dirname, '..'));

  it('zh-TW is written in Traditional characters', () => {
    expect(organisationsZhTW.grants.title).toBe('檢視授權');
  });
});
