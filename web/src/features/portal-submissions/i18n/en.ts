import type { Dict } from '../../../i18n/types';
import type { portalSubmissionsZhCN } from './zh-CN';

export const portalSubmissionsEn: Dict<typeof portalSubmissionsZhCN> = {
  title: 'Portal submissions',
  intro: 'Tips, interest in opportunities and problems sent through the portal. The city sees every tip, a district the interest and problems routed to it; contacts are masked, and reading one in full is audited.',
  empty: 'Nothing received yet',
  all: 'All',
  kind: { interest: 'Interest', problem: 'Problem', tip: 'Tip or article' },
  status: { received: 'Received', routed: 'Routed', in_progress: 'In progress', answered: 'Answered', closed: 'Closed', rejected: 'Not accepted' },
  columns: { kind: 'Kind', title: 'Title', status: 'Status', organisation: 'Routed to', company: 'Company', contact: 'Contact', createdAt: 'Sent' },
  detail: {
    body: 'Text', contact: 'Contact person', showContact: 'Show the full contact', consent: 'Consent to the purpose', record: 'Became', lead: 'Lead #{{id}}', problem: 'Problem #{{id}}',
    history: 'History', note: 'Note told to the sender (optional)', moveTo: 'Set to "{{status}}"', erase: 'Erase personal data on request', eraseConfirm: 'The text and contact cannot be recovered. Erase?',
    attachment: 'Attachment',
    erased: 'Personal data erased', anonymous: 'Anonymous',
  },
  done: 'Saved; the sender is told',
  stale409: 'Someone else just changed this submission: reload and try again',
};
