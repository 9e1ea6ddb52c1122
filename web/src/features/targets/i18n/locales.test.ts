import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasNoLiteralChinese, itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { targetsEn } from './en';
import { targetsZhCN } from './zh-CN';
import { targetsZhTW } from './zh-TW';

describe('targets texts', () => {
  itHasTheSameKeysAsZhCN(targetsZhCN, { 'zh-TW': targetsZhTW, en: targetsEn });
  itHasNoLiteralChinese(path.resolve(__dirname, '..'));

  it('zh-TW is written in Traditional characters', () => {
    expect(targetsZhTW.menu.targets).not.toBe(targetsZhCN.menu.targets);
  });
});
