import { describe, expect, it } from 'vitest';
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES } from '@hongtu/domain';
import { itHasTheSameKeysAsZhCN } from '../../../i18n/locale-parity';
import { projectProblemsEn } from './en';
import { projectProblemsZhCN } from './zh-CN';
import { projectProblemsZhTW } from './zh-TW';

describe('project problems texts', () => {
  itHasTheSameKeysAsZhCN(projectProblemsZhCN, { 'zh-TW': projectProblemsZhTW, en: projectProblemsEn });

  it('names every category and status of the domain', () => {
    expect(Object.keys(projectProblemsZhCN.category).sort()).toEqual([...PROBLEM_CATEGORIES].sort());
    expect(Object.keys(projectProblemsZhCN.status).sort()).toEqual([...PROBLEM_STATUSES].sort());
  });
});
