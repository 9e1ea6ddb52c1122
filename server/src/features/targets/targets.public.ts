// What other features may use of annual targets (enforced by the lint rule on imports).
export { periodTargets, yearTargets, type StatedPeriodTarget, type YearTarget } from './targets.read-model';
