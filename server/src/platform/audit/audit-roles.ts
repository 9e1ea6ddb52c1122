import { sql } from 'kysely';
import type { AuditRoleCheck, AuditRoleFinding } from '@hongtu/contracts';
import type { DialectName } from '../../db/connection';
import type { Executor } from '../../db/database';

/** Findings that let the role switch the append-only triggers off or drop the trail. */
const TAMPERING: readonly AuditRoleFinding[] = ['superuser', 'owns_table', 'owns_schema', 'owns_trigger_function'];

interface RoleRow {
  role: string;
  superuser: boolean;
  owns_table: boolean;
  owns_schema: boolean;
  owns_trigger_function: boolean;
  may_update: boolean;
  may_delete: boolean;
  may_truncate: boolean;
  may_add_triggers: boolean;
}

/**
 * PostgreSQL: what the role of this connection may do to the audit table beyond SELECT and INSERT
 * (see auditRoleCheckSchema). The table owner can `ALTER TABLE … DISABLE TRIGGER` and then edit or
 * delete rows; the schema owner can drop the table. Null on SQLite: there, whoever may write the
 * file may change it, and the hash chain and the checkpoints are what show it.
 */
export async function checkAuditRole(db: Executor, dialect: DialectName): Promise<AuditRoleCheck | null> {
  if (dialect !== 'postgres') return null;
  const { rows } = await sql<RoleRow>`
    select current_user::text as role,
      r.rolsuper as superuser,
      pg_has_role(current_user, c.relowner, 'USAGE') as owns_table,
      pg_has_role(current_user, n.nspowner, 'USAGE') as owns_schema,
      coalesce((select pg_has_role(current_user, p.proowner, 'USAGE') from pg_proc p
        where p.oid = to_regprocedure('audit_log_append_only()')), false) as owns_trigger_function,
      has_table_privilege(c.oid, 'UPDATE') as may_update,
      has_table_privilege(c.oid, 'DELETE') as may_delete,
      has_table_privilege(c.oid, 'TRUNCATE') as may_truncate,
      has_table_privilege(c.oid, 'TRIGGER') as may_add_triggers
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_roles r on r.rolname = current_user
    where c.oid = to_regclass('audit_log')`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('audit_log not found in the search path');
  const findings = (Object.keys(row) as (keyof RoleRow)[])
    .filter((key): key is AuditRoleFinding => key !== 'role' && row[key] === true);
  return { role: row.role, canTamper: findings.some((f) => TAMPERING.includes(f)), findings };
}

/** One line for logs and the command line. */
export function describeAuditRole(check: AuditRoleCheck | null): string {
  if (check === null) return 'roles: not applicable on SQLite (the hash chain and the checkpoints show changes)';
  if (check.canTamper) {
    return `roles: WARNING: the app role "${check.role}" could alter or delete audit rows (${check.findings.join(', ')}); ` +
      'run the app as a role that may only read and append them (HONGTU_MIGRATION_DATABASE_URL, `hongtu db grants`)';
  }
  const extra = check.findings.length > 0 ? `; more than it needs: ${check.findings.join(', ')}` : '';
  return `roles: the app role "${check.role}" may only read and append audit rows${extra}`;
}
