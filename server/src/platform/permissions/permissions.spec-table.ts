import type { Role } from '@hongtu/contracts';
import type { TestApp } from '../../test/test-app';
import { DASHBOARD_ROUTE_CASES } from '../../features/dashboards/dashboards.permission-spec';
import { WARNING_ROUTE_CASES } from '../../features/warnings/warnings.permission-spec';
import { SPREADSHEET_ROUTE_CASES } from '../../features/spreadsheets/spreadsheets.permission-spec';
import { Q1_ROUTE_CASES } from '../../features/q1/q1.permission-spec';
import { TARGET_IMPORT_ROUTE_CASES } from '../../features/target-imports/target-imports.permission-spec';

/**
 * The table-driven permission spec: every /api route, who may call it, and
 * what "own" and "other" organisation mean for it. The actors all belong to
 * 武昌区 (420106); "other" targets belong to 江岸区 (420102).
 * A route missing from this table fails permissions.test.ts.
 */
export interface RouteCase {
  /** Roles allowed; 'signed-in' = any role, 'public' = no session needed. */
  allowed: readonly Role[] | 'signed-in' | 'public';
  /** Builds the request for a target organisation scope. */
  request: (t: TestApp, target: 'own' | 'other') => Promise<{ url: string; payload?: Record<string, unknown> }>;
  /** Whether own/other matters (a record with an organisation); else one request. */
  scoped: boolean;
  /** Status of an allowed call on an own target. */
  ok: number;
}

const ORG_OWN = '420106';
const ORG_OTHER = '420102';
const orgCode = (target: 'own' | 'other') => (target === 'own' ? ORG_OWN : ORG_OTHER);
let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

