import { AuditActions, AuditEntityTypes, organisationKindSchema } from '@hongtu/contracts';
import type { DatabaseHandle } from '../db/connection';
import { organisationsRepository } from '../features/organisations/organisations.repository';
import { AuditTrail } from '../platform/audit/audit-trail';
import { hashPassword } from '../platform/auth/password-hash';
import { assertAcceptablePassword } from '../platform/auth/password-policy';
import type { Clock } from '../platform/clock';
import { AppError } from '../platform/errors/app-error';
import { translate } from '../platform/i18n/messages';

export interface CreateAdminInput {
  username: string;
  password: string;
  organisation: { name?: string; code?: string; kind?: string };
}

/**
 * The only way to get a first account outside the demo: a system admin at
 * the top organisation, created from the command line. No default password.
 */
export async function createFirstAdmin(database: DatabaseHandle, clock: Clock, input: CreateAdminInput) {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z][a-z0-9_.-]{2,31}$/.test(username)) throw new Error('user name: 3–32 letters, digits, . _ -, starting with a letter');
  try {
    assertAcceptablePassword(input.password, username);
  } catch (error) {
    if (error instanceof AppError) throw new Error(translate(error.code, 'zh-CN', error.params));
    throw error;
  }
  const passwordHash = await hashPassword(input.password);
  const now = clock.now().toISOString();
  const audit = new AuditTrail(database.db, database.dialect, clock);
  return database.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) {
      throw new Error(`user "${username}" already exists`);
    }
    const repo = organisationsRepository(trx);
    let root = await trx.selectFrom('organisations').selectAll().where('parent_id', 'is', null).executeTakeFirst();
    if (!root) {
      const { name, code } = input.organisation;
      if (!name || !code) throw new Error('no organisation exists yet: give --org-name and --org-code (e.g. 武汉市 420100)');
      const kind = organisationKindSchema.parse(input.organisation.kind ?? 'city');
      root = await repo.insert({ code, name, kind, parent_id: null, division_code: /^\d{6}$/.test(code) ? code : null, created_at: now, updated_at: now }, '/');
    }
    const { id } = await trx
      .insertInto('users')
      .values({
        username, display_name: username, password_hash: passwordHash, role: 'system_admin', organisation_id: root.id,
        status: 'active', created_at: now, updated_at: now, password_changed_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.append(trx, null, { action: AuditActions.systemCreateAdmin, entityType: AuditEntityTypes.user, entityId: id, after: { username, organisationId: root.id } });
    return { username, organisationName: root.name };
  });
}
