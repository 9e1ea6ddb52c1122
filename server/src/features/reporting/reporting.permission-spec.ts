import type { RouteCase } from '../../platform/permissions/route-case';
import { OPERATOR, READERS, REVIEWER, currentPeriodMonth, freshPeriod, month, nextPeriodYear } from '../../test/permission-fixtures';

/** reporting routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/periods': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/periods' }) },
  'POST /api/periods': {
    allowed: REVIEWER, scoped: false, ok: 201,
    request: async () => ({ url: '/api/periods', payload: { year: nextPeriodYear(), month: currentPeriodMonth() } }),
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
  'POST /api/submissions/:periodKey/:organisationId/draft': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({
      url: `${await month(t, target)}/draft`,
      payload: { figures: [{ indicatorCode: 'gdp', ytdValue: '1,202.00', reportedYoy: '4.5', note: null, version: 0 }] },
    }),
  },
  'POST /api/submissions/:periodKey/:organisationId/withdraw': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'submitted')}/withdraw`, payload: { version: 1 } }),
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
  'POST /api/periods/:periodKey/approve-clean': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => {
      const [, , key, organisationId] = (await month(t, target, 'submitted')).split('/').slice(1);
      return { url: `/api/periods/${key}/approve-clean`, payload: { organisationIds: [Number(organisationId)] } };
    },
  },
  'GET /api/submissions/:periodKey/:organisationId/history': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'draft')}/history` }),
  },
  'GET /api/submissions/:periodKey/:organisationId/as-of': {
    allowed: READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await month(t, target, 'draft')}/as-of?submissionVersion=1` }),
  },
};
