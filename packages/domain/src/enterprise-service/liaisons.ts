// Liaisons 一企一专人 and visits 千名干部进千企 (docs/DOMAIN.md "Enterprise service"): each key
// enterprise has one liaison cadre; visits are logged; an enterprise not visited for N days is listed.

/** The days without a visit after which a key enterprise is listed, and the bounds of what may be asked. */
export const LIAISON_VISIT_GAP = { min: 1, max: 365, default: 30 } as const;

/** Days since the last visit on `today` (null when never visited). */
export function daysSinceVisit(lastVisitedOn: string | null, today: string): number | null {
  if (lastVisitedOn === null) return null;
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastVisitedOn}T00:00:00Z`)) / 86_400_000));
}

/** Listed as not visited: never visited, or not for more than N days. */
export function needsVisit(lastVisitedOn: string | null, today: string, gapDays: number): boolean {
  const days = daysSinceVisit(lastVisitedOn, today);
  return days === null || days > gapDays;
}

/** The last date of visits that leaves an enterprise listed (visited on or before it). */
export function visitCutoff(today: string, gapDays: number): string {
  const t = Date.parse(`${today}T00:00:00Z`) - (gapDays + 1) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
