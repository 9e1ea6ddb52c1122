import { describe, expect, it } from 'vitest';
import { auditFilterSchema, auditListQuerySchema } from '@hongtu/contracts';
import { toQueryString } from '../../api/client';
import { dayjs } from '../../lib/time';
import { auditQuery, toAuditFilter, withObject } from './auditFilter';

describe('toAuditFilter', () => {
  it('drops blanks', () => {
    expect(toAuditFilter({ actor: '  ', organisationId: null, entityType: undefined, range: null })).toEqual({});
  });

  it('keeps set values and reads picked times as Beijing time', () => {
    const filter = toAuditFilter({
      actor: ' wuchang ',
      organisationId: 7,
      entityType: 'request',
      result: 'denied',
      range: [dayjs('2026-03-01T00:00:00'), dayjs('2026-03-31T23:59:59')],
    });
    expect(filter).toEqual({
      actor: 'wuchang',
      organisationId: 7,
      entityType: 'request',
      result: 'denied',
      from: '2026-03-01T00:00:00+08:00',
      to: '2026-03-31T23:59:59+08:00',
    });
    expect(auditFilterSchema.safeParse(filter).success).toBe(true);
  });

  it('allows an open-ended range', () => {
    expect(toAuditFilter({ range: [dayjs('2026-01-01T08:00:00'), null] })).toEqual({ from: '2026-01-01T08:00:00+08:00' });
  });
});

describe('auditQuery', () => {
  it('makes a query string the server accepts', () => {
    const filter = toAuditFilter({ actor: '张', result: 'success', range: [dayjs('2026-03-01T00:00:00'), null] });
    const qs = toQueryString(auditQuery(filter, { page: 2, pageSize: 50 }));
    const parsed = auditListQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(qs.slice(1))));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ actor: '张', result: 'success', page: 2, pageSize: 50, from: '2026-03-01T00:00:00+08:00' });
  });

  it('has no paging for the export', () => {
    expect(auditQuery({ result: 'failed' })).toEqual({ result: 'failed' });
  });
});

describe('following one object', () => {
  const month = { entityType: 'submission', entityId: '42', label: '武昌区 2026年3月报送' };

  it('narrows the form\'s filter to the object, its kind replacing the form\'s, and the server accepts it', () => {
    const filter = withObject({ actor: 'reviewer', entityType: 'target' }, month);
    expect(filter).toEqual({ actor: 'reviewer', entityType: 'submission', entityId: '42' });
    expect(auditFilterSchema.safeParse(filter).success).toBe(true);
    expect(toQueryString(auditQuery(filter))).toContain('entityId=42');
  });

  it('leaves the filter alone when no object is followed, and keeps the id of a kind outside the vocabulary', () => {
    expect(withObject({ result: 'denied' }, null)).toEqual({ result: 'denied' });
    expect(withObject({}, { entityType: 'legacy_kind', entityId: '7', label: '7' })).toEqual({ entityId: '7' });
  });
});
