import { containsText } from '../../db/like';
import type { AuditEntry, AuditFilter, Locale } from '@hongtu/contracts';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/permissions/actor';
import type { AuditRow } from '../../platform/audit/audit.table';
import { describeRows, type RowWords } from './audit.describe';

type Row = AuditRow & { organisation_name: string | null };

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function toAuditEntry(row: Row, words: RowWords): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    ip: row.ip,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
    result: row.result,
    requestId: row.request_id,
    actorDisplayName: words.actorDisplayName,
    entityLabel: words.entityLabel,
    description: words.description,
  };
}

/** Is the actor's organisation the top of the tree ("/1/")? */
function isRootScope(actor: Actor): boolean {
  return actor.organisationPath.split('/').filter(Boolean).length === 1;
}

/**
 * The auditor's view of the trail: rows of organisations in the auditor's own subtree (a read
 * grant never opens the trail); rows with no organisation (anonymous sign-in attempts) only for
 * an auditor at the top of the tree.
 */
export function auditQuery(db: Db, actor: Actor, filter: AuditFilter) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .where((eb) =>
      isRootScope(actor)
        ? eb.or([eb('o.path', 'like', `${actor.organisationPath}%`), eb('a.organisation_id', 'is', null)])
        : eb('o.path', 'like', `${actor.organisationPath}%`),
    );
  if (filter.actor) q = q.where(containsText('a.actor_name', filter.actor));
  if (filter.organisationId) q = q.where('a.organisation_id', '=', filter.organisationId);
  if (filter.entityType) q = q.where('a.entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('a.entity_id', '=', filter.entityId);
  if (filter.action) q = q.where('a.action', '=', filter.action);
  if (filter.result) q = q.where('a.result', '=', filter.result);
  if (filter.from) q = q.where('a.at', '>=', new Date(filter.from).toISOString());
  if (filter.to) q = q.where('a.at', '<=', new Date(filter.to).toISOString());
  return q;
}

async function withWords(db: Db, rows: Row[], locale: Locale): Promise<AuditEntry[]> {
  const words = await describeRows(db, rows, locale);
  return rows.map((r) => toAuditEntry(r, words.get(r.id)!));
}

export async function auditPage(db: Db, actor: Actor, filter: AuditFilter, page: number, pageSize: number, locale: Locale) {
  const base = auditQuery(db, actor, filter);
  const { n } = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('a')
    .select('o.name as organisation_name')
    .orderBy('a.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: await withWords(db, rows, locale), total: Number(n) };
}

/** A row of the export: the entry in words, with the row's place in the hash chain to check it by. */
export type AuditExportRow = AuditEntry & { prevHash: string; hash: string };

/** Rows for an export, newest first, capped so one export cannot exhaust memory. */
export const AUDIT_EXPORT_LIMIT = 100_000;
export async function auditRowsForExport(db: Db, actor: Actor, filter: AuditFilter, locale: Locale): Promise<AuditExportRow[]> {
  const rows = await auditQuery(db, actor, filter)
    .selectAll('a')
    .select('o.name as organisation_name')
    .orderBy('a.id', 'desc')
    .limit(AUDIT_EXPORT_LIMIT)
    .execute();
  const entries = await withWords(db, rows, locale);
  return entries.map((e, i) => ({ ...e, prevHash: rows[i]!.prev_hash, hash: rows[i]!.hash }));
}
