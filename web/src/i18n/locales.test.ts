import { describe, expect, it } from 'vitest';
import { itHasTheSameKeysAsZhCN } from './locale-parity';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { zhTW } from './locales/zh-TW';

describe('locales', () => {
  itHasTheSameKeysAsZhCN(zhCN, { 'zh-TW': zhTW, en });

  it('zh-TW is not a copy of zh-CN', () => {
    expect(zhTW.nav.organisations).not.toBe('');
    expect(zhTW.nav.users).not.toBe(zhCN.nav.users);
  });
});
