import { describe, expect, it } from 'vitest';
import { AuditActions, AuditEntityTypes, requestAuditAction } from '@hongtu/contracts';
import type { AuditEvent } from './audit-trail';

// The checks are the @ts-expect-error lines: the type check fails if a free string compiles again.
describe('AuditEvent', () => {
  it('takes the vocabulary only', () => {
    const events: AuditEvent[] = [
      { action: AuditActions.userCreate, entityType: AuditEntityTypes.user, entityId: 1 },
      { action: AuditActions.systemSeedDemo, entityType: AuditEntityTypes.system },
      { action: requestAuditAction('POST', '/api/users'), entityType: AuditEntityTypes.request, result: 'denied' },
      // @ts-expect-error an action outside the vocabulary
      { action: 'user.created', entityType: AuditEntityTypes.user },
      // @ts-expect-error an entity type outside the vocabulary
      { action: AuditActions.userCreate, entityType: 'account' },
      // @ts-expect-error a use case's action is not recorded on a request
      { action: AuditActions.userCreate, entityType: AuditEntityTypes.request },
      // @ts-expect-error the safety net's rows are about requests
      { action: requestAuditAction('POST', '/api/users'), entityType: AuditEntityTypes.user },
    ];
    expect(events.map((e) => e.action)).toContain('POST /api/users');
  });
});
