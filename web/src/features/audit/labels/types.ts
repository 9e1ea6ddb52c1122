import type { AuditAction, AuditEntityType } from '@hongtu/contracts';

/**
 * Labels of the audit vocabulary in one language, keyed by the contract's
 * constants: a new action or entity type without a label fails the type check.
 */
export interface AuditLabels {
  actions: Readonly<Record<AuditAction, string>>;
  entityTypes: Readonly<Record<AuditEntityType, string>>;
}
