import type { Locale } from '@hongtu/contracts';
import { creditCodeCheckChar } from '@hongtu/domain';
import { html } from '../portal/portal.public';
import type { Executor } from '../../db/database';
import { AuditTrail } from '../../platform/audit/audit-trail';
import type { Deps } from '../../platform/deps';
import { createEdge } from '../../platform/http/edge';
import type { RequestContext } from '../../platform/permissions/actor';
import type { TestApp } from '../../test/test-app';
import type { PortalAccount, SubmissionAccounts } from './portal-submissions.accounts';

/** The services' dependencies over a test app's database and clock (its own audit trail instance over the same chain). */
export function depsOf(t: TestApp): Deps {
  const { database, clock } = t;
  return {
    db: database.db, dialect: database.dialect, clock, audit: new AuditTrail(database.db, database.dialect, clock),
    config: { secureCookies: false }, edge: createEdge(database, clock).edge, jobs: undefined as unknown as Deps['jobs'],
  };
}

let addresses = 0;
/** An address of its own for each request that names none: the per-address limits are tested on their own. */
const nextAddress = () => {
  addresses += 1;
  return `203.0.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};

/** A request from the portal without a staff user (from an address of its own unless one is named). */
export function portalCtx(ip = nextAddress()): RequestContext {
  return { actor: null, ip, requestId: `test-${ip}`, locale: 'zh-CN', userAgent: null, audited: false };
}

/** Enterprise accounts as the submissions see them: the test says who is signed in; what they are told is kept. */
export function fakeAccounts(): SubmissionAccounts & { current: PortalAccount | null; told: { accountId: number; text: string }[] } {
  const fake = {
    current: null as PortalAccount | null,
    told: [] as { accountId: number; text: string }[],
    async accountOf() { return fake.current; },
    issueChallenge: async () => ({ token: 'test', difficulty: 1, question: [1, 1] as const }),
    challengeFields: () => html`<input name="challengeSum">`,
    async verifyChallenge(form: Readonly<Record<string, unknown>>) { return form.challengeSum === '2'; },
    async notify(_trx: Executor, message: { accountId: number; text: Readonly<Record<Locale, string>> }) {
      fake.told.push({ accountId: message.accountId, text: message.text['zh-CN'] });
      // Nothing stored, so nothing to send (the senders' test tells real accounts through their sends).
      return { messageId: null };
    },
  };
  return fake;
}

let serial = 0;
/** A registry enterprise served by the organisation of that code, and a confirmed account of it. */
export async function confirmedAccount(t: TestApp, orgCode: string, name: string): Promise<PortalAccount> {
  serial += 1;
  const body = `91420106${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial).padStart(3, '0')}`;
  const creditCode = body + creditCodeCheckChar(body);
  const districtId = await t.orgId(orgCode);
  const row = await t.database.db.insertInto('enterprises').values({
    credit_code: creditCode, name, name_pinyin: '', name_initials: '', organisation_id: districtId, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return { accountId: 1000 + serial, status: 'confirmed', creditCode, companyName: name, enterpriseId: row.id, districtId };
}

/** A published opportunity of the district of that code. */
export async function publishedOpportunity(t: TestApp, orgCode: string, title: string, status: 'published' | 'draft' = 'published'): Promise<number> {
  const at = t.clock.now().toISOString();
  const row = await t.database.db.insertInto('portal_opportunities').values({
    kind: 'land', district_id: await t.orgId(orgCode), project_id: null, title, summary: '', area_mu: null, planned_use: null, location: null, conditions: null,
    contact_office: '区招商局', contact_phone: '027-88888888', status, published_at: status === 'published' ? at : null, withdrawn_at: null,
    created_by: null, created_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A request of a demo staff user (for calling a use case directly). */
export async function staffCtx(t: TestApp, username: string): Promise<RequestContext> {
  const user = await t.database.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'o.id as organisation_id', 'o.name', 'o.path']).where('u.username', '=', username).executeTakeFirstOrThrow();
  return {
    ...portalCtx('192.0.2.10'),
    actor: {
      userId: user.id, username: user.username, displayName: user.display_name, role: user.role, organisationId: user.organisation_id,
      organisationName: user.name, organisationPath: user.path, locale: 'zh-CN', sessionId: 'test',
    },
  };
}
