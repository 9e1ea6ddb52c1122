import type { Dict } from '../../../i18n/types';
import type { enterpriseServiceZhCN } from './zh-CN';

export const enterpriseServiceEn: Dict<typeof enterpriseServiceZhCN> = {
  menu: { problems: 'Enterprise problems', board: 'Liaisons and cultivation' },
  title: 'Enterprise problems',
  raise: 'Raise a problem',
  empty: 'No problems',
  filter: { open: 'Open', overdue: 'Overdue (督办)', all: 'All' },
  counts: 'This year: {{collected}} collected, {{solved}} solved; {{open}} open, {{overdue}} overdue',
  status: { submitted: 'Waiting to be signed for', acknowledged: 'Being handled', answered: 'Answered, awaiting confirmation', closed: 'Closed' },
  category: { land: 'Land', finance: 'Finance', labour: 'Labour', approval: 'Approvals', utilities: 'Water, power, gas', policy: 'Policy payments', other: 'Other' },
  via: { liaison: 'Liaison visit', district: 'District', enterprise: 'Enterprise' },
  demo: { document: 'Demo data from {{file}} (the sentence below), which states only the counts; titles, enterprises and dates are illustrative', synthetic: 'Demo data (fictitious)' },
  countdown: { left: '{{count}} working days left', today: 'Due today', overdue: '{{count}} working days overdue', none: '—' },
  columns: {
    enterprise: 'Enterprise', title: 'Problem', category: 'Category', department: 'Department', district: 'District', status: 'Status', raisedOn: 'Raised', deadline: 'Deadline',
  },
  detail: {
    acknowledgeDue: 'Sign for by', answerDue: 'Answer by', raisedBy: 'Raised by', raisedVia: 'Source', description: 'Description', answer: 'Department\'s answer',
    satisfaction: 'Satisfaction', supervision: 'Supervisions', reopen: 'Reopened', history: 'History', closedByCity: 'Closed by the city', age: '{{count}} days old',
  },
  action: {
    acknowledge: 'Sign for', answer: 'Answer', confirm: 'Enterprise confirms', reopen: 'Not satisfied: reopen', supervise: 'Supervise', close: 'Close (city)',
    send: 'Submit', done: 'Done', stale: 'Someone else just moved this problem; it has been reloaded', answerText: 'Answer', text: 'Reason', satisfaction: 'Enterprise\'s satisfaction (1–5)',
  },
  events: { raise: 'Raised', acknowledge: 'Signed for', answer: 'Answered', confirm: 'Confirmed by the enterprise', reopen: 'Reopened', supervise: 'Supervised', close: 'Closed by the city' },
  form: {
    creditCode: 'Unified social credit code', find: 'Find', notFound: 'No enterprise you may serve has this code', enterprise: 'Enterprise', title: 'Title', description: 'Description',
    enterpriseHint: 'Type the enterprise’s name, pinyin, initials or credit code and pick it from your registry',
    category: 'Category', department: 'Department', required: 'Enter the {{field}}', submit: 'Submit', answerDays: 'Answer within {{count}} working days',
  },
  board: {
    liaisons: 'One liaison per enterprise', cultivation: 'Into 规上 / 限上', gapDays: 'Not visited for more than', unvisited: 'Only those not visited in time', liaison: 'Liaison', lastVisit: 'Last visit',
    never: 'Never visited', daysAgo: '{{count}} days ago', visits: 'Visits', openProblems: 'Open problems', needsVisit: 'To visit', setLiaison: 'Set liaison', addKey: 'Add a key enterprise’s liaison',
    recordVisit: 'Record a visit', visitedOn: 'Visited on', summary: 'What was found', problems: 'Problems the enterprise raised', addProblem: 'Add a problem', summaryTotal: '{{total}} key enterprises, {{unvisited}} not visited for more than {{gapDays}} days',
  },
  cultivation: {
    thresholds: 'Thresholds (annual main business revenue)', source: 'Source', candidates: 'Candidates', targets: 'Targets', kind: 'Kind', revenue: 'Revenue (10k yuan)',
    revenueMonth: 'Revenue to', threshold: 'Threshold (10k yuan)', gap: 'Gap (10k yuan)', share: 'Of threshold', mayEnter: 'May enter', expected: 'Expected', entered: 'Entered',
    enter: 'Entered', enteredMonth: 'Month entered', addCandidate: 'Add a candidate', setTarget: 'Set a target', target: 'Target', completed: 'Completed', completion: 'Completion',
    timeProgress: 'Time progress', period: 'Period', group: 'Group', district: 'District', year: 'Year',
    kinds: { industry: 'Industry (规上)', wholesale: 'Wholesale (限上)', retail: 'Retail (限上)', accommodation: 'Accommodation (限上)', catering: 'Catering (限上)' },
    groups: { above_scale: 'Into 规上', above_quota: 'Into 限上' },
    periods: { q1: 'Q1', q2: 'Q2', q3: 'Q3', q4: 'Q4', year: 'Year' },
    statuses: { ahead: 'Ahead of time', level: 'Level with time', behind: 'Behind time' },
  },
};
