// Enterprise accounts' sessions: their own cookie (never the staff session's), a hashed token,
// idle and absolute expiry. A staff route never sees one; an enterprise route sees nothing else.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EnterpriseAccountStatus } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';

export const ENTERPRISE_SESSION_IDLE_MINUTES = 30;
export const ENTERPRISE_SESSION_HOURS = 12;

export function enterpriseCookieName(secure: boolean): string {
  return secure ? '__Host-hongtu_enterprise' : 'hongtu_enterprise';
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createEnterpriseSession(trx: Executor, now: Date, accountId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await trx.insertInto('enterprise_account_sessions').values({
    id: hashOf(token), account_id: accountId, created_at: at, last_seen_at: at,
    expires_at: new Date(now.getTime() + ENTERPRISE_SESSION_HOURS * 3_600_000).toISOString(),
  }).execute();
  return token;
}

export function setEnterpriseCookie(reply: FastifyReply, secure: boolean, token: string): void {
  reply.setCookie(enterpriseCookieName(secure), token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: ENTERPRISE_SESSION_HOURS * 3600 });
}

export function clearEnterpriseCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(enterpriseCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** The signed-in enterprise account, as other features may know it. */
export interface EnterpriseAccountView {
  accountId: number;
  status: EnterpriseAccountStatus;
  creditCode: string;
  companyName: string;
  enterpriseId: number | null;
  districtId: number | null;
  /** The session's id (hashed token), to end it. */
  sessionId: string;
}

async function resolve(deps: Pick<Deps, 'db' | 'clock' | 'config'>, request: FastifyRequest): Promise<EnterpriseAccountView | null> {
  const token = request.cookies?.[enterpriseCookieName(deps.config.secureCookies)];
  if (!token || token.length > 128) return null;
  const id = hashOf(token);
  const row = await deps.db.selectFrom('enterprise_account_sessions as s')
    .innerJoin('enterprise_accounts as a', 'a.id', 's.account_id')
    .select(['s.id', 's.last_seen_at', 's.expires_at', 'a.id as account_id', 'a.status', 'a.credit_code', 'a.company_name', 'a.enterprise_id', 'a.organisation_id'])
    .where('s.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const now = deps.clock.now();
  const idle = now.getTime() - Date.parse(row.last_seen_at) > ENTERPRISE_SESSION_IDLE_MINUTES * 60_000;
  if (idle || now.toISOString() > row.expires_at || row.status === 'deleted' || row.status === 'rejected') {
    await deps.db.deleteFrom('enterprise_account_sessions').where('id', '=', id).execute();
    return null;
  }
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await deps.db.updateTable('enterprise_account_sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
  }
  return {
    accountId: row.account_id, status: row.status, creditCode: row.credit_code, companyName: row.company_name,
    enterpriseId: row.enterprise_id, districtId: row.organisation_id, sessionId: row.id,
  };
}

// The deps of each app (set when the feature registers its routes), so that a request alone finds its account.
const depsOfApp = new WeakMap<object, Pick<Deps, 'db' | 'clock' | 'config'>>();
/** A route of another feature's own plugin has its own instance: the app's last registered deps serve it (one app per process, tests one at a time). */
let lastDeps: Pick<Deps, 'db' | 'clock' | 'config'> | undefined;
const resolved = new WeakMap<FastifyRequest, Promise<EnterpriseAccountView | null>>();

export function rememberDeps(app: object, deps: Pick<Deps, 'db' | 'clock' | 'config'>): void {
  depsOfApp.set(app, deps);
  lastDeps = deps;
}

/** The enterprise account signed in on this request (its own cookie), or null. Resolved once per request. */
export function enterpriseAccountOf(request: FastifyRequest): Promise<EnterpriseAccountView | null> {
  let found = resolved.get(request);
  if (!found) {
    const deps = depsOfApp.get(request.server) ?? lastDeps;
    found = deps ? resolve(deps, request) : Promise.resolve(null);
    resolved.set(request, found);
  }
  return found;
}

/** After sign-out or deletion the request's account is gone. */
export function forgetEnterpriseAccount(request: FastifyRequest): void {
  resolved.set(request, Promise.resolve(null));
}
