import type { EnterpriseProblemStatus } from '@hongtu/domain';
import { transactionHook, type HookListener } from '../../platform/features/hooks';

/** A service ticket's status changed by this module (签收, 答复, 确认, 重新办理, 办结), inside its transaction. */
export interface ProblemStatusChange {
  problemId: number;
  from: EnterpriseProblemStatus;
  to: EnterpriseProblemStatus;
  /** The staff user who moved it. */
  actorId: number;
  at: string;
}

/** Emitted by problems.service.ts on every change of status; other features listen through enterprise-service.public. */
export const problemStatusChanged = transactionHook<ProblemStatusChange>();

/** Follows the tickets' status changes (the portal tells the enterprise that raised one). */
export function onProblemStatusChange(listener: HookListener<ProblemStatusChange>): void {
  problemStatusChanged.listen(listener);
}
