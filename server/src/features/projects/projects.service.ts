import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { Project, ProjectInput, ProjectUpdate } from '@hongtu/contracts/projects';
import { checkProjectLocation, isReportingUnit, storageInt, storageText } from '@hongtu/domain';
import { isUniqueViolation, retryOnUniqueConflict } from '../../db/conflicts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.public';
import { boundaryInForce } from '../project-dispatch/project-dispatch.public';
import { assertProject, readProjectInput, shanghaiToday, toProject, type ProjectValues } from './projects.codec';
import { findDuplicates, loadProject } from './projects.read-model';
import type { ProjectRow } from './projects.table';
import { districtYearsOfProject, refreshDistrictYears } from './project-totals';

/** What the audit trail keeps of a project: its columns, amounts as exact text. */
export function auditView(values: Partial<ProjectValues> & Partial<Pick<ProjectRow, 'code' | 'organisation_id' | 'version'>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'bigint' ? storageText(v) : v]));
}

const AMOUNT_COLUMNS = ['total_investment', 'annual_plan', 'longitude', 'latitude'] as const;
/** A stored row's values in the shape of ProjectValues (amounts as bigint), to compare and to audit. */
export function valuesOfRow(row: ProjectRow): ProjectValues {
  const { id: _id, organisation_id: _o, code: _c, version: _v, source: _s, source_ref: _r, source_quote: _q, created_by: _cb, created_at: _ca, updated_by: _ub, updated_at: _ua, ...values } = row;
  const out: Record<string, unknown> = { ...values };
  for (const c of AMOUNT_COLUMNS) out[c] = row[c] === null ? null : storageInt(row[c]);
  return out as ProjectValues;
}

/** The district (or zone) a project belongs to: in the actor's scope (404 otherwise), a reporting unit (400 otherwise). */
export async function projectOrganisation(db: Executor, actor: Actor, organisationId: number) {
  const organisation = await organisationsRepository(db).findById(organisationId);
  assertInScope(actor, organisation?.path);
  if (!isReportingUnit(organisation!.kind)) throw new AppError(400, 'NOT_A_REPORTING_UNIT');
  return organisation!;
}

/**
 * A located project lies inside its district's boundary when the city has loaded one (docs/DOMAIN.md
 * "Map"); outside it the save is refused naming the district, nothing written. No boundary loaded,
 * none for this district, or no coordinate: nothing to check.
 */
export async function assertLocationInDistrict(db: Executor, organisationId: number, location: { longitude?: number | null; latitude?: number | null }): Promise<void> {
  const point = { longitude: location.longitude ?? null, latitude: location.latitude ?? null };
  if (point.longitude === null || point.latitude === null) return;
  const boundary = await boundaryInForce(db);
  if (!boundary) return;
  const organisation = await organisationsRepository(db).findById(organisationId);
  if (!organisation) return;
  if (checkProjectLocation(boundary.collection, { code: organisation.code, name: organisation.name }, point) === 'outside') {
    throw new AppError(400, 'PROJECT_OUTSIDE_DISTRICT', { organisation: organisation.name }, [{ path: 'longitude', message: 'PROJECT_OUTSIDE_DISTRICT' }]);
  }
}

