import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** Sign-in, lockout and the password policy (platform/auth). */
export const AUTH_MESSAGES = {
  INVALID_CREDENTIALS: {
    'zh-CN': '用户名或密码错误',
    'zh-TW': '使用者名稱或密碼錯誤',
    en: 'Wrong user name or password',
  },
  ACCOUNT_LOCKED: {
    'zh-CN': '登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试或联系管理员解锁',
    'zh-TW': '登入失敗次數過多，帳戶已鎖定，請 {minutes} 分鐘後再試或聯絡管理員解鎖',
    en: 'Too many failed sign-ins; the account is locked. Try again in {minutes} minutes or ask an administrator',
  },
  ACCOUNT_DISABLED: {
    'zh-CN': '账户已停用，请联系管理员',
    'zh-TW': '帳戶已停用，請聯絡管理員',
    en: 'This account is disabled; contact an administrator',
  },
  WRONG_PASSWORD: {
    'zh-CN': '当前密码不正确',
    'zh-TW': '目前密碼不正確',
    en: 'The current password is wrong',
  },
  PASSWORD_TOO_SHORT: {
    'zh-CN': '密码至少 {min} 个字符',
    'zh-TW': '密碼至少 {min} 個字元',
    en: 'The password needs at least {min} characters',
  },
  PASSWORD_TOO_LONG: {
    'zh-CN': '密码最多 {max} 个字符',
    'zh-TW': '密碼最多 {max} 個字元',
    en: 'The password may have at most {max} characters',
  },
  PASSWORD_CLASSES: {
    'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    'zh-TW': '密碼須包含大寫字母、小寫字母、數字、符號中的至少三類',
    en: 'The password needs three of: upper-case, lower-case, digits, symbols',
  },
  PASSWORD_IS_USERNAME: {
    'zh-CN': '密码不能与用户名相同',
    'zh-TW': '密碼不能與使用者名稱相同',
    en: 'The password must not be the user name',
  },
  PASSWORD_COMMON: {
    'zh-CN': '该密码过于常见，请换一个',
    'zh-TW': '該密碼過於常見，請換一個',
    en: 'This password is too common; choose another',
  },
} satisfies MessageCatalogue;
