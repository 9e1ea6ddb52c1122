import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../../db/columns';

/**
 * PostgreSQL: one call appends an audit row to the chain — the chain's lock, the head's read and the
 * insert with its hash — so the lock is held for that call and the caller's commit, not for three
 * round trips through a busy app server. The hash is SHA-256 over `["<prev_hash>",` and the rest of the
 * canonical JSON array, which the app prepares (audit-hash.ts `auditHashTail`); the verifier recomputes
 * it in the app, so the two must agree byte for byte (audit.test.ts checks it).
 * A PL/pgSQL function: each of its statements takes a new snapshot (read committed), so the head is
 * read after the lock is granted. It runs with the caller's rights (the app role may insert and read).
 * Nothing on SQLite: one writer at a time already serialises the chain there.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if ((await dialectOf(db)) !== 'postgres') return;
  await sql`create function audit_log_append(
      p_at text, p_actor_id integer, p_actor_name text, p_actor_role text, p_organisation_id integer, p_ip text,
      p_action text, p_entity_type text, p_entity_id text, p_before_json text, p_after_json text, p_result text,
      p_request_id text, p_hashed_tail text, p_lock_key bigint)
    returns void language plpgsql as $$
    declare
      prev text;
    begin
      perform pg_advisory_xact_lock(p_lock_key);
      select hash into prev from audit_log order by id desc limit 1;
      prev := coalesce(prev, repeat('0', 64));
      insert into audit_log (at, actor_id, actor_name, actor_role, organisation_id, ip, action, entity_type, entity_id,
        before_json, after_json, result, request_id, prev_hash, hash)
      values (p_at, p_actor_id, p_actor_name, p_actor_role, p_organisation_id, p_ip, p_action, p_entity_type, p_entity_id,
        p_before_json, p_after_json, p_result, p_request_id, prev,
        encode(sha256(convert_to('[' || to_json(prev)::text || ',' || p_hashed_tail, 'UTF8')), 'hex'));
    end $$`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if ((await dialectOf(db)) !== 'postgres') return;
  await sql`drop function if exists audit_log_append(text, integer, text, text, integer, text, text, text, text, text, text, text, text, text, bigint)`.execute(db);
}
