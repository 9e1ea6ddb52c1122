// The portal's challenge on sign-up and anonymous forms (packages/domain portal/proof-of-work.ts):
// signed with the installation's secret (HONGTU_PORTAL_SECRET, else one kept in the database and
// shared by every app server), each token answered once before it expires.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  PORTAL_CHALLENGE_DIFFICULTY, PORTAL_CHALLENGE_MINUTES, addendsOf, encodeChallenge, verifyChallenge,
  type ChallengeCrypto, type Locale,
} from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { html, type SafeHtml } from '../portal/portal.public';

const secrets = new WeakMap<object, Promise<string>>();

async function loadSecret(deps: Pick<Deps, 'db' | 'clock'>): Promise<string> {
  const configured = process.env.HONGTU_PORTAL_SECRET;
  if (configured && configured.length >= 16) return configured;
  const stored = await deps.db.selectFrom('portal_challenge_secrets').select('secret').where('id', '=', 1).executeTakeFirst();
  if (stored) return stored.secret;
  // The first server to need one makes it; a concurrent one keeps the row that won.
  await deps.db.insertInto('portal_challenge_secrets')
    .values({ id: 1, secret: randomBytes(32).toString('base64url'), created_at: deps.clock.now().toISOString() })
    .onConflict((oc) => oc.column('id').doNothing()).execute();
  return (await deps.db.selectFrom('portal_challenge_secrets').select('secret').where('id', '=', 1).executeTakeFirstOrThrow()).secret;
}

async function cryptoOf(deps: Pick<Deps, 'db' | 'clock'>): Promise<ChallengeCrypto> {
  let secret = secrets.get(deps.db);
  if (!secret) {
    secret = loadSecret(deps);
    secrets.set(deps.db, secret);
    secret.catch(() => secrets.delete(deps.db));
  }
  const key = await secret;
  return {
    sign: (text) => createHmac('sha256', key).update(text).digest('base64url'),
    sha256: (text) => new Uint8Array(createHash('sha256').update(text).digest()),
  };
}

/** A new challenge for a form: the token to carry, the work's difficulty, and the no-script question. */
export interface IssuedPortalChallenge {
  token: string;
  difficulty: number;
  question: readonly [number, number];
}

export async function issuePortalChallenge(deps: Pick<Deps, 'db' | 'clock'>): Promise<IssuedPortalChallenge> {
  const id = randomBytes(12).toString('base64url');
  const challenge = {
    id, difficulty: PORTAL_CHALLENGE_DIFFICULTY,
    expiresAt: deps.clock.now().getTime() + PORTAL_CHALLENGE_MINUTES * 60_000,
    addends: addendsOf(id),
  };
  return { token: encodeChallenge(challenge, await cryptoOf(deps)), difficulty: challenge.difficulty, question: challenge.addends };
}

/** What a form posts for its challenge (fields written by portalChallengeFields). */
export interface PortalChallengeAnswer {
  token: string;
  nonce?: string | null;
  sum?: string | null;
}

/** The answer's fields of a posted form: `challenge`, `challengeNonce`, `challengeSum`. */
export function portalChallengeAnswerOf(body: Readonly<Record<string, unknown>>): PortalChallengeAnswer {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string).slice(0, 600) : '');
  return { token: text('challenge'), nonce: text('challengeNonce'), sum: text('challengeSum') };
}

/**
 * Whether the answer is right, the token the server's and unexpired, and not answered before
 * (the token is then spent). A token alone (a string) is checked without an answer: always false.
 */
export async function verifyPortalChallenge(deps: Pick<Deps, 'db' | 'clock'>, answer: PortalChallengeAnswer | string): Promise<boolean> {
  const given = typeof answer === 'string' ? { token: answer } : answer;
  const now = deps.clock.now();
  const { verdict, challenge } = verifyChallenge(given.token, given, await cryptoOf(deps), now.getTime());
  if (verdict !== 'ok' || !challenge) return false;
  // Forget spent tokens once they could not be answered anyway.
  await deps.db.deleteFrom('portal_challenges_spent').where('expires_at', '<', now.toISOString()).execute();
  const spent = await deps.db.insertInto('portal_challenges_spent')
    .values({ id: challenge.id, expires_at: new Date(challenge.expiresAt).toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id').executeTakeFirst();
  return spent !== undefined;
}

const T = {
  legend: { 'zh-CN': '人机验证', 'zh-TW': '人機驗證', en: 'Are you a person?' },
  working: {
    'zh-CN': '页面正在自动完成验证，完成后可直接提交；如浏览器未启用脚本，请回答下面的问题。',
    'zh-TW': '頁面正在自動完成驗證，完成後可直接提交；如瀏覽器未啟用指令碼，請回答下面的問題。',
    en: 'The page answers this by itself; without script in your browser, please answer the question below.',
  },
  question: { 'zh-CN': '{a} 加 {b} 等于几？（填数字）', 'zh-TW': '{a} 加 {b} 等於幾？（填數字）', en: 'What is {a} plus {b}? (digits)' },
} as const;

/** The form's challenge: the token, the nonce the script fills in, and the question for readers without script. */
export function portalChallengeFields(challenge: IssuedPortalChallenge, locale: Locale): SafeHtml {
  const [a, b] = challenge.question;
  const question = T.question[locale].replace('{a}', String(a)).replace('{b}', String(b));
  return html`<fieldset class="portal-challenge" data-portal-challenge data-difficulty="${challenge.difficulty}">
  <legend>${T.legend[locale]}</legend>
  <p class="portal-challenge-note">${T.working[locale]}</p>
  <input type="hidden" name="challenge" value="${challenge.token}">
  <input type="hidden" name="challengeNonce" value="">
  <label>${question} <input name="challengeSum" inputmode="numeric" autocomplete="off" maxlength="3"></label>
</fieldset>
<script src="/portal/account/challenge.js" defer></script>`;
}

/**
 * The page script (served as a file: the portal's CSP allows no inline script): finds the nonce
 * with Web Crypto, fills it in, and says so in place of the question.
 */
export const PORTAL_CHALLENGE_SCRIPT = `(function () {
  'use strict';
  var box = document.querySelector('[data-portal-challenge]');
  if (!box || !window.crypto || !window.crypto.subtle || !window.TextEncoder) return;
  var form = box.closest('form');
  var token = box.querySelector('input[name=challenge]').value;
  var nonceField = box.querySelector('input[name=challengeNonce]');
  var difficulty = Number(box.getAttribute('data-difficulty')) || 16;
  var encoder = new TextEncoder();
  function zeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { bits += 8; continue; }
      return bits + Math.clz32(bytes[i]) - 24;
    }
    return bits;
  }
  var n = 0;
  function step() {
    var batch = [];
    for (var k = 0; k < 256; k++, n++) batch.push(n.toString(36));
    return Promise.all(batch.map(function (nonce) {
      return crypto.subtle.digest('SHA-256', encoder.encode(token + ':' + nonce)).then(function (h) {
        return zeroBits(new Uint8Array(h)) >= difficulty ? nonce : null;
      });
    })).then(function (found) {
      var hit = found.filter(Boolean)[0];
      if (hit) {
        nonceField.value = hit;
        box.setAttribute('data-solved', 'true');
        var sum = box.querySelector('input[name=challengeSum]');
        if (sum && sum.parentElement) sum.parentElement.hidden = true;
        return;
      }
      return step();
    });
  }
  step();
  if (form) form.addEventListener('submit', function () { box.setAttribute('data-submitted', 'true'); });
})();
`;
