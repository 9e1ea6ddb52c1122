import { dictionary } from '@zxcvbn-ts/language-common';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordCharacterClasses,
  passwordUsernameProblem,
} from '@hongtu/contracts';
import { AppError } from '../errors/app-error';

/** Passwords common in Chinese offices that the international list misses. */
const LOCAL_COMMON_PASSWORDS = [
  'woaini1314', '5201314', 'aa123456', 'qq123456', 'a123456', 'abc123456', 'admin123',
  'admin@123', 'admin123!', 'p@ssw0rd', 'p@ssword1', 'password1!', 'passw0rd!', 'abc@123',
  'abc@1234', 'qwe123!@#', '1qaz@wsx', '1qaz2wsx!', 'zaq1@wsx', 'huawei@123', 'root@123',
  'test@123', 'welcome1!', 'hongtu@123', 'hongtu123!', 'wuhan@123', 'wuhan123!', 'hubei@123',
  'china@123', 'beijing@123', 'a1b2c3d4!', 'qwer1234!', 'asdf1234!', 'zxcv1234!',
];

const COMMON = new Set<string>([...dictionary.passwords, ...LOCAL_COMMON_PASSWORDS]);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/**
 * The server's full password rule: length and classes (shared with forms
 * through the contract), neither the user name nor containing it, not a common password.
 * Long passwords are used as given, never truncated. `field` names the form field the refusal is about.
 */
export function assertAcceptablePassword(password: string, username: string, field = 'password'): void {
  const violation = (
    code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_CLASSES' | 'PASSWORD_IS_USERNAME' | 'PASSWORD_CONTAINS_USERNAME' | 'PASSWORD_COMMON',
    params = {},
  ) => new AppError(400, code, params, [{ path: field, message: code }]);
  if ([...password].length < PASSWORD_MIN_LENGTH) throw violation('PASSWORD_TOO_SHORT', { min: PASSWORD_MIN_LENGTH });
  if ([...password].length > PASSWORD_MAX_LENGTH) throw violation('PASSWORD_TOO_LONG', { max: PASSWORD_MAX_LENGTH });
  if (passwordCharacterClasses(password) < 3) throw violation('PASSWORD_CLASSES');
  // Equal to the user name, or containing it: each refused with its own code and message.
  const problem = passwordUsernameProblem(password, username);
  if (problem === 'is_username') throw violation('PASSWORD_IS_USERNAME');
  if (problem === 'contains_username') throw violation('PASSWORD_CONTAINS_USERNAME');
  if (isCommonPassword(password)) throw violation('PASSWORD_COMMON');
}
