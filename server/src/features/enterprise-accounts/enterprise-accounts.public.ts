// What other features may use of enterprise-accounts (enforced by the lint rule on imports):
// the enterprise account signed in on a request, the portal's challenge for anonymous forms, and
// messages to an account (stored for its page and sent to its contact).
export type { EnterpriseAccountRow } from './enterprise-accounts.table';
export { enterpriseAccountOf, type EnterpriseAccountView } from './enterprise-session';
export {
  issuePortalChallenge, verifyPortalChallenge, portalChallengeAnswerOf, portalChallengeFields,
  type IssuedPortalChallenge, type PortalChallengeAnswer,
} from './portal-challenge';
export { notifyEnterpriseAccount, sendAccountMessage, type StoredAccountMessage } from './account-messages';
export {
  ACCOUNT_MESSAGE_RETRY, MAX_ACCOUNT_MESSAGE_ATTEMPTS, AccountMessagesNotSent, queueSendJob, sendWaiting, type SendFailure, type WaitingMessage,
} from './account-message-sends';
/** Tests of other features: read the codes and messages sent to accounts. */
export { capturingProofSender, useProofSender, type ProofMessage } from './proof-sender';
export { heldByNoLiveJob, sweepOutboxRegularly, type MessageOutbox } from './message-outbox-sweep';
