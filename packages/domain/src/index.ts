// @hongtu/domain — the pure rules of DOMAIN.md: exact decimals and units, number input,
// Chinese numerals, credit codes, formatting, periods, time progress, completion, ranking
// and warning rules. No I/O.
export * from './decimal';
export * from './locale';
export * from './units';
export * from './number-input';
export * from './chinese-numerals';
export * from './credit-code';
export {
  formatAmount,
  formatCompact,
  formatNumberForUnit,
  formatPercent,
  formatPoints,
  groupThousands,
  type FormatOptions,
} from './format';
export * from './periods';
export * from './time-progress';
export * from './direction';
export * from './progress';
export * from './ranking';
export * from './warnings/types';
export * from './warnings/consecutive';
export * from './warnings/metrics';
export * from './warnings/evaluate';
export * from './warnings/presets';
export * from './warnings/describe';
export * from './warnings/validate';
