import type { Dict } from '../../../i18n/types';
import type { enterprisesZhCN } from './zh-CN';

export const enterprisesEn: Dict<typeof enterprisesZhCN> = {
  menu: { enterprises: 'Enterprises' },
  title: 'Enterprise registry',
  empty: 'No enterprise matches',
  search: 'Name, pinyin, initials or credit code',
  flagsFilter: 'Flags (all of them)',
  sizeFilter: 'Size class',
  total: '{{count}} enterprises',
  add: 'Add enterprise',
  export: 'Export to Excel',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved',
  newTitle: 'New enterprise',
  editTitle: 'Edit enterprise',
  illustrative: 'Demo data',
  columns: { creditCode: 'Credit code', name: 'Name', organisation: 'Served by', industry: 'Industry', size: 'Size', flags: 'Flags' },
  fields: {
    creditCode: 'Unified social credit code', name: 'Name', formerNames: 'Former names (one a line)', organisation: 'Served by', legalForm: 'Legal form', industryCode: 'Industry code (section or division, e.g. C39)',
    address: 'Address', sizeClass: 'Size class', headquartersKind: 'Headquarters', flags: 'Flags', pinyin: 'Pinyin / initials',
  },
  legalForm: {
    limited_company: 'Limited liability company', joint_stock: 'Joint-stock company', state_owned: 'State-owned enterprise', collective: 'Collective enterprise', partnership: 'Partnership',
    sole_proprietorship: 'Sole proprietorship', foreign_branch: 'Branch of a foreign enterprise', branch: 'Branch', individual: 'Individual business', other: 'Other',
  },
  sizeClass: { large: 'Large', medium: 'Medium', small: 'Small', micro: 'Micro' },
  headquartersKind: { none: 'Not a headquarters', group: 'Group headquarters', regional: 'Regional headquarters', functional: 'Functional headquarters' },
  flag: {
    fortune500: 'Fortune Global 500', china500: 'China 500', private500: 'Private 500', centralSoe: 'Central SOE', foreignInvested: 'Foreign-invested',
    highTech: 'High-tech', specialised: 'Specialised (专精特新)', aboveScale: 'Above size (规上)', aboveQuota: 'Above quota (限上)', headquarters: 'Headquarters',
  },
  picker: { placeholder: 'Find an enterprise: name, pinyin, initials or code', notFound: 'Not in the registry' },
  policies: 'Policies it may qualify for',
};
