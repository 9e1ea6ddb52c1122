// Published bulletins (docs/DOMAIN.md "Published bulletins"): publishing a month freezes its
// overview as the city reads it (approved figures), with a SHA-256 of the stored answer; the
// published bulletin is served as published, with what changed since in the figures read today.
import { createHash } from 'node:crypto';
import { AuditActions, AuditEntityTypes, type Overview } from '@hongtu/contracts';
import { BULLETIN_CHANGE_FIELDS, type Bulletin, type BulletinChange } from '@hongtu/contracts/bulletins';
import type { Deps } from '../../platform/deps';
import { notFound } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { createDashboardReadModel } from './dashboards.read-model';
import { rankingRoot } from './dashboards.queries';
import './bulletins.table';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type CellValues = Overview['rows'][number]['cells'][number];
const valueOf = (cell: CellValues | undefined, field: BulletinChange['field']): string | null => {
  if (!cell) return null;
  const v = cell[field];
  return v === null || v === undefined ? null : String(v);
};

/** Every value of the published rows that reads differently now (rows and indicators of either side). */
export function bulletinChanges(published: Overview, current: Overview): BulletinChange[] {
  const changes: BulletinChange[] = [];
  const currentRows = new Map(current.rows.map((r) => [r.organisationId, r]));
  for (const row of published.rows) {
    const now = currentRows.get(row.organisationId);
    const codes = [...new Set([...row.cells.map((c) => c.indicatorCode), ...(now?.cells.map((c) => c.indicatorCode) ?? [])])];
    for (const code of codes) {
      const before = row.cells.find((c) => c.indicatorCode === code);
      const after = now?.cells.find((c) => c.indicatorCode === code);
      for (const field of BULLETIN_CHANGE_FIELDS) {
        // A bulletin published before vintages were sent holds none: that is no change of vintage.
        if (field === 'vintage' && before && before.vintage === undefined) continue;
        const a = valueOf(before, field);
        const b = valueOf(after, field);
        if (a !== b) changes.push({ organisationId: row.organisationId, organisationName: row.organisationName, indicatorCode: code, field, published: a, current: b });
      }
    }
  }
  return changes;
}

export function createBulletinService(deps: Pick<Deps, 'db' | 'clock' | 'audit'>) {
  const { db, clock, audit } = deps;
  const model = createDashboardReadModel(deps);
  return {
    /** Publishes the month's overview as the city reads it (approved figures only), audited. */
    async publish(ctx: RequestContext, periodKey: string): Promise<{ periodKey: string; publishedAt: string; hash: string }> {
      const actor = requireActor(ctx);
      const root = await rankingRoot(db, actor);
      // The bulletin is the city's: every unit of the city, as the city reads them (approved figures).
      const cityCtx: RequestContext = { ...ctx, actor: { ...actor, organisationPath: root.path, readPaths: [] } };
      const overview = await model.overview(cityCtx, { period: periodKey });
      const body = JSON.stringify(overview);
      const hash = sha256(body);
      // Who answers for each card, as judged now: the month's reports state the cards as published.
      const cards = JSON.stringify(await model.snapshotCards(cityCtx, periodKey, overview));
      const publishedAt = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('published_bulletins').values({
          city_id: root.id, period_key: periodKey, published_at: publishedAt, published_by: actor.userId, published_by_name: actor.displayName, body_json: body, body_hash: hash, cards_json: cards,
        }).execute();
        await audit.append(trx, ctx, { action: AuditActions.bulletinPublish, entityType: AuditEntityTypes.reportingPeriod, entityId: periodKey, after: { periodKey, hash, publishedAt } });
      });
      return { periodKey, publishedAt, hash };
    },

    /** The latest publication of the month for the reader's city, the reader's rows only, with what changed since; 404 when never published. */
    async get(ctx: RequestContext, periodKey: string): Promise<Bulletin> {
      const actor = requireActor(ctx);
      const root = await rankingRoot(db, actor);
      const rows = await db.selectFrom('published_bulletins').selectAll().where('city_id', '=', root.id).where('period_key', '=', periodKey).orderBy('id', 'desc').execute();
      const latest = rows[0];
      if (!latest) throw notFound();
      const current = await model.overview(ctx, { period: periodKey });
      const published = JSON.parse(latest.body_json) as Overview;
      // The reader sees the rows of his scope, as in today's overview.
      const visible = new Set(current.rows.map((r) => r.organisationId));
      const mine: Overview = { ...published, rows: published.rows.filter((r) => visible.has(r.organisationId)) };
      return {
        periodKey, publication: rows.length, publishedAt: latest.published_at, publishedBy: latest.published_by_name,
        hash: latest.body_hash, intact: sha256(latest.body_json) === latest.body_hash,
        overview: mine, changes: bulletinChanges(mine, current),
      };
    },
  };
}
