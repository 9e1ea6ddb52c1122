// Major projects 重大项目 (docs/DOMAIN.md "Major projects"): vocabulary, project checks, the plan's
// schedule and progress, the monthly report and its workflow.
export * from './vocabulary';
export * from './rules';
export * from './schedule';
export * from './district-totals';
export * from './reports';
export * from './warnings';
export * from './geo';
export * from './indicator-link';
export * from './problems';
export * from './attachments';
export * from './tours';
