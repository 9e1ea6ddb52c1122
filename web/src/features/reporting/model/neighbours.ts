/** The districts before and after one on the review board (its order), and its position; null at either end. */
export function neighbours<T extends { organisationId: number }>(rows: readonly T[], organisationId: number): { previous: T | null; next: T | null; index: number; total: number } {
  const at = rows.findIndex((r) => r.organisationId === organisationId);
  if (at < 0) return { previous: null, next: null, index: 0, total: rows.length };
  return { previous: rows[at - 1] ?? null, next: rows[at + 1] ?? null, index: at + 1, total: rows.length };
}
