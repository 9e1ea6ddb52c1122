import {
  AuditActions,
  AuditEntityTypes,
  type OrganisationKind,
  type CreateOrganisationRequest,
  type Organisation,
  type OrganisationGroup,
  type UpdateOrganisationRequest,
} from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope, isInScope, scopePaths } from '../../platform/permissions/scope';
import { organisationsRepository } from './organisations.repository';
import { isAllowedParent, isReportingUnit, wouldCreateCycle } from '@hongtu/domain';
import type { OrganisationRow } from './organisations.table';

export function toOrganisation(row: OrganisationRow, groupIds: number[] = []): Organisation {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    divisionCode: row.division_code,
    groupIds,
    version: row.version,
  };
}

const duplicateCode = (code: string) =>
  new AppError(409, 'DUPLICATE_CODE', { code }, [{ path: 'code', message: 'DUPLICATE_CODE' }]);

/** Use cases of the organisation tree and district groups. */
export function createOrganisationService({ db, clock, audit }: Deps) {
  const read = organisationsRepository(db);

  /** Loads an organisation the actor may see, or fails with 404. */
  async function loadInScope(ctx: RequestContext, id: number): Promise<OrganisationRow> {
    const row = await read.findById(id);
    if (!row) throw notFound();
    assertInScope(requireActor(ctx), row.path);
    return row;
  }

  return {
    async list(ctx: RequestContext): Promise<Organisation[]> {
      const actor = requireActor(ctx);
      // While reading, a department's read grants add the granted subtrees (DOMAIN.md "Read grants").
      const [rows, groups] = await Promise.all([read.listInSubtrees(scopePaths(actor)), read.groupIdsByOrganisation()]);
      return rows.map((r) => toOrganisation(r, groups.get(r.id)));
    },

    async get(ctx: RequestContext, id: number): Promise<Organisation> {
      const row = await loadInScope(ctx, id);
      const groups = await read.groupIdsByOrganisation();
      return toOrganisation(row, groups.get(row.id));
    },

    /** Creates an organisation under a parent in the actor's scope. */
    async create(ctx: RequestContext, request: CreateOrganisationRequest): Promise<Organisation> {
      const actor = requireActor(ctx);
      const now = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const repo = organisationsRepository(trx);
        let parentPath = '/';
        let parentKind: OrganisationKind | null = null;
        if (request.parentId === null) {
          // Only one top-level organisation (the city) may exist.
          if (await repo.hasRoot()) {
            throw new AppError(409, 'ROOT_ORGANISATION');
          }
        } else {
          const parent = await repo.findById(request.parentId);
          if (!parent) throw notFound();
          assertInScope(actor, parent.path);
          parentPath = parent.path;
          parentKind = parent.kind;
        }
        if (!isAllowedParent(request.kind, parentKind)) {
          throw new AppError(400, 'ORGANISATION_PARENT_KIND', { kind: request.kind, parentKind: parentKind ?? '-' }, [
            { path: 'parentId', message: 'ORGANISATION_PARENT_KIND' },
          ]);
        }
        if (await repo.findByCode(request.code)) throw duplicateCode(request.code);
        const row = await repo.insert(
          {
            code: request.code,
            name: request.name,
            kind: request.kind,
            parent_id: request.parentId,
            division_code: request.divisionCode ?? null,
            created_at: now,
            updated_at: now,
          },
          parentPath,
        );
        const created = toOrganisation(row);
        await audit.append(trx, ctx, { action: AuditActions.organisationCreate, entityType: AuditEntityTypes.organisation, entityId: row.id, after: created });
        return created;
      });
    },

    /** Renames, recodes or moves an organisation; a move carries its subtree. */
    async update(ctx: RequestContext, id: number, request: UpdateOrganisationRequest): Promise<Organisation> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const repo = organisationsRepository(trx);
        const current = await repo.findById(id);
        if (!current) throw notFound();
        assertInScope(actor, current.path);
        if (current.version !== request.version) throw staleVersion();
        if (request.code !== undefined && request.code !== current.code && (await repo.findByCode(request.code))) {
          throw duplicateCode(request.code);
        }
        let newPath = current.path;
        if (request.parentId !== undefined && request.parentId !== current.parent_id) {
          if (request.parentId === null) throw new AppError(409, 'ROOT_ORGANISATION');
          const parent = await repo.findById(request.parentId);
          if (!parent) throw notFound();
          assertInScope(actor, parent.path);
          if (wouldCreateCycle(current.path, parent.path)) {
            throw new AppError(400, 'ORGANISATION_CYCLE', {}, [{ path: 'parentId', message: 'ORGANISATION_CYCLE' }]);
          }
          if (!isAllowedParent(current.kind, parent.kind)) {
            throw new AppError(400, 'ORGANISATION_PARENT_KIND', { kind: current.kind, parentKind: parent.kind });
          }
          // The actor may not move their own organisation out from under themselves.
          if (!isInScope(actor, current.path) || current.path === actor.organisationPath) {
            throw new AppError(403, 'SELF_PRIVILEGE_CHANGE', {}, undefined, 'denied');
          }
          newPath = `${parent.path}${current.id}/`;
        }
        const updated = await repo.update(id, current.version, {
          ...(request.code !== undefined ? { code: request.code } : {}),
          ...(request.name !== undefined ? { name: request.name } : {}),
          ...(request.parentId !== undefined ? { parent_id: request.parentId } : {}),
          updated_at: clock.now().toISOString(),
        });
        if (!updated) throw staleVersion();
        if (newPath !== current.path) await repo.movePaths(current.path, newPath);
        const groups = await repo.groupIdsByOrganisation();
        const after = toOrganisation({ ...updated, path: newPath }, groups.get(id));
        await audit.append(trx, ctx, {
          action: AuditActions.organisationUpdate,
          entityType: AuditEntityTypes.organisation,
          entityId: id,
          before: toOrganisation(current, groups.get(id)),
          after,
        });
        return after;
      });
    },

    /** Deletes an organisation that has no sub-organisations and no users. */
    async remove(ctx: RequestContext, id: number): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const repo = organisationsRepository(trx);
        const current = await repo.findById(id);
        if (!current) throw notFound();
        assertInScope(actor, current.path);
        if (current.path === actor.organisationPath) throw new AppError(403, 'SELF_PRIVILEGE_CHANGE', {}, undefined, 'denied');
        if ((await repo.countDependants(id)) > 0) throw new AppError(409, 'ORGANISATION_IN_USE');
        await repo.delete(id);
        await audit.append(trx, ctx, { action: AuditActions.organisationDelete, entityType: AuditEntityTypes.organisation, entityId: id, before: toOrganisation(current) });
      });
    },

    async listGroups(ctx: RequestContext): Promise<OrganisationGroup[]> {
      const actor = requireActor(ctx);
      const inScope = new Set((await read.listInSubtrees(scopePaths(actor))).map((o) => o.id));
      const groups = await read.listGroups();
      return Promise.all(
        groups.map(async (g) => ({
          id: g.id,
          code: g.code,
          name: g.name,
          memberIds: (await read.groupMembers(g.id)).filter((id) => inScope.has(id)),
        })),
      );
    },

    async createGroup(ctx: RequestContext, request: { code: string; name: string }): Promise<OrganisationGroup> {
      return db.transaction().execute(async (trx) => {
        const repo = organisationsRepository(trx);
        if (await repo.findGroupByCode(request.code)) throw duplicateCode(request.code);
        const row = await repo.insertGroup({ ...request, created_at: clock.now().toISOString() });
        const group = { id: row.id, code: row.code, name: row.name, memberIds: [] };
        await audit.append(trx, ctx, { action: AuditActions.organisationGroupCreate, entityType: AuditEntityTypes.organisationGroup, entityId: row.id, after: group });
        return group;
      });
    },

    /** Replaces a group's members; every member must be a district or zone in scope. */
    async setGroupMembers(ctx: RequestContext, groupId: number, organisationIds: number[]): Promise<OrganisationGroup> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const repo = organisationsRepository(trx);
        const group = await repo.findGroup(groupId);
        if (!group) throw notFound();
        const unique = [...new Set(organisationIds)];
        for (const orgId of unique) {
          const org = await repo.findById(orgId);
          if (!org) throw notFound();
          assertInScope(actor, org.path);
          if (!isReportingUnit(org.kind)) {
            throw new AppError(400, 'GROUP_MEMBER_KIND', {}, [{ path: 'organisationIds', message: 'GROUP_MEMBER_KIND' }]);
          }
        }
        const before = await repo.groupMembers(groupId);
        await repo.replaceGroupMembers(groupId, unique);
        const after = { id: group.id, code: group.code, name: group.name, memberIds: unique.sort((a, b) => a - b) };
        await audit.append(trx, ctx, {
          action: AuditActions.organisationGroupMembers,
          entityType: AuditEntityTypes.organisationGroup,
          entityId: groupId,
          before: { memberIds: before },
          after: { memberIds: after.memberIds },
        });
        return after;
      });
    },

    async removeGroup(ctx: RequestContext, groupId: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const repo = organisationsRepository(trx);
        const group = await repo.findGroup(groupId);
        if (!group) throw notFound();
        await repo.deleteGroup(groupId);
        await audit.append(trx, ctx, { action: AuditActions.organisationGroupDelete, entityType: AuditEntityTypes.organisationGroup, entityId: groupId, before: group });
      });
    },
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
