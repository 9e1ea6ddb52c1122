// @hongtu/domain — the pure rules of docs/DOMAIN.md: exact decimals and units, number input,
// Chinese numerals, credit codes, formatting, periods, time progress, completion, ranking,
// warning rules, indicator kinds, organisation kinds, the reporting workflow, targets and
// the permission table. No I/O.
export * from './decimal';
export * from './fixed-point';
export * from './locale';
export * from './units';
export * from './number-input';
export * from './chinese-numerals';
export * from './credit-code';
export {
  changesInPoints,
  formatAmount,
  formatCompact,
  formatGrowth,
  GROWTH_PLACES,
  formatNumberForUnit,
  formatPercent,
  formatPoints,
  groupThousands,
  type FormatOptions,
} from './format';
export * from './periods';
export * from './period-evidence';
export * from './growth-text';
export * from './time-progress';
export * from './q1-pace';
export * from './direction';
export * from './progress';
export * from './ranking';
export * from './dashboard-month';
export * from './indicator-kinds';
export * from './frequency';
export * from './growth-basis';
export * from './indicator-settings';
export * from './vintages';
export * from './period-targets';
export * from './organisation-kinds';
export * from './access';
export * from './reporting-workflow';
export * from './notifications';
export * from './targets';
export * from './projects';
export * from './enterprise-service';
export * from './investment';
export * from './enterprises';
export * from './warnings/types';
export * from './warnings/consecutive';
export * from './warnings/metrics';
export * from './warnings/evaluate';
export * from './warnings/presets';
export * from './warnings/describe';
export * from './warnings/short-reason';
export * from './warnings/board';
export * from './warnings/validate';
export * from './reference-figures';
export * from './documents';
export * from './reports';
export * from './portal';
export * from './portal-submissions';
