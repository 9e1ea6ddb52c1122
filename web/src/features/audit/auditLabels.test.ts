import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AuditActions, AuditEntityTypes, auditFilterSchema, localeSchema } from '@hongtu/contracts';
import { AUDIT_LABELS, actionOptions, auditActionLabel, entityTypeLabel, entityTypeOptions } from './auditLabels';
import { toAuditFilter } from './auditFilter';

describe('audit labels', () => {
  for (const locale of localeSchema.options) {
    it(`${locale}: the filter offers every entity type and action of the vocabulary, each labelled`, () => {
      const labels = AUDIT_LABELS[locale];
      const entityTypes = entityTypeOptions(labels);
      expect(entityTypes.map((o) => o.value)).toEqual([...AUDIT_ENTITY_TYPES]);
      expect(entityTypes.map((o) => o.value)).toEqual(expect.arrayContaining(['submission', 'target']));
      const actions = actionOptions(labels);
      expect(actions.map((o) => o.value)).toEqual([...AUDIT_ACTIONS]);
      for (const { value, label } of [...entityTypes, ...actions]) {
        expect(label.trim(), value).not.toBe('');
        expect(label, value).not.toBe(value);
      }
      // Labels name different things differently within a language.
      expect(new Set(entityTypes.map((o) => o.label)).size).toBe(entityTypes.length);
      expect(new Set(actions.map((o) => o.label)).size).toBe(actions.length);
    });
  }

  it('zh-TW and en are not copies of zh-CN', () => {
    expect(AUDIT_LABELS['zh-TW'].entityTypes.user).not.toBe(AUDIT_LABELS['zh-CN'].entityTypes.user);
    expect(AUDIT_LABELS.en.actions['submission.save']).not.toBe(AUDIT_LABELS['zh-CN'].actions['submission.save']);
  });

  it('every option makes a filter the server accepts', () => {
    for (const entityType of AUDIT_ENTITY_TYPES) expect(auditFilterSchema.safeParse(toAuditFilter({ entityType })).success, entityType).toBe(true);
    for (const action of AUDIT_ACTIONS) expect(auditFilterSchema.safeParse(toAuditFilter({ action })).success, action).toBe(true);
    expect(toAuditFilter({ entityType: AuditEntityTypes.submission, action: AuditActions.submissionApprove })).toEqual({ entityType: 'submission', action: 'submission.approve' });
  });

  it('labels known codes and shows the safety net\'s rows as recorded', () => {
    const zh = AUDIT_LABELS['zh-CN'];
    expect(auditActionLabel(zh, 'submission.approve')).toBe('审核通过');
    expect(auditActionLabel(zh, 'POST /api/organisations')).toBe('POST /api/organisations');
    expect(entityTypeLabel(zh, 'target', '—')).toBe('年度目标');
    expect(entityTypeLabel(zh, 'legacy_kind', '—')).toBe('legacy_kind');
    expect(entityTypeLabel(zh, null, '—')).toBe('—');
  });
});
