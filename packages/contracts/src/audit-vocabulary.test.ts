import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditFilterSchema, requestAuditAction } from './index';

// Audit rows keep these strings forever (they are inside the hash chain): a value may be added,
// never renamed or removed. This list is the record of what has been stored.
const STORED_ACTIONS = [
  'auth.login', 'auth.logout', 'auth.locale', 'auth.password_change',
  'auth.second_factor_enrol_start', 'auth.second_factor_enrol', 'auth.second_factor_verify', 'auth.second_factor_recovery_use',
  'auth.second_factor_recovery_codes', 'auth.second_factor_disable', 'auth.second_factor_reset',
  'organisation.create', 'organisation.update', 'organisation.delete',
  'organisation_group.create', 'organisation_group.members', 'organisation_group.delete',
  'user.create', 'user.update', 'user.enable', 'user.disable', 'user.reset_password', 'user.unlock',
  'responsibility.put', 'target.put', 'target.import_check', 'target.import', 'target.import_repeat',
  'period.open', 'period.update',
  'submission.save', 'submission.submit', 'submission.return', 'submission.approve', 'submission.request_revision',
  'submission.grant_revision', 'submission.refuse_revision', 'submission.import_check', 'submission.import', 'submission.import_repeat',
  'q1.week.put', 'warning_rule.put', 'system.create_admin', 'system.seed_demo', 'system.seed_indicator_demo',
  'job.enqueue', 'job.cancel', 'job.fail',
  'project.create', 'project.update', 'project.import_check', 'project.import', 'project.import_repeat',
  'project_report.save', 'project_report.submit', 'project_report.return', 'project_report.approve', 'system.seed_projects_demo',
  'auth.password_change_required', 'organisation.read_grant_add', 'organisation.read_grant_remove', 'user.phone_view',
];
const STORED_ENTITY_TYPES = [
  'user', 'organisation', 'organisation_group', 'responsibility', 'target', 'target_import_batch', 'reporting_period',
  'submission', 'import_batch', 'q1_week', 'warning_rule', 'request', 'system', 'job', 'project', 'project_report',
];

describe('audit vocabulary', () => {
  it('keeps every stored action and entity type, each once', () => {
    expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(STORED_ACTIONS));
    expect(AUDIT_ENTITY_TYPES).toEqual(expect.arrayContaining(STORED_ENTITY_TYPES));
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_ENTITY_TYPES.length);
  });

  it('lets the filter take exactly the vocabulary', () => {
    for (const action of AUDIT_ACTIONS) expect(auditFilterSchema.safeParse({ action }).success, action).toBe(true);
    for (const entityType of AUDIT_ENTITY_TYPES) expect(auditFilterSchema.safeParse({ entityType }).success, entityType).toBe(true);
    for (const bad of ['submission', 'auth.login ', 'AUTH.LOGIN', 'POST /api/users']) expect(auditFilterSchema.safeParse({ action: bad }).success, bad).toBe(false);
    for (const bad of ['Submission', 'targets', '']) expect(auditFilterSchema.safeParse({ entityType: bad }).success, bad).toBe(false);
  });

  it('records the safety net\'s rows as method and route, as before', () => {
    expect(requestAuditAction('DELETE', '/api/users/:id')).toBe('DELETE /api/users/:id');
  });
});