async function street(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const parent = await t.orgId(orgCode(target));
  const row = await t.database.db
    .insertInto('organisations')
    .values({ code: unique('st'), name: '测试街道', kind: 'street', parent_id: parent, path: '', division_code: null, created_at: 'x', updated_at: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parentRow = await t.database.db.selectFrom('organisations').select('path').where('id', '=', parent).executeTakeFirstOrThrow();
  await t.database.db.updateTable('organisations').set({ path: `${parentRow.path}${row.id}/` }).where('id', '=', row.id).execute();
  return row.id;
}

async function user(t: TestApp, target: 'own' | 'other'): Promise<number> {
  const org = await t.orgId(orgCode(target));
  const row = await t.database.db
    .insertInto('users')
    .values({
      username: unique('u'), display_name: '测试用户', password_hash: 'x', role: 'leader', organisation_id: org,
      status: 'active', created_at: 'x', updated_at: 'x', password_changed_at: 'x',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function group(t: TestApp): Promise<number> {
  const row = await t.database.db.insertInto('organisation_groups').values({ code: unique('g'), name: '测试组', created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh reporting period (a year of its own) so cases never share state. */
let yearCounter = 0;
let targetYearCounter = 0;
async function freshPeriod(t: TestApp): Promise<{ id: number; key: string }> {
  const year = 3000 + yearCounter++;
  const row = await t.database.db.insertInto('reporting_periods')
    .values({ year, month: 3, deadline: '2999-01-01T00:00:00.000Z', status: 'open', created_at: 'x' })
    .returning('id').executeTakeFirstOrThrow();
  return { id: row.id, key: `${year}-03` };
}

/** A district-month of the target organisation in the given workflow state, version 1. */
async function month(t: TestApp, target: 'own' | 'other', status?: 'draft' | 'submitted' | 'approved' | 'revision_requested') {
  const period = await freshPeriod(t);
  const organisationId = await t.orgId(orgCode(target));
  if (status) {
    await t.database.db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: organisationId, status, submitted_at: null, approved_at: null, reason: null, updated_at: 'x' })
      .execute();
  }
  return `/api/submissions/${period.key}/${organisationId}`;
}

const ADMIN = ['system_admin'] as const;
const REVIEWER = ['city_reviewer'] as const;
const OPERATOR = ['district_operator'] as const;
const READERS = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;

export const ROUTE_TABLE: Record<string, RouteCase> = {
  'POST /api/auth/login': {
    allowed: 'public', scoped: false, ok: 401,
    request: async () => ({ url: '/api/auth/login', payload: { username: unique('nobody'), password: 'Wrong#Pass1' } }),
  },
  'POST /api/auth/logout': { allowed: 'signed-in', scoped: false, ok: 204, request: async () => ({ url: '/api/auth/logout' }) },
  'GET /api/auth/me': { allowed: 'signed-in', scoped: false, ok: 200, request: async () => ({ url: '/api/auth/me' }) },
  'POST /api/auth/password': {
    allowed: 'signed-in', scoped: false, ok: 400,
    request: async () => ({ url: '/api/auth/password', payload: { currentPassword: 'not-it', newPassword: 'Another#Pass9' } }),
  },
  'PUT /api/auth/locale': { allowed: 'signed-in', scoped: false, ok: 204, request: async () => ({ url: '/api/auth/locale', payload: { locale: 'zh-TW' } }) },

  'GET /api/organisations': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/organisations' }) },
  'GET /api/organisations/:id': {
    allowed: READERS, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/organisations/${await t.orgId(orgCode(target))}` }),
  },
  'POST /api/organisations': {
    allowed: ADMIN, scoped: true, ok: 201,
    request: async (t, target) => ({
      url: '/api/organisations',
      payload: { code: unique('new'), name: '新街道', kind: 'street', parentId: await t.orgId(orgCode(target)) },
    }),
  },
  'PATCH /api/organisations/:id': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/organisations/${await street(t, target)}`, payload: { name: '改名街道', version: 1 } }),
  },
  'DELETE /api/organisations/:id': {
    allowed: ADMIN, scoped: true, ok: 204,
    request: async (t, target) => ({ url: `/api/organisations/${await street(t, target)}` }),
  },
  'GET /api/organisation-groups': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/organisation-groups' }) },
  'POST /api/organisation-groups': {
    allowed: ADMIN, scoped: false, ok: 201,
    request: async () => ({ url: '/api/organisation-groups', payload: { code: unique('grp'), name: '测试分组' } }),
  },
  'PUT /api/organisation-groups/:id/members': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: `/api/organisation-groups/${await group(t)}/members`,
      payload: { organisationIds: [await t.orgId(orgCode(target))] },
    }),
  },
  'DELETE /api/organisation-groups/:id': {
    allowed: ADMIN, scoped: false, ok: 204,
    request: async (t) => ({ url: `/api/organisation-groups/${await group(t)}` }),
  },

  'GET /api/users': { allowed: ADMIN, scoped: false, ok: 200, request: async () => ({ url: '/api/users' }) },
  'GET /api/users/:id': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}` }) },
  'POST /api/users': {
    allowed: ADMIN, scoped: true, ok: 201,
    request: async (t, target) => ({
      url: '/api/users',
      payload: { username: unique('nu'), displayName: '新用户', role: 'leader', organisationId: await t.orgId(orgCode(target)), password: 'Strong#Pass2026' },
    }),
  },
  'PATCH /api/users/:id': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/users/${await user(t, target)}`, payload: { displayName: '改名', version: 1 } }),
  },
  'POST /api/users/:id/disable': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/disable` }) },
  'POST /api/users/:id/enable': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/enable` }) },
  'POST /api/users/:id/unlock': { allowed: ADMIN, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/unlock` }) },
  'POST /api/users/:id/reset-password': {
    allowed: ADMIN, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/users/${await user(t, target)}/reset-password`, payload: { password: 'Reset#Pass2026' } }),
  },

  'GET /api/indicators': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/indicators' }) },
  'GET /api/responsibilities': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/responsibilities?year=2026' }) },
  'PUT /api/responsibilities': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: '/api/responsibilities',
      payload: { year: 2026, organisationId: await t.orgId(orgCode(target)), indicatorCode: 'gdp', leader: '副区长', department: '区发改局', taskForce: 'GDP专班', measures: '' },
    }),
  },
  'GET /api/targets': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/targets?year=2026' }) },
  'PUT /api/targets': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: '/api/targets',
      payload: {
        year: 2000 + (targetYearCounter++ % 100), organisationId: await t.orgId(orgCode(target)), indicatorCode: 'gdp', amountTarget: '1,202',
        amountComparator: 'ge', growthTarget: '6.5', growthComparator: 'ge', noTarget: false, schedule: null, version: 0,
      },
    }),
  },
  'GET /api/periods': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/periods' }) },
  'POST /api/periods': {
    allowed: REVIEWER, scoped: false, ok: 201,
    request: async () => ({ url: '/api/periods', payload: { year: 2030 + (yearCounter++ % 60), month: 1 + (yearCounter % 12) } }),
  },
  'PATCH /api/periods/:id': {
    allowed: REVIEWER, scoped: false, ok: 200,
    request: async (t) => ({ url: `/api/periods/${(await freshPeriod(t)).id}`, payload: { status: 'closed' } }),
  },
  'GET /api/periods/:periodKey/board': {
    allowed: READERS, scoped: false, ok: 200, request: async (t) => ({ url: `/api/periods/${(await freshPeriod(t)).key}/board` }),
  },
  'GET /api/submissions/:periodKey/:organisationId': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: await month(t, target) }),
  },
  'PUT /api/submissions/:periodKey/:organisationId/figures': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: `${await month(t, target)}/figures`,
      payload: { figures: [{ indicatorCode: 'gdp', ytdValue: '1,202.00', reportedYoy: '4.5', note: null, version: 0 }] },
    }),
  },
  'POST /api/submissions/:periodKey/:organisationId/check': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'draft')}/check`, payload: {} }),
  },
  'POST /api/submissions/:periodKey/:organisationId/submit': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'draft')}/submit`, payload: { version: 1 } }),
  },
  'POST /api/submissions/:periodKey/:organisationId/return': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${await month(t, target, 'submitted')}/return`, payload: { version: 1, reason: '请核实' } }),
  },
  'POST /api/submissions/:periodKey/:organisationId/approve': {
    allowed: REVIEWER, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'submitted')}/approve`, payload: { version: 1 } }),
  },
  'POST /api/submissions/:periodKey/:organisationId/revision-request': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${await month(t, target, 'approved')}/revision-request`, payload: { version: 1, reason: '统计口径调整' } }),
  },
  'POST /api/submissions/:periodKey/:organisationId/revision-decision': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${await month(t, target, 'revision_requested')}/revision-decision`, payload: { version: 1, grant: true } }),
  },
  'GET /api/submissions/:periodKey/:organisationId/history': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'draft')}/history` }),
  },
  'GET /api/submissions/:periodKey/:organisationId/as-of': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'draft')}/as-of?submissionVersion=1` }),
  },

  'GET /api/audit': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit' }) },
  'GET /api/audit/export': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit/export' }) },
  'GET /api/audit/verify': { allowed: ['auditor'], scoped: false, ok: 200, request: async () => ({ url: '/api/audit/verify' }) },
  ...DASHBOARD_ROUTE_CASES,
  ...WARNING_ROUTE_CASES,
  ...SPREADSHEET_ROUTE_CASES,
  ...TARGET_IMPORT_ROUTE_CASES,
  ...Q1_ROUTE_CASES,
};
