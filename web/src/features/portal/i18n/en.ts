import type { Dict } from '../../../i18n/types';
import type { portalZhCN } from './zh-CN';

export const portalEn: Dict<typeof portalZhCN> = {
  title: 'Portal opportunities',
  subtitle: 'Projects and land parcels the city offers on the public portal; only published ones are public.',
  empty: 'No opportunities yet',
  openPortal: 'Open the portal',
  add: 'New opportunity',
  columns: { title: 'Title', kind: 'Kind', district: 'District', status: 'Status', updatedAt: 'Updated', actions: 'Actions' },
  kind: { project: 'Major project', land: 'Land parcel' },
  status: { draft: 'Draft', published: 'Published', withdrawn: 'Withdrawn' },
  illustrative: 'Illustrative',
  publish: 'Publish',
  withdraw: 'Withdraw',
  confirmPublish: 'Once published, "{{title}}" is public on the portal. Publish it?',
  confirmWithdraw: '"{{title}}" will no longer be shown to the public. Withdraw it?',
  published: 'Published',
  withdrawn: 'Withdrawn',
  created: 'Saved as a draft',
  form: {
    kind: 'Kind', project: 'Major project', projectSearch: 'Type a project name', district: 'District', title: 'Title', summary: 'Summary',
    areaMu: 'Area (mu)', plannedUse: 'Planned use', location: 'Location', conditions: 'Conditions', contactOffice: 'Contact office',
    contactPhone: 'Office phone', phoneHelp: "An office's phone, never a person's mobile.", save: 'Save draft', cancel: 'Cancel', required: 'Required',
  },
};
