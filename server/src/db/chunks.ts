/** Rows per multi-row statement: 14 bound values a row stays below SQLite's 32,766 and PostgreSQL's 65,535. */
export const ROWS_PER_STATEMENT = 1000;

/** Items in slices of `size`, one multi-row statement each. */
export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
