import { AuditActions, AuditEntityTypes, type AuditAction, type CreateUserRequest, type Role, type UpdateUserRequest, type User, type UserListQuery, type UserPhone } from '@hongtu/contracts';
import { mayBelongTo } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { hashPassword } from '../../platform/auth/password-hash';
import { assertAcceptablePassword } from '../../platform/auth/password-policy';
import { endAllSessionsOf } from '../../platform/auth/sessions';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { assertInOwnScope } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import type { Executor } from '../../db/database';
import { organisationsRepository, type OrganisationRow } from '../organisations/organisations.public';
import { usersRepository, type UserView } from './users.repository';

/** A telephone number with its middle hidden: 13812341234 → 138****1234, 027-85761234 → 027****1234. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function toUser(row: UserView, now: Date): User {
  const locked = row.locked_until && new Date(row.locked_until) > now ? row.locked_until : null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    status: row.status,
    position: row.position,
    maskedPhone: maskPhone(row.phone),
    mustChangePassword: row.must_change_password === 1,
    lockedUntil: locked,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    version: row.version,
  };
}

const selfChange = () => new AppError(403, 'SELF_PRIVILEGE_CHANGE', {}, undefined, 'denied');

/** A role attached to a kind of organisation it may not belong to (a district operator to the city …). */
const roleOrganisationKind = () =>
  new AppError(400, 'ROLE_ORGANISATION_KIND', {}, [{ path: 'organisationId', message: 'ROLE_ORGANISATION_KIND' }]);

/**
 * Use cases of user administration (system admin, within their own subtree: a department's read
 * grants never open user administration).
 */
