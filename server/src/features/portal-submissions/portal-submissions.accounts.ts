import type { FastifyRequest } from 'fastify';
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import {
  enterpriseAccountOf, issuePortalChallenge, notifyEnterpriseAccount, portalChallengeAnswerOf, portalChallengeFields, verifyPortalChallenge,
} from '../enterprise-accounts/enterprise-accounts.public';
import type { SafeHtml } from '../portal/portal.public';

/** The enterprise account a portal request is signed in with (enterprise-accounts). */
export interface PortalAccount {
  accountId: number;
  status: string;
  creditCode: string;
  companyName: string;
  enterpriseId: number | null;
  districtId: number | null;
}

/** A challenge as a form shows it: the token (hidden field), the work asked, and the sum for readers without script. */
export interface FormChallenge {
  token: string;
  difficulty: number;
  question: readonly [number, number];
}

/**
 * What the portal's forms need of enterprise accounts: who is signed in, the challenge on anonymous
 * forms, and telling an account that its submission changed. One seam, so the service's tests can
 * say who is signed in without a browser session.
 */
export interface SubmissionAccounts {
  accountOf(request: FastifyRequest): Promise<PortalAccount | null>;
  issueChallenge(): Promise<FormChallenge>;
  /** The form's challenge fields: the token, the nonce a script fills in, the question for readers without script. */
  challengeFields(challenge: FormChallenge, locale: Locale): SafeHtml;
  /** Whether the posted form answered its challenge (a token is spent once answered). */
  verifyChallenge(form: Readonly<Record<string, unknown>>): Promise<boolean>;
  /** Stores a message for the account inside the caller's transaction (null: none, the account is gone); the caller queues its sending. */
  notify(trx: Executor, message: { accountId: number; text: Readonly<Record<Locale, string>>; now: string }): Promise<{ messageId: number | null }>;
}

/** The enterprise accounts feature's own session, challenge and messages. */
export function createSubmissionAccounts(deps: Pick<Deps, 'db' | 'clock'>): SubmissionAccounts {
  return {
    accountOf: (request) => enterpriseAccountOf(request),
    issueChallenge: () => issuePortalChallenge(deps),
    challengeFields: (challenge, locale) => portalChallengeFields(challenge, locale),
    verifyChallenge: (form) => verifyPortalChallenge(deps, portalChallengeAnswerOf(form)),
    notify: (trx, message) => notifyEnterpriseAccount(trx, message),
  };
}
