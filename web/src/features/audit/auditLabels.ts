import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_LABELS, auditActionSchema, auditEntityTypeSchema, type AuditLabels } from '@hongtu/contracts';
import { DEFAULT_LANGUAGE, toLocale } from '../../i18n/languages';

// The labels live beside the vocabulary (packages/contracts audit-labels.ts): the server's readable
// descriptions and export say the same words as this page.
export { AUDIT_LABELS, type AuditLabels };

/** "auth.login" → 登录; rows outside the vocabulary (the safety net's "POST /api/…") are shown as they are. */
export function auditActionLabel(labels: AuditLabels, action: string): string {
  const known = auditActionSchema.safeParse(action);
  return known.success ? labels.actions[known.data] : action;
}

/** An entity type's label; `none` when the row has none. */
export function entityTypeLabel(labels: AuditLabels, entityType: string | null, none: string): string {
  if (entityType === null) return none;
  const known = auditEntityTypeSchema.safeParse(entityType);
  return known.success ? labels.entityTypes[known.data] : entityType;
}

/** Every entity type of the vocabulary, for the filter. */
export const entityTypeOptions = (labels: AuditLabels) => AUDIT_ENTITY_TYPES.map((value) => ({ value, label: labels.entityTypes[value] }));

/** Every action of the vocabulary, for the filter; the code is kept searchable next to its label. */
export const actionOptions = (labels: AuditLabels) =>
  AUDIT_ACTIONS.map((value) => ({ value, label: labels.actions[value], search: `${labels.actions[value]} ${value}` }));

/** The labels in the current UI language. */
export function useAuditLabels(): AuditLabels {
  const { i18n } = useTranslation();
  return AUDIT_LABELS[toLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE];
}
