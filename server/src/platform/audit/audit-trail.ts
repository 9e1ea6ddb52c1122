import { sql } from 'kysely';
import type { AuditAction, AuditEntityType, AuditEntityTypes, AuditResult, RequestAuditAction } from '@hongtu/contracts';
import type { DialectName } from '../../db/connection';
import type { Db, Executor } from '../../db/database';
import type { Clock } from '../clock';
import type { RequestContext } from '../permissions/actor';
import { auditHashTail, auditRowHash, GENESIS_HASH } from './audit-hash';

interface AuditEventBody {
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  result?: AuditResult;
}

/**
 * One row to record, in the vocabulary of @hongtu/contracts: a use case's
 * action on one of the entity types, or the safety net's "METHOD /route" on
 * a request. A free string does not compile.
 */
export type AuditEvent = AuditEventBody &
  (
    | { action: AuditAction; entityType?: Exclude<AuditEntityType, typeof AuditEntityTypes.request> | null }
    | { action: RequestAuditAction; entityType: typeof AuditEntityTypes.request }
  );

/** Arbitrary key for the PostgreSQL advisory lock that serialises the chain. */
const CHAIN_LOCK_KEY = 72_400_001;

/**
 * Appends rows to the hash-chained audit log. Writes go through `append`
 * inside the caller's transaction, so a change and its audit row commit or
 * roll back together.
 */
export class AuditTrail {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
    private readonly clock: Clock,
  ) {}

  /**
   * Everything of the row but its place in the chain is prepared first (the JSON of before and
   * after can be large). On PostgreSQL one call then takes the chain's lock, reads the head after
   * it and inserts the row with its hash (`audit_log_append`, migration 0240): under the lock run
   * that call and the caller's commit, not a round trip per step through a busy app server. Callers
   * append as the last write of their transaction, so the lock is held from there to the commit.
   * On SQLite the single writer serialises the chain; the head is read and the row inserted here.
   */
  async append(trx: Executor, ctx: RequestContext | null, event: AuditEvent): Promise<void> {
    const actor = ctx?.actor ?? null;
    const row = {
      at: this.clock.now().toISOString(),
      actor_id: actor?.userId ?? null,
      actor_name: actor?.username ?? null,
      actor_role: actor?.role ?? null,
      organisation_id: actor?.organisationId ?? null,
      ip: ctx?.ip ?? null,
      action: event.action,
      entity_type: event.entityType ?? null,
      entity_id: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
      before_json: event.before === undefined ? null : JSON.stringify(event.before),
      after_json: event.after === undefined ? null : JSON.stringify(event.after),
      result: event.result ?? 'success',
      request_id: ctx?.requestId ?? null,
    };
    if (this.dialect === 'postgres') {
      // Lock, head and insert in one call (migration 0240): the lock is held for it and the commit.
      await sql`select audit_log_append(${row.at}, ${row.actor_id}, ${row.actor_name}, ${row.actor_role}, ${row.organisation_id},
        ${row.ip}, ${row.action}, ${row.entity_type}, ${row.entity_id}, ${row.before_json}, ${row.after_json}, ${row.result},
        ${row.request_id}, ${auditHashTail(row)}, ${CHAIN_LOCK_KEY})`.execute(trx);
    } else {
      const last = await trx
        .selectFrom('audit_log')
        .select('hash')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const content = { ...row, prev_hash: last?.hash ?? GENESIS_HASH };
      await trx
        .insertInto('audit_log')
        .values({ ...content, hash: auditRowHash(content) })
        .execute();
    }
    if (ctx && row.result === 'success') ctx.audited = true;
  }

  /** For events with no business write of their own (denials, failed logins). */
  async appendAlone(ctx: RequestContext | null, event: AuditEvent): Promise<void> {
    await this.db.transaction().execute((trx) => this.append(trx, ctx, event));
    if (ctx) ctx.audited = true;
  }
}
