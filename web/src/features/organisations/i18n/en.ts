import type { Dict } from '../../../i18n/types';
import type { organisationsZhCN } from './zh-CN';

export const organisationsEn: Dict<typeof organisationsZhCN> = {
  grants: {
    title: 'Read grants',
    intro: "A department has no districts under it, so its staff see no district's data. A grant lets them read the chosen organisation and everything under it — dashboards, rankings, reported figures — and change nothing.",
    empty: "No grant yet: the department's staff see no district's data",
    add: 'Add a grant',
    addTitle: 'Let {{name}} read',
    organisation: 'Organisation to read',
    organisationHint: "Within the department's parent organisation, for example the city or one of its districts",
    createdBy: 'Granted by',
    createdAt: 'Granted at',
    remove: 'Withdraw',
    confirmRemove: "The department's staff will no longer see this data. Withdraw?",
    added: 'Granted',
    removed: 'Grant withdrawn',
  },
};
