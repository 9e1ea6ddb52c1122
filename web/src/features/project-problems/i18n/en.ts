import type { Dict } from '../../../i18n/types';
import type { projectProblemsZhCN } from './zh-CN';

export const projectProblemsEn: Dict<typeof projectProblemsZhCN> = {
  menu: { projectProblems: 'Project problems', dispatch: 'Problem dispatch' },
  title: 'Project problems',
  empty: 'No problems',
  raise: 'Raise a problem',
  newTitle: 'Raise a project problem',
  columns: { project: 'Project', district: 'District', department: 'Department', title: 'Problem', status: 'Status', dueOn: 'Due', age: 'Age', category: 'Category' },
  days: '{{count}} days',
  workingDays: '{{count}} working days',
  overdue: 'Supervised: {{count}} working days overdue',
  supervised: 'Supervised {{count}} times',
  calendarUnknown: 'The official holidays of that year are not published yet: only weekends were left out',
  status: { assigned: 'With the department', answered: 'Answered', declined: 'Returned by the department', closed: 'Closed' },
  category: { land: 'Land', approval: 'Approvals', funds: 'Funds', utilities: 'Utilities', labour: 'Labour', demolition: 'Demolition', planning: 'Planning', environment: 'Environmental assessment', other: 'Other' },
  filter: { open: 'Open', all: 'All', overdue: 'Overdue' },
  form: {
    project: 'Project', category: 'Category', title: 'Problem', description: 'Details', department: 'Department',
    deadlineDays: 'Deadline (working days)', deadlineHelp: 'Working days on the official holiday and make-up day calendar',
    photos: 'Photos on site', takePhoto: 'Take or choose a photo', submit: 'Submit', required: 'Please enter the {{field}}',
  },
  detail: {
    raisedBy: 'Raised by', raisedOn: 'Raised on', description: 'Details', answer: 'Department\'s answer', history: 'History', closeTime: 'Time to close',
    attachments: 'Attachments', noAttachments: 'No attachments', taken: 'Taken {{time}}', place: 'At {{lat}}, {{lon}}',
  },
  action: {
    answer: 'Answer', decline: 'Not ours: return', close: 'Close', reopen: 'Send the answer back', assign: 'Assign', supervise: 'Supervise',
    text: 'Reason', answerText: 'Answer', send: 'OK', done: 'Done', stale: 'Someone else acted on the problem: it has been read again', department: 'Department', days: 'Deadline (working days)',
  },
  events: { raise: 'Raised', answer: 'Answered', decline: 'Returned', close: 'Closed', reopen: 'Answer sent back', assign: 'Assigned', supervise: 'Supervised' },
  dispatch: {
    title: 'Problem dispatch list', export: 'Export the dispatch list', byDistrict: 'By district', byDepartment: 'By department', open: 'Open', overdue: 'Overdue', oldest: 'Oldest (days)',
    today: 'As of {{date}}',
  },
  upload: { add: 'Upload a photo or document', camera: 'Take a photo', failed: 'Upload failed: {{message}}', remove: 'Remove', confirmRemove: 'Remove this attachment?', removed: 'Attachment removed', removeFailed: 'Could not remove: {{message}}' },
};
