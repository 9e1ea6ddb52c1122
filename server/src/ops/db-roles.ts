import { sql } from 'kysely';
import type { AuditRoleCheck } from '@hongtu/contracts';
import { openPostgres, type DatabaseHandle, type PostgresOptions } from '../db/connection';
import { prepareDatabase } from '../db/prepare';
import type { Clock } from '../platform/clock';
import { checkAuditRole } from '../platform/audit/audit-roles';

/** Kysely's own bookkeeping of migrations: only the owner writes it. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export interface GrantResult {
  schema: string;
  owner: string;
  appRole: string;
}

async function currentRole(database: DatabaseHandle): Promise<{ role: string; schema: string }> {
  const { rows } = await sql<{ role: string; schema: string }>`select current_user::text as role, current_schema()::text as schema`.execute(database.db);
  return rows[0]!;
}

/**
 * Run as the owner of the schema (after migrating): the app role may read and write the ordinary
 * tables, but only read and append audit rows — no UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER
 * on audit_log, and no ownership, so no `ALTER TABLE … DISABLE TRIGGER` either. Sequences: USAGE
 * only (ids for new rows; no setval). Applied again at every start, so tables added by later
 * migrations are granted too.
 */
export async function grantAppRole(owner: DatabaseHandle, appRole: string): Promise<GrantResult> {
  if (owner.dialect !== 'postgres') throw new Error('roles are a PostgreSQL matter');
  const { role: ownerRole, schema } = await currentRole(owner);
  if (ownerRole === appRole) throw new Error(`HONGTU_MIGRATION_DATABASE_URL and DATABASE_URL connect as the same role "${appRole}": give the app a role of its own`);
  const s = sql.id(schema);
  const app = sql.id(appRole);
  const audit = sql.id(schema, 'audit_log');
  await owner.db.transaction().execute(async (trx) => {
    await sql`grant usage on schema ${s} to ${app}`.execute(trx);
    await sql`revoke create on schema ${s} from ${app}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema ${s} to ${app}`.execute(trx);
    await sql`revoke all on ${audit} from ${app}`.execute(trx);
    await sql`grant select, insert on ${audit} to ${app}`.execute(trx);
    for (const table of MIGRATION_TABLES) {
      await sql`revoke insert, update, delete, truncate on ${sql.id(schema, table)} from ${app}`.execute(trx);
    }
    await sql`grant usage on all sequences in schema ${s} to ${app}`.execute(trx);
  });
  return { schema, owner: ownerRole, appRole };
}

/**
 * Prepares the database for serving. With a migration URL (PostgreSQL), the owner migrates and
 * seeds the catalogue, then grants the app role (the DATABASE_URL user) what it needs; the app's
 * own connection migrates nothing. Without one, the app's connection does it all, as before.
 * Returns the app role's check (null on SQLite).
 */
export async function prepareWithRoles(
  database: DatabaseHandle,
  clock: Clock,
  migrationUrl: string | undefined,
  options: PostgresOptions = {},
): Promise<{ roleCheck: AuditRoleCheck | null; grants: GrantResult | null }> {
  if (!migrationUrl || database.dialect !== 'postgres') {
    await prepareDatabase(database, clock);
    return { roleCheck: await checkAuditRole(database.db, database.dialect), grants: null };
  }
  const grants = await applyGrants(database, clock, migrationUrl, options);
  return { roleCheck: await checkAuditRole(database.db, database.dialect), grants };
}

/** Migrates as the owner and grants the app role; `hongtu db grants` and every start with a migration URL. */
export async function applyGrants(database: DatabaseHandle, clock: Clock, migrationUrl: string, options: PostgresOptions = {}): Promise<GrantResult> {
  const { role: appRole } = await currentRole(database);
  const owner = openPostgres(migrationUrl, { ...options, max: 2 });
  try {
    await prepareDatabase(owner, clock);
    const granted = await grantAppRole(owner, appRole);
    const seen = await currentRole(database);
    if (seen.schema !== granted.schema) {
      throw new Error(`the app role "${appRole}" finds schema "${seen.schema}" first, the owner "${granted.owner}" migrated "${granted.schema}": give both the same search_path`);
    }
    return granted;
  } finally {
    await owner.close();
  }
}
