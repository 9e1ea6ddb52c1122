import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** Sign-in, lockout, the password policy and the second factor (platform/auth). */
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
  PASSWORD_CONTAINS_USERNAME: {
    'zh-CN': '密码不能包含用户名',
    'zh-TW': '密碼不能包含使用者名稱',
    en: 'The password must not contain the user name',
  },
  PASSWORD_UNCHANGED: {
    'zh-CN': '新密码不能与管理员设置的密码相同',
    'zh-TW': '新密碼不能與管理員設定的密碼相同',
    en: 'The new password must differ from the one the administrator set',
  },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '请先修改管理员设置的初始密码',
    'zh-TW': '請先修改管理員設定的初始密碼',
    en: 'Choose a new password first: the administrator set this one',
  },
  PASSWORD_CHANGE_NOT_PENDING: {
    'zh-CN': '当前登录无需修改密码',
    'zh-TW': '目前登入無需修改密碼',
    en: 'This sign-in is not waiting for a new password',
  },
  PASSWORD_COMMON: {
    'zh-CN': '该密码过于常见，请换一个',
    'zh-TW': '該密碼過於常見，請換一個',
    en: 'This password is too common; choose another',
  },
  SECOND_FACTOR_REQUIRED: {
    'zh-CN': '请先完成两步验证',
    'zh-TW': '請先完成兩步驟驗證',
    en: 'Complete two-step verification first',
  },
  SECOND_FACTOR_WRONG_CODE: {
    'zh-CN': '验证码不正确',
    'zh-TW': '驗證碼不正確',
    en: 'The code is wrong',
  },
  SECOND_FACTOR_CODE_USED: {
    'zh-CN': '该验证码已使用过，请等待验证器生成新的验证码',
    'zh-TW': '該驗證碼已使用過，請等待驗證器產生新的驗證碼',
    en: 'This code has already been used; wait for the authenticator app to show a new one',
  },
  SECOND_FACTOR_NOT_PENDING: {
    'zh-CN': '当前登录无需两步验证',
    'zh-TW': '目前登入無需兩步驟驗證',
    en: 'This sign-in is not waiting for two-step verification',
  },
  SECOND_FACTOR_NOT_ENROLLED: {
    'zh-CN': '该账户未启用两步验证',
    'zh-TW': '該帳戶未啟用兩步驟驗證',
    en: 'Two-step verification is not set up for this account',
  },
  SECOND_FACTOR_ENROLLED: {
    'zh-CN': '两步验证已启用，如需更换设备请先关闭或请管理员重置',
    'zh-TW': '兩步驟驗證已啟用，如需更換裝置請先關閉或請管理員重設',
    en: 'Two-step verification is already set up; turn it off first, or ask an administrator to reset it, to change the device',
  },
  SECOND_FACTOR_NO_ENROLMENT: {
    'zh-CN': '没有进行中的两步验证绑定，请重新开始',
    'zh-TW': '沒有進行中的兩步驟驗證綁定，請重新開始',
    en: 'No two-step verification set-up is in progress; start again',
  },
  SECOND_FACTOR_PROOF_REQUIRED: {
    'zh-CN': '请输入验证器中的验证码或账户密码（二选一）',
    'zh-TW': '請輸入驗證器中的驗證碼或帳戶密碼（二擇一）',
    en: 'Enter either a code from the authenticator app or your password',
  },
  SECOND_FACTOR_MANDATORY: {
    'zh-CN': '您的角色必须启用两步验证，不能关闭',
    'zh-TW': '您的角色必須啟用兩步驟驗證，不能關閉',
    en: 'Your role requires two-step verification; it cannot be turned off',
  },
  SECOND_FACTOR_RESET_SELF: {
    'zh-CN': '不能重置自己的两步验证',
    'zh-TW': '不能重設自己的兩步驟驗證',
    en: 'You cannot reset your own two-step verification',
  },
} satisfies MessageCatalogue;
