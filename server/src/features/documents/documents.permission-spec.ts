import type { RouteCase } from '../../platform/permissions/route-case';
import { REVIEWER, orgCode } from '../../test/permission-fixtures';
import type { TestApp } from '../../test/test-app';
import { insertDocument } from './documents.test-helpers';

/**
 * documents routes in the permission table. The actors are in 武昌区 (420106); "other" is a
 * document 江岸区 (420102) took in, which 武昌区 does not see. The table sends JSON, so an allowed
 * upload is told to send a file (400); the uploads themselves are in documents.test.ts.
 */
const DOCUMENT_READERS = ['city_reviewer', 'district_operator', 'department_staff', 'leader'] as const;
const doc = (t: TestApp, target: 'own' | 'other') => insertDocument(t, orgCode(target));

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/documents': {
    allowed: DOCUMENT_READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/documents' }),
  },
  'GET /api/documents/search': {
    allowed: DOCUMENT_READERS, scoped: false, ok: 200, request: async () => ({ url: `/api/documents/search?q=${encodeURIComponent('地区生产总值')}` }),
  },
  'GET /api/documents/:id': {
    allowed: DOCUMENT_READERS, scoped: true, ok: 200, request: async (t, target) => ({ url: `/api/documents/${(await doc(t, target)).documentId}` }),
  },
  'POST /api/documents': {
    allowed: ['city_reviewer', 'district_operator'], scoped: false, ok: 400, request: async () => ({ url: '/api/documents', payload: {} }),
  },
  'PATCH /api/document-figures/:id': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/document-figures/${(await doc(t, target)).figureId}`, payload: { value: '525.7', reason: '核对原文' } }),
  },
  'POST /api/document-figures/:id/reject': {
    allowed: REVIEWER, scoped: true, ok: 200,
    request: async (t, target) => ({ url: `/api/document-figures/${(await doc(t, target)).figureId}/reject`, payload: { reason: '不是经济数据' } }),
  },
};
