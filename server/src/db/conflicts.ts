// Unique-constraint conflicts between concurrent writers (two requests creating the same row at
// once). The loser gets 409 with the error shape, or — where the user did nothing wrong, e.g. two
// operators saving different indicators of a month that has no submission yet — its transaction is
// run again and finds the row the winner created.

/** PostgreSQL 23505, or SQLite's UNIQUE / PRIMARY KEY constraint failure. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs `work` (a whole transaction) again when it lost a unique-constraint race, up to `attempts` times. */
export async function retryOnUniqueConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}
