// What other features may use of annual targets (enforced by the lint rule on imports).
export { yearTargets, type YearTarget } from './targets.read-model';
