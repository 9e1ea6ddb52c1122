// The shared fixed-window counters (counters.ts) when they live in PostgreSQL.
export interface RateLimitsTable {
  /** What is counted: "req:ip:…", "req:user:…", "refused:…", with the route for per-route limits. */
  key: string;
  count: number;
  /** When the window ends (ISO 8601); a hit after it starts a new window. */
  reset_at: string;
}

declare module '../../db/database' {
  interface Database {
    rate_limits: RateLimitsTable;
  }
}
