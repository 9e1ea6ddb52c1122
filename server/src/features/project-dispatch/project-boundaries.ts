// The city's district boundaries (docs/DOMAIN.md "Major projects" → "Map"): a GeoJSON
// FeatureCollection the city reviewer uploads with its source named; the latest is in force. The map
// shows it with the projects as points coloured by their warnings, and a project's coordinate is
// checked against its district's boundary (packages/domain geo.ts).
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { Boundary, BoundaryInput, DispatchQuery, ProjectMap } from '@hongtu/contracts/project-dispatch';
import { checkProjectLocation, districtBoundary, isReportingUnit, isWellFormedBoundary, type BoundaryCollection } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { parsePeriodOrFail } from '../reporting/reporting.public';
import { enabledWarningRules } from '../warnings/warnings.public';
import { loadDispatchProjects, withWarnings } from './project-facts';

/** The boundaries in force (the latest upload), or null when the city has loaded none. */
export async function boundaryInForce(db: Executor): Promise<{ id: number; name: string; source: string; uploadedAt: string; collection: BoundaryCollection } | null> {
  const row = await db.selectFrom('project_boundaries').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  return { id: row.id, name: row.name, source: row.source, uploadedAt: row.uploaded_at, collection: JSON.parse(row.geojson) as BoundaryCollection };
}

/** Names of the collection's districts that match no reporting unit by code or name. */
async function unmatchedDistricts(db: Executor, collection: BoundaryCollection): Promise<string[]> {
  const units = (await db.selectFrom('organisations').select(['code', 'name', 'kind']).execute()).filter((o) => isReportingUnit(o.kind));
  return collection.features
    .filter((f) => !units.some((u) => districtBoundary({ type: 'FeatureCollection', features: [f] }, u) !== null))
    .map((f) => String(f.properties.name ?? f.properties.code ?? f.properties.adcode ?? '?'));
}

async function toBoundary(db: Executor, b: NonNullable<Awaited<ReturnType<typeof boundaryInForce>>>): Promise<Boundary> {
  return { id: b.id, name: b.name, source: b.source, uploadedAt: b.uploadedAt, unmatched: await unmatchedDistricts(db, b.collection), geojson: b.collection as Boundary['geojson'] };
}

export function createBoundaryService({ db, clock, audit }: Deps) {
  return {
    /** Replaces the boundaries in force; every ring must be a closed polygon of degrees, or nothing is written. */
    async upload(ctx: RequestContext, input: BoundaryInput): Promise<Boundary> {
      const actor = requireActor(ctx);
      input.geojson.features.forEach((f, i) => {
        if (!isWellFormedBoundary(f.geometry)) {
          const name = String(f.properties.name ?? f.properties.code ?? i + 1);
          throw new AppError(400, 'PROJECT_BOUNDARY_MALFORMED', { name }, [{ path: `geojson.features.${i}.geometry`, message: 'PROJECT_BOUNDARY_MALFORMED' }]);
        }
      });
      const at = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const row = await trx.insertInto('project_boundaries').values({
          organisation_id: actor.organisationId, name: input.name, source: input.source, geojson: JSON.stringify(input.geojson), uploaded_by: actor.userId, uploaded_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        await audit.append(trx, ctx, {
          action: AuditActions.projectBoundaryUpload, entityType: AuditEntityTypes.projectBoundary, entityId: row.id,
          after: { name: input.name, source: input.source, districts: input.geojson.features.map((f) => f.properties.name ?? f.properties.code ?? null) },
        });
      });
      return toBoundary(db, (await boundaryInForce(db))!);
    },

    /** The boundaries in force and the month's located projects of the reader's scope, coloured by their most severe warning. */
    async map(ctx: RequestContext, query: DispatchQuery): Promise<ProjectMap> {
      const actor = requireActor(ctx);
      const { year, month } = parsePeriodOrFail(query.period);
      const [boundary, rules, projects] = await Promise.all([
        boundaryInForce(db),
        enabledWarningRules(db),
        loadDispatchProjects(db, actor, year, month, { organisationId: query.organisationId, located: true }),
      ]);
      const points = withWarnings(projects, rules, month).map(({ project: p, result }) => {
        const check = checkProjectLocation(boundary?.collection ?? null, { code: p.organisationCode, name: p.organisationName }, p);
        return {
          id: p.id, name: p.name, organisationName: p.organisationName, longitude: p.longitude!, latitude: p.latitude!,
          yearStatus: p.yearStatus, stage: p.stage, colour: result.colour,
          inside: check === 'inside' ? true : check === 'outside' ? false : null,
        };
      });
      return { boundary: boundary ? await toBoundary(db, boundary) : null, points };
    },
  };
}
