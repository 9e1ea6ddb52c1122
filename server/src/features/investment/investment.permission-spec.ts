import type { RouteCase } from '../../platform/permissions/route-case';
import { OPERATOR, REVIEWER, orgCode } from '../../test/permission-fixtures';
import { insertActivity, insertContract, insertLead } from './investment.test-helpers';

/**
 * investment routes in the permission table. The actors are in 武昌区 (420106); an "own" lead,
 * contract or activity belongs to 武昌区, an "other" one to 江岸区. Each case makes its own records.
 * A department's read grant opens a district's figures, not its leads (grantClosed).
 */
const LEAD_READERS = ['city_reviewer', 'district_operator', 'department_staff', 'leader'] as const;
const CONTACT_READERS = ['city_reviewer', 'district_operator'] as const;
const leadUrl = async (t: Parameters<RouteCase['request']>[0], target: 'own' | 'other') => `/api/investment/leads/${await insertLead(t, orgCode(target))}`;
const contractUrl = async (t: Parameters<RouteCase['request']>[0], target: 'own' | 'other') => `/api/investment/contracts/${await insertContract(t, orgCode(target))}`;
const leadInput = { projectName: '新能源电池项目', investorName: '某新能源公司', source: 'door_knocking', intendedInvestment: '12.5', ownerName: '招商专班', contactPhone: '13812345678' };

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/investment/leads': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/leads?stale=true' }) },
  'GET /api/investment/leads/export.xlsx': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/leads/export.xlsx?stage=lead' }) },
  'POST /api/investment/leads': { allowed: OPERATOR, scoped: false, ok: 201, request: async () => ({ url: '/api/investment/leads', payload: leadInput }) },
  'GET /api/investment/leads/:id': { allowed: LEAD_READERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: await leadUrl(t, target) }) },
  'PUT /api/investment/leads/:id': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: await leadUrl(t, target), payload: { ...leadInput, version: 1 } }),
  },
  'POST /api/investment/leads/:id/move': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/investment/leads/${await insertLead(t, orgCode(target), { stage: 'lead' })}/move`, payload: { version: 1, to: 'negotiation' } }),
  },
  'POST /api/investment/leads/:id/contacts': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await leadUrl(t, target)}/contacts`, payload: { version: 1, kind: 'visit', on: '2026-03-01', text: '上门拜访，对方有意向' } }),
  },
  'GET /api/investment/leads/:id/contact': { allowed: CONTACT_READERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: `${await leadUrl(t, target)}/contact` }) },
  'POST /api/investment/leads/:id/contract': {
    allowed: OPERATOR, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `${await leadUrl(t, target)}/contract`, payload: { version: 1, kind: 'domestic', currency: 'yi_yuan', amount: '20', signedOn: '2026-03-01' } }),
  },
  'GET /api/investment/contracts': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/contracts' }) },
  'GET /api/investment/contracts/:id': { allowed: LEAD_READERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: await contractUrl(t, target) }) },
  'POST /api/investment/contracts/:id/funds': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await contractUrl(t, target)}/funds`, payload: { version: 1, month: '2026-02', kind: 'funds_in_place', amount: '1.5' } }),
  },
  'POST /api/investment/contracts/:id/project': {
    allowed: OPERATOR, scoped: true, ok: 200, request: async (t, target) => ({ url: `${await contractUrl(t, target)}/project`, payload: { version: 1, category: 'advanced_manufacturing' } }),
  },
  'GET /api/investment/activities': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/activities' }) },
  'POST /api/investment/activities': {
    allowed: OPERATOR, scoped: false, ok: 201, request: async () => ({ url: '/api/investment/activities', payload: { kind: 'trip', name: '赴深圳叩门招商', heldOn: '2026-03-01' } }),
  },
  'GET /api/investment/activities/:id': {
    allowed: LEAD_READERS, scoped: true, ok: 200, grantClosed: true, request: async (t, target) => ({ url: `/api/investment/activities/${await insertActivity(t, orgCode(target))}` }),
  },
  'GET /api/investment/funnel': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/funnel' }) },
  'GET /api/investment/districts': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/districts?month=2026-02' }) },
  'GET /api/investment/reconciliation': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/reconciliation?month=2026-02' }) },
  'GET /api/investment/settings': { allowed: LEAD_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/investment/settings' }) },
  'PUT /api/investment/settings': {
    allowed: REVIEWER, scoped: false, ok: 200,
    request: async (t) => {
      const row = await t.database.db.selectFrom('investment_settings').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
      return { url: '/api/investment/settings', payload: { version: row.version, staleDays: 45 } };
    },
  },
};
