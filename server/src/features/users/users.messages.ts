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
  ROLE_ORGANISATION_KIND: {
    'zh-CN': '区级填报员只能属于区或功能区，不能设在市、街道或部门',
    'zh-TW': '區級填報員只能屬於區或功能區，不能設在市、街道或部門',
    en: 'A district operator belongs to a district or functional zone, not to a city, street or department',
  },
  VALIDATION_PHONE: {
    'zh-CN': '电话号码格式不正确：手机号 11 位，座机请带区号（如 027-85761234）',
    'zh-TW': '電話號碼格式不正確：手機號 11 位，市話請帶區號（如 027-85761234）',
    en: 'Not a telephone number: a mobile has 11 digits, a landline its area code (027-85761234)',
  },
} satisfies MessageCatalogue;
