import { sql, type Kysely } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../columns';

/**
 * Platform tables: organisations and groups, users, login attempts, sessions,
 * and the append-only, hash-chained audit log.
 * Typed against Kysely<any> on purpose: a migration is frozen history.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  const id = idColumn(dialect);

  await strictTable(
    dialect,
    db.schema
      .createTable('organisations')
      .addColumn('id', 'integer', id)
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('province','city','district','zone','street','department')`),
      )
      .addColumn('parent_id', 'integer', (c) => c.references('organisations.id'))
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('division_code', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('organisations_parent_idx').on('organisations').column('parent_id').execute();
  await db.schema.createIndex('organisations_path_idx').on('organisations').column('path').execute();

  await strictTable(
    dialect,
    db.schema
      .createTable('organisation_groups')
      .addColumn('id', 'integer', id)
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();

  await strictTable(
    dialect,
    db.schema
      .createTable('organisation_group_members')
      .addColumn('group_id', 'integer', (c) =>
        c.notNull().references('organisation_groups.id').onDelete('cascade'),
      )
      .addColumn('organisation_id', 'integer', (c) =>
        c.notNull().references('organisations.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('organisation_group_members_pk', ['group_id', 'organisation_id']),
  ).execute();

  await strictTable(
    dialect,
    db.schema
      .createTable('users')
      .addColumn('id', 'integer', id)
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) =>
        c
          .notNull()
          .check(
            sql`role in ('system_admin','city_reviewer','district_operator','department_staff','leader','auditor')`,
          ),
      )
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','disabled')`))
      .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('password_changed_at', 'text', (c) => c.notNull())
      .addColumn('last_login_at', 'text'),
  ).execute();
  await db.schema.createIndex('users_organisation_idx').on('users').column('organisation_id').execute();

  // Failures are counted per user name whether or not the account exists,
  // so an unknown name gets exactly the same answers as a known one.
  await strictTable(
    dialect,
    db.schema
      .createTable('login_attempts')
      .addColumn('username', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();

  await strictTable(
    dialect,
    db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text'),
  ).execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await strictTable(
    dialect,
    db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', id)
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer')
      .addColumn('actor_name', 'text')
      .addColumn('actor_role', 'text')
      .addColumn('organisation_id', 'integer')
      .addColumn('ip', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('success','denied','failed')`))
      .addColumn('request_id', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').column('actor_id').execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();

  // Append-only: the application's own connection cannot change or remove audit rows.
  if (dialect === 'sqlite') {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  } else {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'sessions',
    'login_attempts',
    'users',
    'organisation_group_members',
    'organisation_groups',
    'organisations',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if ((await dialectOf(db)) === 'postgres') {
    await sql`drop function if exists audit_log_append_only()`.execute(db);
  }
}
