/**
 * The overview's read model (migration 0090, overview-store.ts): the generation of the dashboards'
 * inputs, raised by triggers in the transaction of every write that can change an overview, and
 * the overviews computed at a generation, by key (who asks, which month, which group, language).
 */
export interface DashboardGenerationTable {
  id: number;
  generation: number | string;
  /** PostgreSQL: the transaction that raised it last (a transaction raises it once). */
  changed_by: number | string | null;
}

export interface DashboardOverviewsTable {
  key: string;
  generation: number | string;
  /** The overview's JSON, as the API answers it. */
  body: string;
  stored_at: string;
}

declare module '../../db/database' {
  interface Database {
    dashboard_generation: DashboardGenerationTable;
    dashboard_overviews: DashboardOverviewsTable;
  }
}