export function createUserService({ db, clock, audit }: Deps) {
  async function loadInScope(trx: Executor, actor: Actor, id: number): Promise<UserView> {
    const row = await usersRepository(trx).findView(id);
    if (!row) throw notFound();
    assertInOwnScope(actor, row.organisation_path);
    return row;
  }

  async function organisationInScope(trx: Executor, actor: Actor, organisationId: number): Promise<OrganisationRow> {
    const org = await organisationsRepository(trx).findById(organisationId);
    if (!org) throw new AppError(400, 'VALIDATION_FAILED', {}, [{ path: 'organisationId', message: 'NOT_FOUND' }]);
    assertInOwnScope(actor, org.path);
    return org;
  }

  function assertMayBelong(role: Role, org: Pick<OrganisationRow, 'kind'>): void {
    if (!mayBelongTo(role, org.kind)) throw roleOrganisationKind();
  }

  /** Runs one change to a user in a transaction, with version check and audit. */
  async function change(
    ctx: RequestContext,
    id: number,
    action: AuditAction,
    apply: (trx: Executor, current: UserView, actor: Actor) => Promise<void>,
  ): Promise<User> {
    const actor = requireActor(ctx);
    return db.transaction().execute(async (trx) => {
      const before = await loadInScope(trx, actor, id);
      await apply(trx, before, actor);
      const after = await loadInScope(trx, actor, id);
      const now = clock.now();
      const dto = toUser(after, now);
      await audit.append(trx, ctx, { action, entityType: AuditEntityTypes.user, entityId: id, before: toUser(before, now), after: dto });
      return dto;
    });
  }

  return {
    async list(ctx: RequestContext, query: UserListQuery): Promise<{ items: User[]; total: number }> {
      const actor = requireActor(ctx);
      const matches = query.q ? [...new Set([query.q, toSimplified(query.q)])] : [];
      const { rows, total } = await usersRepository(db).page(actor.organisationPath, query, matches);
      const now = clock.now();
      return { items: rows.map((r) => toUser(r, now)), total };
    },

    async get(ctx: RequestContext, id: number): Promise<User> {
      return toUser(await loadInScope(db, requireActor(ctx), id), clock.now());
    },

    /**
     * A new user with the password the administrator typed, to be replaced by the user's own at
     * the first sign-in (platform/auth/password-step.service.ts).
     */
    async create(ctx: RequestContext, request: CreateUserRequest): Promise<User> {
      const actor = requireActor(ctx);
      const username = request.username.toLowerCase();
      assertAcceptablePassword(request.password, username);
      const passwordHash = await hashPassword(request.password);
      const now = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const repo = usersRepository(trx);
        const org = await organisationInScope(trx, actor, request.organisationId);
        assertMayBelong(request.role, org);
        if (await repo.usernameTaken(username)) {
          throw new AppError(409, 'DUPLICATE_USERNAME', { username }, [{ path: 'username', message: 'DUPLICATE_USERNAME' }]);
        }
        const id = await repo.insert({
          username,
          display_name: request.displayName,
          password_hash: passwordHash,
          role: request.role,
          organisation_id: request.organisationId,
          status: 'active',
          position: request.position ?? null,
          phone: request.phone ?? null,
          must_change_password: 1,
          created_at: now,
          updated_at: now,
          password_changed_at: now,
        });
        const created = toUser((await repo.findView(id))!, clock.now());
        await audit.append(trx, ctx, { action: AuditActions.userCreate, entityType: AuditEntityTypes.user, entityId: id, after: created });
        return created;
      });
    },

    /** Name, role, organisation, position, telephone; never one's own role or organisation. */
    update(ctx: RequestContext, id: number, request: UpdateUserRequest): Promise<User> {
      return change(ctx, id, AuditActions.userUpdate, async (trx, current, actor) => {
        if (current.version !== request.version) throw staleVersion();
        const privileged = (request.role !== undefined && request.role !== current.role) ||
          (request.organisationId !== undefined && request.organisationId !== current.organisation_id);
        if (privileged && current.id === actor.userId) throw selfChange();
        const org = request.organisationId !== undefined ? await organisationInScope(trx, actor, request.organisationId) : { kind: current.organisation_kind };
        if (privileged) assertMayBelong(request.role ?? current.role, org);
        const ok = await usersRepository(trx).update(id, current.version, {
          ...(request.displayName !== undefined ? { display_name: request.displayName } : {}),
          ...(request.role !== undefined ? { role: request.role } : {}),
          ...(request.organisationId !== undefined ? { organisation_id: request.organisationId } : {}),
          ...(request.position !== undefined ? { position: request.position } : {}),
          ...(request.phone !== undefined ? { phone: request.phone } : {}),
          updated_at: clock.now().toISOString(),
        });
        if (!ok) throw staleVersion();
        if (privileged) await endAllSessionsOf(trx, id);
      });
    },

    setStatus(ctx: RequestContext, id: number, status: 'active' | 'disabled'): Promise<User> {
      return change(ctx, id, status === 'active' ? AuditActions.userEnable : AuditActions.userDisable, async (trx, current, actor) => {
        if (current.id === actor.userId) throw selfChange();
        await usersRepository(trx).update(id, current.version, { status, updated_at: clock.now().toISOString() });
        if (status === 'disabled') await endAllSessionsOf(trx, id);
      });
    },

    /** A new password set by the administrator: the user replaces it at the next sign-in. */
    async resetPassword(ctx: RequestContext, id: number, password: string): Promise<User> {
      const actor = requireActor(ctx);
      const target = await loadInScope(db, actor, id);
      if (target.id === actor.userId) throw selfChange();
      assertAcceptablePassword(password, target.username);
      const passwordHash = await hashPassword(password);
      return change(ctx, id, AuditActions.userResetPassword, async (trx, current) => {
        const now = clock.now().toISOString();
        await usersRepository(trx).update(id, current.version, { password_hash: passwordHash, password_changed_at: now, must_change_password: 1, updated_at: now });
        await endAllSessionsOf(trx, id);
      });
    },

    /** Lifts a lockout after failed sign-ins; audited like every change. */
    unlock(ctx: RequestContext, id: number): Promise<User> {
      return change(ctx, id, AuditActions.userUnlock, async (trx, current) => {
        await usersRepository(trx).clearLoginFailures(current.username);
      });
    },

    /** The full telephone number, on the administrator's explicit request; each view is audited. */
    async revealPhone(ctx: RequestContext, id: number): Promise<UserPhone> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await loadInScope(trx, actor, id);
        await audit.append(trx, ctx, { action: AuditActions.userPhoneView, entityType: AuditEntityTypes.user, entityId: id, after: { maskedPhone: maskPhone(row.phone) } });
        return { phone: row.phone };
      });
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
