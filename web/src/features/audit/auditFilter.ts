import type { Dayjs } from 'dayjs';
import { auditEntityTypeSchema, type AuditAction, type AuditEntityType, type AuditFilter, type AuditResult } from '@hongtu/contracts';
import type { Query } from '../../api/client';
import { shanghaiWallTimeToIso } from '../../lib/time';

/** What the filter form holds. */
export interface AuditFilterForm {
  actor?: string;
  organisationId?: number | null;
  entityType?: AuditEntityType;
  action?: AuditAction;
  result?: AuditResult;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The API filter for a form: blanks dropped, the picked times read as Beijing time. */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const filter: AuditFilter = {};
  const actor = form.actor?.trim();
  if (actor) filter.actor = actor;
  if (form.organisationId) filter.organisationId = form.organisationId;
  if (form.entityType) filter.entityType = form.entityType;
  if (form.action) filter.action = form.action;
  if (form.result) filter.result = form.result;
  const [from, to] = form.range ?? [null, null];
  if (from) filter.from = shanghaiWallTimeToIso(from);
  if (to) filter.to = shanghaiWallTimeToIso(to);
  return filter;
}

/** Query parameters for the list (with paging) and for the export (without). */
export function auditQuery(filter: AuditFilter, paging?: { page: number; pageSize: number }): Query {
  return { ...filter, ...paging };
}

/** One object whose history the auditor follows: its kind and id as the rows record them, and its name. */
export interface AuditObject {
  entityType: string;
  entityId: string;
  label: string;
}

/** The form's filter narrowed to one object's rows, when one is followed (its kind replaces the form's). */
export function withObject(filter: AuditFilter, object: AuditObject | null): AuditFilter {
  if (!object) return filter;
  const entityType = auditEntityTypeSchema.safeParse(object.entityType);
  return entityType.success ? { ...filter, entityType: entityType.data, entityId: object.entityId } : { ...filter, entityId: object.entityId };
}
