// What other features may use of investment (enforced by the lint rule on imports).
export type { InvestmentContractRow, InvestmentLeadRow } from './investment.table';
export { recordPortalInterest, leadStagesOf, type PortalInterest } from './investment-portal.service';
export { onLeadStageChange, type LeadStageChange } from './lead-stage-hook';