/** The next free code of a district's year: "420106-2026-001", "420106-2026-002" … */
export async function nextProjectCode(db: Executor, organisationCode: string, year: number): Promise<string> {
  const prefix = `${organisationCode}-${year}-`;
  const rows = await db.selectFrom('projects').select('code').where('code', 'like', `${prefix}%`).execute();
  let max = 0;
  for (const { code } of rows) {
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

async function assertCodeFree(db: Executor, code: string, exceptId: number | null): Promise<void> {
  const row = await db.selectFrom('projects').select('id').where('code', '=', code).executeTakeFirst();
  if (row && row.id !== exceptId) throw new AppError(409, 'PROJECT_CODE_TAKEN', { code }, [{ path: 'code', message: 'PROJECT_CODE_TAKEN' }]);
}

/** The library's use cases: a project created or changed in one transaction with its audit row. */
export function createProjectService({ db, clock, audit }: Deps) {
  async function answer(ctx: RequestContext, id: number): Promise<Project> {
    const actor = requireActor(ctx);
    const row = await loadProject(db, actor, id);
    const duplicates = await findDuplicates(db, actor, ctx.locale, { id: row.id, nameKey: row.name_key, ownerCreditCode: row.owner_credit_code });
    return toProject(row, actor, duplicates);
  }

  return {
    get: answer,

    /**
     * A new project of the user's district (or of the organisation named, inside the user's scope).
     * Refused, with nothing written, when a rule of the domain fails; a name or owner another
     * district already has is answered as a warning with the project.
     */
    async create(ctx: RequestContext, input: ProjectInput): Promise<Project> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const { facts, values } = readProjectInput(input, ctx.locale);
      const organisation = await projectOrganisation(db, actor, input.organisationId ?? actor.organisationId);
      assertProject(facts, shanghaiToday(now), ctx.locale);
      const given = input.code?.trim() || null;
      let id: number;
      try {
        id = await retryOnUniqueConflict(() => db.transaction().execute(async (trx) => {
          await assertLocationInDistrict(trx, organisation.id, input);
          if (given) await assertCodeFree(trx, given, null);
          const code = given ?? (await nextProjectCode(trx, organisation.code, facts.planYear));
          const at = now.toISOString();
          const row = await trx.insertInto('projects').values({
            ...values, organisation_id: organisation.id, code, source: 'entered', source_ref: null, source_quote: null,
            created_by: actor.userId, created_at: at, updated_by: actor.userId, updated_at: at,
          }).returning('id').executeTakeFirstOrThrow();
          await refreshDistrictYears(trx, [{ organisationId: organisation.id, year: facts.planYear }]);
          await audit.append(trx, ctx, {
            action: AuditActions.projectCreate, entityType: AuditEntityTypes.project, entityId: row.id,
            after: auditView({ code, organisation_id: organisation.id, ...values }),
          });
          return row.id;
        }));
      } catch (error) {
        if (given && isUniqueViolation(error)) throw new AppError(409, 'PROJECT_CODE_TAKEN', { code: given }, [{ path: 'code', message: 'PROJECT_CODE_TAKEN' }]);
        throw error;
      }
      return answer(ctx, id);
    },

    /** Changes a project read at `version`; a project changed since is answered 409 STALE_VERSION and nothing is written. */
    async update(ctx: RequestContext, id: number, input: ProjectUpdate): Promise<Project> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const { facts, values } = readProjectInput(input, ctx.locale);
      try {
        await db.transaction().execute(async (trx) => {
          const current = await loadProject(trx, actor, id);
          const organisation = input.organisationId === undefined || input.organisationId === current.organisation_id
            ? { id: current.organisation_id }
            : await projectOrganisation(trx, actor, input.organisationId);
          if (current.version !== input.version) throw staleVersion();
          assertProject(facts, shanghaiToday(now), ctx.locale);
          await assertLocationInDistrict(trx, organisation.id, input);
          const code = input.code?.trim() || current.code;
          if (code !== current.code) await assertCodeFree(trx, code, id);
          const totalsBefore = await districtYearsOfProject(trx, id, organisation.id !== current.organisation_id);
          const result = await trx.updateTable('projects')
            .set({ ...values, organisation_id: organisation.id, code, version: current.version + 1, updated_by: actor.userId, updated_at: now.toISOString() })
            .where('id', '=', id).where('version', '=', input.version)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
          // Reports carry their project's organisation (district-month reads): they move with it.
          if (organisation.id !== current.organisation_id) await trx.updateTable('project_reports').set({ organisation_id: organisation.id }).where('project_id', '=', id).execute();
          await refreshDistrictYears(trx, [...totalsBefore, ...(await districtYearsOfProject(trx, id, organisation.id !== current.organisation_id))]);
          const before = valuesOfRow(current);
          const changed = (Object.keys(values) as (keyof ProjectValues)[]).filter((k) => String(before[k]) !== String(values[k]));
          await audit.append(trx, ctx, {
            action: AuditActions.projectUpdate, entityType: AuditEntityTypes.project, entityId: id,
            before: auditView({ version: current.version, ...(code !== current.code ? { code: current.code } : {}), ...(organisation.id !== current.organisation_id ? { organisation_id: current.organisation_id } : {}), ...Object.fromEntries(changed.map((k) => [k, before[k]])) }),
            after: auditView({ version: current.version + 1, ...(code !== current.code ? { code } : {}), ...(organisation.id !== current.organisation_id ? { organisation_id: organisation.id } : {}), ...Object.fromEntries(changed.map((k) => [k, values[k]])) }),
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError(409, 'PROJECT_CODE_TAKEN', { code: input.code ?? '' }, [{ path: 'code', message: 'PROJECT_CODE_TAKEN' }]);
        throw error;
      }
      return answer(ctx, id);
    },
  };
}
export type ProjectService = ReturnType<typeof createProjectService>;
