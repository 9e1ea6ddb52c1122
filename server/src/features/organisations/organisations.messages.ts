import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** The organisation tree and district groups. */
export const ORGANISATIONS_MESSAGES = {
  DUPLICATE_CODE: {
    'zh-CN': '编码“{code}”已被使用',
    'zh-TW': '編碼「{code}」已被使用',
    en: 'The code "{code}" is already in use',
  },
  ORGANISATION_CYCLE: {
    'zh-CN': '不能把组织移动到它自己或它的下级之下',
    'zh-TW': '不能把組織移動到它自己或它的下級之下',
    en: 'An organisation cannot be moved under itself or its descendants',
  },
  ORGANISATION_PARENT_KIND: {
    'zh-CN': '“{kind}”类组织不能设在“{parentKind}”之下',
    'zh-TW': '「{kind}」類組織不能設在「{parentKind}」之下',
    en: 'A {kind} cannot be placed under a {parentKind}',
  },
  GROUP_MEMBER_KIND: {
    'zh-CN': '只有区和功能区可以加入区域分组',
    'zh-TW': '只有區和功能區可以加入區域分組',
    en: 'Only districts and functional zones can belong to a district group',
  },
  ORGANISATION_IN_USE: {
    'zh-CN': '该组织下仍有下级组织或用户，不能删除',
    'zh-TW': '該組織下仍有下級組織或使用者，不能刪除',
    en: 'The organisation still has sub-organisations or users and cannot be deleted',
  },
  ROOT_ORGANISATION: {
    'zh-CN': '只能有一个顶级组织（省或市）',
    'zh-TW': '只能有一個頂級組織（省或市）',
    en: 'There can be only one top-level organisation (a province or a city)',
  },
} satisfies MessageCatalogue;
