import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PORTAL_CHALLENGE_DIFFICULTY, PORTAL_CHALLENGE_MINUTES, addendsOf, encodeChallenge, verifyChallenge, type ChallengeCrypto } from '@hongtu/domain';
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { html, type SafeHtml } from '../portal/portal.public';
import type { Deps } from '../../platform/deps';

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
 * forms, and telling an account that its submission changed. One place, so the forms and the
 * service do not depend on how accounts do it.
 */
export interface SubmissionAccounts {
  accountOf(request: FastifyRequest): Promise<PortalAccount | null>;
  issueChallenge(): Promise<FormChallenge>;
  /** The form's challenge fields: the token, the nonce a script fills in, the question for readers without script. */
  challengeFields(challenge: FormChallenge, locale: Locale): SafeHtml;
  /** Whether the posted form answered its challenge (a token is spent once answered). */
  verifyChallenge(form: Readonly<Record<string, unknown>>): Promise<boolean>;
  /** Stores a message for the account inside the caller's transaction; `deliver` sends it once committed. */
  notify(trx: Executor, message: { accountId: number; text: Readonly<Record<Locale, string>>; now: string }): Promise<{ deliver(): Promise<void> }>;
}

const QUESTION: Readonly<Record<Locale, string>> = { 'zh-CN': '人机验证：请计算', 'zh-TW': '人機驗證：請計算', en: 'Are you a person? Work out' };
const SECRET = randomBytes(32);
const CRYPTO: ChallengeCrypto = {
  sign: (text) => createHmac('sha256', SECRET).update(text).digest('base64url'),
  sha256: (text) => new Uint8Array(createHash('sha256').update(text, 'utf8').digest()),
};

/** Until enterprise accounts serve them: no account is signed in, challenges signed with this process's key, nothing told. */
export function createSubmissionAccounts({ clock }: Pick<Deps, 'clock'>): SubmissionAccounts {
  return {
    async accountOf() {
      return null;
    },
    async issueChallenge() {
      const id = randomBytes(12).toString('base64url');
      const challenge = { id, difficulty: PORTAL_CHALLENGE_DIFFICULTY, expiresAt: clock.now().getTime() + PORTAL_CHALLENGE_MINUTES * 60_000, addends: addendsOf(id) };
      return { token: encodeChallenge(challenge, CRYPTO), difficulty: challenge.difficulty, question: challenge.addends };
    },
    challengeFields(challenge, locale) {
      const [a, b] = challenge.question;
      return html`<fieldset data-portal-challenge data-difficulty="${challenge.difficulty}"><legend>${QUESTION[locale]}</legend>
<input type="hidden" name="challenge" value="${challenge.token}"><input type="hidden" name="challengeNonce" value="">
<label>${a} + ${b} = <input name="challengeSum" inputmode="numeric" autocomplete="off" maxlength="3"></label></fieldset>`;
    },
    async verifyChallenge(form) {
      const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string).slice(0, 600) : '');
      return verifyChallenge(text('challenge'), { nonce: text('challengeNonce'), sum: text('challengeSum') }, CRYPTO, clock.now().getTime()).verdict === 'ok';
    },
    async notify() {
      // Nothing is kept or sent until enterprise accounts keep messages.
      return { deliver: async () => undefined };
    },
  };
}
