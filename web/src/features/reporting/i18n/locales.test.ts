import { describe, expect, it } from 'vitest';
import { itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { reportingEn } from './en';
import { reportingZhCN } from './zh-CN';
import { reportingZhTW } from './zh-TW';

describe('reporting texts', () => {
  itHasTheSameKeysAsZhCN(reportingZhCN, { 'zh-TW': reportingZhTW, en: reportingEn });

  it('zh-TW is written in Traditional characters', () => {
    expect(reportingZhTW.actions.save).not.toBe(reportingZhCN.actions.save);
    expect(reportingZhTW.status.submitted).toBe('已報送待審');
  });
});
