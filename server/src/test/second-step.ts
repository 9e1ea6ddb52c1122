import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Me } from '@hongtu/contracts';
import type { Db } from '../db/database';
import { totpCode, totpStepAt, TOTP_WINDOW } from '../platform/auth/totp';
import type { TestClock } from './test-clock';

function sessionCookie(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie']].flat().find((c): c is string => typeof c === 'string' && c.startsWith('hongtu_session='));
  if (!header) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return header.split(';')[0]!;
}

/**
 * A code of the secret the server will accept now, by the app's clock: the earliest step of the
 * window after the last one accepted (a code is accepted once). When the window is spent — the
 * test clock stands still while a test signs in the same user again and again — the clock moves
 * on by one step (30 s).
 */
export async function nextCode(db: Db, clock: TestClock, userId: number, secret: string): Promise<string> {
  const row = await db.selectFrom('second_factors').select('last_step').where('user_id', '=', userId).executeTakeFirst();
  const last = row?.last_step ?? Number.NEGATIVE_INFINITY;
  let current = totpStepAt(clock.now());
  if (last >= current + TOTP_WINDOW) {
    clock.advanceMinutes(0.5 * (last - current - TOTP_WINDOW + 1));
    current = totpStepAt(clock.now());
  }
  return totpCode(secret, Math.max(current - TOTP_WINDOW, last + 1));
}

/**
 * Completes a sign-in the password step left waiting, as the user would: types the code of the
 * stored secret (the demo's DEMO_TOTP_SECRET for its admin, auditor and reviewer), or enrols a
 * second factor when the role requires one and has none. Returns the answer that set the
 * signed-in session's cookie.
 */
export async function completeSecondStep(
  app: FastifyInstance, db: Db, clock: TestClock, login: LightMyRequestResponse,
): Promise<LightMyRequestResponse> {
  const me = login.json<Me>();
  if (!me.pendingStep) return login;
  const headers = { cookie: sessionCookie(login) };
  if (me.pendingStep === 'enrol-second-factor') {
    const started = await app.inject({ method: 'POST', url: '/api/auth/second-factor/enrolment', headers, payload: {} });
    if (started.statusCode !== 200) throw new Error(`enrolment of ${me.username} failed: ${started.statusCode} ${started.body}`);
    const code = await nextCode(db, clock, me.id, started.json<{ secret: string }>().secret);
    const confirmed = await app.inject({ method: 'POST', url: '/api/auth/second-factor/enrolment/confirm', headers, payload: { code } });
    if (confirmed.statusCode !== 200) throw new Error(`enrolment of ${me.username} failed: ${confirmed.statusCode} ${confirmed.body}`);
    return confirmed;
  }
  const factor = await db.selectFrom('second_factors').select('secret').where('user_id', '=', me.id).executeTakeFirstOrThrow();
  const code = await nextCode(db, clock, me.id, factor.secret);
  const verified = await app.inject({ method: 'POST', url: '/api/auth/second-factor/verify', headers, payload: { code } });
  if (verified.statusCode !== 200) throw new Error(`second step of ${me.username} failed: ${verified.statusCode} ${verified.body}`);
  return verified;
}
