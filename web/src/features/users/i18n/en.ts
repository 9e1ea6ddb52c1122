import type { Dict } from '../../../i18n/types';
import type { usersZhCN } from './zh-CN';

export const usersEn: Dict<typeof usersZhCN> = {
  fields: {
    position: 'Position',
    phone: 'Telephone',
  },
  phone: {
    hint: 'A mobile, or a landline with its area code; lists show part of the digits only',
    invalid: 'Not a telephone number: a mobile has 11 digits, a landline its area code (027-85761234)',
    show: 'Show',
    showTitle: 'Show the full number (recorded in the audit trail)',
    none: 'None',
  },
  organisation: {
    forOperator: 'A district operator belongs to a district or functional zone',
  },
  password: {
    isUsername: 'The password must not be the user name',
    containsUsername: 'The password must not contain the user name',
    initialHint: 'The user replaces it with their own at the first sign-in',
    resetHint: 'The user replaces it with their own at the next sign-in',
  },
  mustChangePassword: 'Password to change',
  mustChangePasswordTitle: 'The user chooses their own password at the next sign-in',
};
