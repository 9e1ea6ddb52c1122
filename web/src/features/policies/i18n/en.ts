import type { Dict } from '../../../i18n/types';
import type { policiesZhCN } from './zh-CN';

export const policiesEn: Dict<typeof policiesZhCN> = {
  menu: { policies: 'Policies' },
  title: 'Policy library',
  empty: 'No policy matches',
  search: 'Title, issuer or document number',
  inForceOnly: 'In force only',
  total: '{{count}} policies',
  columns: { title: 'Policy', issuer: 'Issuer', documentNumber: 'Document no.', issuedOn: 'Issued', validity: 'Valid', conditions: 'Conditions' },
  open: 'open-ended',
  inForce: 'In force', notInForce: 'Expired', withdrawn: 'Withdrawn',
  noConditions: 'Any enterprise',
  toTell: 'Enterprises to tell',
  exportToTell: 'Export the list',
  matched: 'Met', unknown: 'To check',
  forEnterprise: 'Policies an enterprise may qualify for',
  noMatch: 'No policy it may qualify for',
  condition: { industry: 'Industry {{value}}', size: 'Size {{value}}', district: 'District {{value}}' },
};
