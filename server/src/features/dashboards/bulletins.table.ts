import type { Generated } from 'kysely';

/**
 * A month's overview as the city published it (migration 0051, DOMAIN.md "Published bulletins"):
 * the answer as JSON and its SHA-256, never changed afterwards; a month published again adds a row
 * and the latest stands.
 */
export interface PublishedBulletinsTable {
  id: Generated<number>;
  city_id: number;
  period_key: string;
  published_at: string;
  published_by: number | null;
  published_by_name: string;
  body_json: string;
  body_hash: string;
  /** The warning board's cards of the month as published (Card[] as JSON, migration 0295); null before it. */
  cards_json: string | null;
}

declare module '../../db/database' {
  interface Database {
    published_bulletins: PublishedBulletinsTable;
  }
}
