import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasNoLiteralChinese, itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { authEn } from './en';
import { authZhCN } from './zh-CN';
import { authZhTW } from './zh-TW';

describe('auth texts', () => {
  itHasTheSameKeysAsZhCN(authZhCN, { 'zh-TW': authZhTW, en: authEn });
  itHasNoLiteralChinese(path.resolve(__dirname, '..'));

  it('zh-TW is written in Traditional characters', () => {
    expect(authZhTW.secondFactor.title).toBe('兩步驟驗證');
  });
});
