// The published snapshot a report is made from (DOMAIN.md "Published bulletins"): the latest
// publication of the month that ends the report's span, for the city the report's unit belongs to.
import { createHash } from 'node:crypto';
import { comparisonSpan, reportSpan } from '@hongtu/domain';
import type { Card, Overview } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { AppError } from '../../platform/errors/app-error';
import { rankingRoot } from '../dashboards/dashboards.public';

export interface PublishedSnapshot {
  periodKey: string;
  hash: string;
  publishedAt: string;
  /** Shared by the reports of a server (publications never change): read it, never change it. */
  overview: Readonly<Overview>;
  /** The overview as published (JSON text), for the render worker to parse on its own thread. */
  bodyJson: string;
  /** The warning board's cards as published with the month (who answers), shared like the overview; null when published before they were kept. */
  cards: Card[] | null;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/**
 * The months a report reads: its span's last month (2022-Q3, 2022-01..09 → 2022-09; 2017-H1 →
 * 2017-06; a month → itself) and, for the plan-execution report, the month it compares growth with
 * (较上半年: 2022-06 for 前三季度; 较1-8月: 2022-08 for a month's bulletin; given to every kind's
 * builder, which decides whether it compares), null in the first span of a year.
 */
export function snapshotMonths(period: string): { month: string; year: number; monthNumber: number; previous: string | null } {
  const span = reportSpan(period);
  if (!span) throw new AppError(400, 'VALIDATION_FAILED', {}, [{ path: 'period', message: period }]);
  const previous = comparisonSpan(span);
  return { month: monthKey(span.year, span.month), year: span.year, monthNumber: span.month, previous: previous ? monthKey(span.year, previous.month) : null };
}

/**
 * Publications read and checked on this server, by row and hash: a published bulletin never changes
 * (a new publication is a new row), so twenty reports of a month read its body, hash and parse it once.
 */
const READ_PUBLICATIONS = 4;
const readPublications = new Map<string, { overview: Overview; bodyJson: string; cards: Card[] | null }>();

/** The latest publication of a month for the city above the organisation (path), or null; checked against its hash. */
export async function latestSnapshot(exec: Executor, organisation: { id: number; path: string }, periodKey: string): Promise<PublishedSnapshot | null> {
  const root = await rankingRoot(exec, { organisationId: organisation.id, organisationPath: organisation.path });
  const row = await exec.selectFrom('published_bulletins').select(['id', 'period_key', 'body_hash', 'published_at'])
    .where('city_id', '=', root.id).where('period_key', '=', periodKey).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  const key = `${row.id}:${row.body_hash}`;
  let body = readPublications.get(key);
  if (!body) {
    const { body_json: bodyJson, cards_json: cardsJson } = await exec.selectFrom('published_bulletins').select(['body_json', 'cards_json']).where('id', '=', row.id).executeTakeFirstOrThrow();
    if (createHash('sha256').update(bodyJson).digest('hex') !== row.body_hash) throw new Error(`published bulletin ${periodKey} does not match its hash`);
    body = { overview: JSON.parse(bodyJson) as Overview, bodyJson, cards: cardsJson === null ? null : (JSON.parse(cardsJson) as Card[]) };
    readPublications.set(key, body);
    if (readPublications.size > READ_PUBLICATIONS) readPublications.delete(readPublications.keys().next().value!);
  }
  // the overview is shared by the reports of this server: read only (the worker builds from the JSON text)
  return { periodKey: row.period_key, hash: row.body_hash, publishedAt: row.published_at, overview: body.overview, bodyJson: body.bodyJson, cards: body.cards };
}
