import type { Dict } from '../../../i18n/types';
import type { investmentZhCN } from './zh-CN';

/** The investment feature's texts in English. */
export const investmentEn: Dict<typeof investmentZhCN> = {
  menu: { leads: 'Investment leads', analysis: 'Investment analysis' },
  title: 'Investment leads',
  analysisTitle: 'Investment analysis',
  empty: 'No investment leads',
  newLead: 'New lead',
  stage: { lead: 'Lead', negotiation: 'Negotiation', signed: 'Signed', registered: 'Registered', started: 'Construction started', producing: 'In production' },
  source: { door_knocking: 'Door-knocking', via_investors: 'Via investors', building: 'Building-based', capital: 'Capital', expo: 'Expo', other: 'Other' },
  contactKind: { create: 'Recorded', visit: 'Visit', meeting: 'Meeting', call: 'Call', note: 'Note', stage: 'Stage move' },
  contractKind: { domestic: 'Domestic', foreign: 'Foreign' },
  currency: { yi_yuan: '100M yuan', wan_usd: '10k USD' },
  fund: { funds_in_place: 'Funds in place', industrial_funds: 'Industrial funds in place', foreign_capital: 'Foreign capital utilized', fdi: 'FDI' },
  activityKind: { trip: 'Trip', conference: 'Conference', signing_conference: 'Signing conference' },
  category: {
    science_innovation: 'Science and innovation', social_livelihood: 'Social livelihood', emerging_industry: 'Emerging industry', advanced_manufacturing: 'Advanced manufacturing',
    infrastructure: 'Infrastructure', headquarters: 'Headquarters', commerce_logistics: 'Commerce and logistics',
  },
  columns: {
    district: 'District', projectName: 'Project', investorName: 'Investor', creditCode: 'Unified social credit code', source: 'Source', industry: 'Industry',
    intended: 'Intended investment (100M yuan)', stage: 'Stage', contact: 'Contact', phone: 'Phone', owner: 'Owner', nextStep: 'Next step', nextStepOn: 'Next step date',
    lastActivity: 'Last activity', activity: 'Activity',
  },
  filter: { stage: 'Stage', stale: 'Stale leads only', search: 'Project or investor name' },
  stale: 'Stale for {{days}} days',
  staleHint: 'A lead with no visit, meeting or move for more than {{days}} days is flagged stale',
  duplicate: 'Pursued elsewhere',
  duplicateNotice: '{{district}} is also pursuing the same {{match}}: coordinate to avoid competing',
  match: { enterprise: 'enterprise', name: 'project' },
  actions: { move: 'Move to "{{stage}}"', log: 'Log a visit', sign: 'Record signed contract', showPhone: 'Show full number', toProject: 'Make major project', funds: 'Report funds in place', save: 'Save', cancel: 'Cancel' },
  detail: { kind: 'How', history: 'History', contracts: 'Signed contract', facts: 'Lead', text: 'What happened', on: 'Date', nextStep: 'Next step', milestones: 'Milestones', terms: 'Terms', inPlace: 'In place so far', project: 'Major project' },
  contract: { kind: 'Kind', currency: 'Currency', amount: 'Amount', signedOn: 'Signed on', month: 'Month', fundKind: 'Kind of funds', category: 'Project category', milestoneName: 'Milestone', milestoneDue: 'Due' },
  done: 'Saved',
  stale409: 'Someone changed the record meanwhile: it has been read again',
  projectCreated: 'Major project {{code}} created',
  projectLinked: 'Linked to major project {{code}}',
  tabs: { funnel: 'Funnel', districts: 'Districts', reconciliation: 'Reconciliation', activities: 'Activities', settings: 'Settings' },
  funnel: { stage: 'Stage', current: 'Now', reached: 'Reached', conversion: 'Conversion', intended: 'Intended investment', averageDays: 'Mean days in stage', total: 'Leads', signedShare: 'Signed share' },
  districts: {
    month: 'Month', signed: 'Signed', started: 'Started', fulfilment: 'Fulfilment rate', contracted: 'Contracted', inPlace: 'In place', inPlaceRate: 'In-place rate',
    ytd: 'Funds in place (year to date)', target: 'Target', completion: 'Completion', timeProgress: 'Time progress', gap: 'Against time progress', rank: 'Rank',
  },
  reconciliation: { kind: 'Kind of funds', fromContracts: 'From contracts (YTD)', reported: 'Reported figure', difference: 'Difference', none: 'Not approved' },
  activities: { new: 'New activity', name: 'Name', heldOn: 'Date', place: 'Place', kind: 'Kind', leads: 'Leads', contracts: 'Contracts', signed: 'Signed amount' },
  settings: { staleDays: 'Stale after (days)', hint: 'A lead without activity for more than this many days is flagged stale (7–365)' },
};
