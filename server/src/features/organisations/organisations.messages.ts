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
  READ_GRANT_NOT_DEPARTMENT: {
    'zh-CN': '只有部门可以被授予查看其他组织的权限',
    'zh-TW': '只有部門可以被授予查看其他組織的權限',
    en: 'Only a department can be granted reading another organisation',
  },
  READ_GRANT_OWN_SCOPE: {
    'zh-CN': '该部门本来就能查看自己和下级的数据，无需授权',
    'zh-TW': '該部門本來就能查看自己和下級的資料，無需授權',
    en: 'The department reads its own subtree already',
  },
  READ_GRANT_OUTSIDE_LEVEL: {
    'zh-CN': '部门只能被授权查看其上级组织范围内的组织（如市直部门查看本市及各区）',
    'zh-TW': '部門只能被授權查看其上級組織範圍內的組織（如市直部門查看本市及各區）',
    en: "A department can only be granted organisations within its parent's subtree (a city department its city and districts)",
  },
  READ_GRANT_EXISTS: {
    'zh-CN': '该部门已有查看“{name}”的权限',
    'zh-TW': '該部門已有查看「{name}」的權限',
    en: 'The department can already read {name}',
  },
} satisfies MessageCatalogue;
