import type { LeadStage } from '@hongtu/domain';
import { transactionHook, type HookListener } from '../../platform/features/hooks';

/** A lead moved to another stage by this module (a move, or 签约 with its contract), inside its transaction. */
export interface LeadStageChange {
  leadId: number;
  from: LeadStage;
  to: LeadStage;
  /** The staff user who moved it. */
  actorId: number;
  at: string;
}

/** Emitted by moveStage (investment-leads.service.ts); other features listen through investment.public. */
export const leadStageChanged = transactionHook<LeadStageChange>();

/** Follows the leads' stages (the portal tells the enterprise whose interest became the lead). */
export function onLeadStageChange(listener: HookListener<LeadStageChange>): void {
  leadStageChanged.listen(listener);
}
