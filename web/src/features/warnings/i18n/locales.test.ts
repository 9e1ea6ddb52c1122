import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasNoLiteralChinese, itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { warningsEn } from './en';
import { warningsZhCN } from './zh-CN';
import { warningsZhTW } from './zh-TW';

describe('warnings texts', () => {
  itHasTheSameKeysAsZhCN(warningsZhCN, { 'zh-TW': warningsZhTW, en: warningsEn });
  itHasNoLiteralChinese(path.resolve(__dirname, '..'));

  it('zh-TW is written in Traditional characters', () => {
    expect(warningsZhTW.cards.red).toBe('紅牌');
  });
});
