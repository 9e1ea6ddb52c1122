import { describe, expect, it } from 'vitest';
import { PROJECT_CATEGORIES, PROJECT_STAGES } from '@hongtu/domain';
import { itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { projectsEn } from './en';
import { projectsZhCN } from './zh-CN';
import { projectsZhTW } from './zh-TW';

describe('projects texts', () => {
  itHasTheSameKeysAsZhCN(projectsZhCN, { 'zh-TW': projectsZhTW, en: projectsEn });

  it('names every category and stage of the domain', () => {
    expect(Object.keys(projectsZhCN.category).sort()).toEqual([...PROJECT_CATEGORIES].sort());
    expect(Object.keys(projectsZhCN.stage)).toEqual([...PROJECT_STAGES]);
  });

  it('zh-TW is written in Traditional characters', () => {
    expect(projectsZhTW.menu.projects).toBe('重大項目');
    expect(projectsZhTW.reportStatus.submitted).toBe('已報送待審');
  });
});
