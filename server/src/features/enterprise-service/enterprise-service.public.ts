// What other features may use of enterprise-service (enforced by the lint rule on imports).
export { raisePortalProblem, departmentsForDistrict, problemStatesOf, type PortalProblem } from './problems-portal.service';
export { onProblemStatusChange, type ProblemStatusChange } from './problem-status-hook';
