import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** User accounts. */
export const USERS_MESSAGES = {
  DUPLICATE_USERNAME: {
    'zh-CN': '用户名“{username}”已存在',
    'zh-TW': '使用者名稱「{username}」已存在',
    en: 'The user name "{username}" already exists',
  },
  SELF_PRIVILEGE_CHANGE: {
    'zh-CN': '不能修改自己的角色、组织或状态',
    'zh-TW': '不能修改自己的角色、組織或狀態',
    en: 'You cannot change your own role, organisation or status',
  },
} satisfies MessageCatalogue;
