import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itHasNoLiteralChinese, itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { usersEn } from './en';
import { usersZhCN } from './zh-CN';
import { usersZhTW } from './zh-TW';

describe('users texts', () => {
  itHasTheSameKeysAsZhCN(usersZhCN, { 'zh-TW': usersZhTW, en: usersEn });
  itHasNoLiteralChinese(path.resolve(__dirname, '..'));

  it('zh-TW is written in Traditional characters', () => {
    expect(usersZhTW.fields.position).toBe('職務');
  });
});
