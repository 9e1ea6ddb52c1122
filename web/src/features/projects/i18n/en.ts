import type { Dict } from '../../../i18n/types';
import type { projectsZhCN } from './zh-CN';

export const projectsEn: Dict<typeof projectsZhCN> = {
  menu: { projects: 'Major projects' },
  title: 'Major project library',
  empty: 'No projects yet',
  actions: {
    create: 'New project', edit: 'Edit project', save: 'Save', cancel: 'Cancel', export: 'Export to Excel', import: 'Import from Excel', search: 'Search', reset: 'Reset',
    open: 'Open', fill: 'Fill in', back: 'Back to the library', backToProject: 'Back to the project', saveDraft: 'Save draft', submit: 'Submit for review', approve: 'Approve',
    return: 'Return', close: 'Close', reports: 'Monthly reports',
  },
  filters: { q: 'Name / code / owner', organisation: 'District', planYear: 'Plan year', all: 'All' },
  columns: {
    code: 'Code', name: 'Project', organisation: 'District', level: 'Level', category: 'Category', totalInvestment: 'Total investment (万元)',
    annualPlan: 'Annual plan (万元)', planYear: 'Plan year', yearStatus: 'Status in the year', stage: 'Stage', owner: 'Owner', updatedAt: 'Updated',
  },
  level: { province: 'Provincial key', city: 'City key', district: 'District key' },
  category: {
    science_innovation: 'Science facilities and innovation platforms', social_livelihood: 'Social and livelihood', emerging_industry: 'Strategic emerging industry',
    advanced_manufacturing: 'Advanced manufacturing', infrastructure: 'Infrastructure (incl. ecology)', headquarters: 'Headquarters economy', commerce_logistics: 'Commerce and logistics',
  },
  yearStatus: { continuing: 'Continuing', new_start: 'New start', preparatory: 'Preparatory', completed: 'Completed' },
  stage: {
    lead: 'Lead', negotiation: 'Negotiation', signed: 'Signed', registered: 'Registered', land: 'Land supplied', started: 'Started', under_construction: 'Under construction',
    completed: 'Completed', in_production: 'In production', full_output: 'Full output',
  },
  milestone: {
    signing: 'Signing', land: 'Land supply', planning: 'Planning permit', eia: 'Environmental assessment', construction_permit: 'Construction permit', start: 'Start',
    completion: 'Completion', production: 'Production',
  },
  tag: { fortune_global_500: 'Fortune Global 500', china_500: 'China 500', private_500: 'Private 500', central_soe: 'Central SOE', headquarters: 'Headquarters', foreign: 'Foreign-oriented' },
  reportStatus: { not_started: 'Not started', draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved' },
  form: {
    newTitle: 'New major project',
    editTitle: 'Edit project',
    sections: { basic: 'Basics', investment: 'Investment', milestones: 'Milestones', responsibility: 'Responsibility', location: 'Location and tags' },
    organisation: 'District', code: 'Code', codeHint: 'Left empty, the project is numbered', name: 'Project name', level: 'Level', category: 'Category', industry: 'Industry',
    ownerName: 'Owner', ownerCreditCode: 'Unified social credit code', totalInvestment: 'Total investment (万元)', annualPlan: 'Annual planned investment (万元)', planYear: 'Plan year',
    schedule: 'Annual plan schedule', scheduleLinear: 'Linear (time progress)', scheduleQuarterly: 'Cumulative percent by quarter', scheduleMonthly: 'Cumulative percent by month',
    share: 'Period {{n}} cumulative (%)', yearStatus: 'Status in the year', stage: 'Stage', milestone: 'Milestone', planned: 'Planned date', actual: 'Actual date',
    contactLeader: 'Contact leader', responsibleDepartment: 'Responsible department', taskForce: 'Task force', address: 'Address', longitude: 'Longitude', latitude: 'Latitude', tags: 'Tags',
    thresholdHint: 'City key projects: a total investment of at least {{threshold}} 亿元',
    created: 'Project created', saved: 'Project saved', stale: 'Someone else changed the project: it has been read again, check it and save again',
  },
  project: {
    overview: 'Overview', source: 'Source', documentNote: 'The name, district, year and what the quote states come from the document {{file}}; amounts, dates and anything else it does not state are synthetic demo data.',
    synthetic: 'Synthetic demo data', imported: 'Imported from Excel', monthlyPlan: 'Annual plan by month (万元)', reports: 'Monthly reports', duplicates: 'Possibly entered twice',
    monthLabel: '{{month}}/{{year}}',
    milestonesTitle: 'Milestones', month: 'Month', none: '—',
  },
  cityList: {
    threshold: 'Entry to the city list: a {{category}} project needs a total investment of at least {{threshold}} 亿元 (100m yuan)', below: 'The total investment is below the threshold: the project cannot enter the city list yet',
    approve: 'Take into the city list', confirm: 'Take this project into the city\'s major projects?', confirmText: 'Its level becomes city; the audit trail records it.', approved: 'The project is now in the city list',
  },
  report: {
    title: '{{name}} · {{period}}', period: 'Period', monthInvestment: 'Investment this month (万元)', ytdInvestment: 'Investment year to date (万元)',
    previousYtd: 'Last month\'s year to date (万元)', ytdHint: 'Last month\'s year to date plus this month: {{expected}}', progressText: 'Visual progress', problems: 'Problems', nextSteps: 'Next steps',
    inStatistics: 'In the statistics', timeProgress: 'Time progress', completion: 'Completion', gap: 'Against time progress', plannedYtd: 'Planned to date (万元)', annualPlan: 'Annual plan (万元)',
    points: '{{value}} pp', saved: 'Draft saved', submitted: 'Submitted, waiting for the city\'s review', approvedMessage: 'Approved', returnedMessage: 'Returned',
    returnReason: 'Reason for return', reasonRequired: 'Please give the reason', confirmSubmit: 'Submit this month\'s report?', confirmSubmitText: 'The city reviews it next; it cannot be changed until then.',
    confirmApprove: 'Approve this month\'s report?', history: 'History', stale: 'Someone else changed the report: it has been read again, check it and save again', readOnly: 'This report cannot be edited',
    events: { save: 'Saved', submit: 'Submitted', return: 'Returned', approve: 'Approved', import: 'Imported from Excel' },
  },
  import: {
    title: 'Import the library and monthly reports', period: 'Period', template: 'Download the template (current library)', drop: 'Click or drop the filled Excel file here',
    hint: 'One project per row: a row with a code updates that project, one without is matched by name or created; a row with this month\'s investment also saves the month\'s report (as a draft).',
    checking: 'Checking the file…', ok: 'Checked: {{creates}} new projects, {{updates}} changed, {{reports}} reports saved', blocking: 'The file has problems and cannot be imported',
    problemCount: '{{count}} problems', alreadyImported: 'This file was imported before', notices: 'Notices', commit: 'Import', again: 'Upload again',
    committed: 'Imported: {{created}} new projects, {{updated}} changed, {{reports}} reports',
    columns: { sheet: 'Sheet', row: 'Row', column: 'Column', message: 'Problem' },
  },
};
