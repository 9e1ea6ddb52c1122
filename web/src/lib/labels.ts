import type { TFunction } from 'i18next';
import { ROLES, organisationKindSchema, type AuditResult, type OrganisationKind, type Role } from '@hongtu/contracts';

/** Labels for enumerations the API sends as codes; all text comes from the locale files. */
export const roleLabel = (t: TFunction, role: Role) => t(`roles.${role}`);
export const kindLabel = (t: TFunction, kind: OrganisationKind) => t(`orgKinds.${kind}`);
export const resultLabel = (t: TFunction, result: AuditResult) => t(`auditResults.${result}`);

export const roleOptions = (t: TFunction) => ROLES.map((value) => ({ value, label: roleLabel(t, value) }));
export const kindOptions = (t: TFunction) => organisationKindSchema.options.map((value) => ({ value, label: kindLabel(t, value) }));

/** antd Tag colours by meaning. */
export const RESULT_COLOURS: Record<AuditResult, string> = { success: 'green', denied: 'red', failed: 'orange' };
export const KIND_COLOURS: Record<OrganisationKind, string> = {
  province: 'magenta',
  city: 'red',
  district: 'blue',
  zone: 'purple',
  street: 'cyan',
  department: 'gold',
};
