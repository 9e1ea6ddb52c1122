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
}

declare module '../../db/database' {
  interface Database {
    published_bulletins: PublishedBulletinsTable;
  }
}
