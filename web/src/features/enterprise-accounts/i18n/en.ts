import type { Dict } from '../../../i18n/types';
import type { enterpriseAccountsZhCN } from './zh-CN';

export const enterpriseAccountsEn: Dict<typeof enterpriseAccountsZhCN> = {
  title: 'Company sign-ups',
  intro: 'Companies sign up on the portal and prove their contact; their district or the city confirms them, linking each to the registry record with the same credit code. Contacts are shown partly hidden.',
  empty: 'No sign-ups',
  status: { pending_confirmation: 'To confirm', confirmed: 'Confirmed', rejected: 'Rejected' },
  columns: { creditCode: 'Credit code', companyName: 'Company', district: 'District', contact: 'Contact', registry: 'Registry record', createdAt: 'Signed up', actions: 'Actions' },
  notInRegistry: 'Not in the registry (to be added after confirmation)',
  confirm: 'Confirm',
  reject: 'Reject',
  confirmQuestion: 'Confirm the sign-up of {{name}}?',
  rejectTitle: 'Reject the sign-up of {{name}}',
  reason: 'Reason (the company is told)',
  reasonRequired: 'Please give a reason',
  done: 'Done',
};
