// Reports (报告): the rules that write a report's sentences from numbers — ranks and periods in
// words, amounts and rates as bulletins write them, verdicts against time progress and targets.
export * from './words';
export * from './numbers';
export * from './narrative';
