import type { CheckFinding } from '@hongtu/contracts';

export type Severity = CheckFinding['severity'];

/** antd colours: errors block (red), warnings are kept with their explanation (orange). */
export const SEVERITY_COLOURS: Record<Severity, string> = { error: 'red', warning: 'orange' };

/** Errors before warnings, otherwise in the server's (indicator) order. */
export function sortFindings(findings: readonly CheckFinding[]): CheckFinding[] {
  const rank = (f: CheckFinding) => (f.severity === 'error' ? 0 : 1);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
}

/** Findings per indicator code (month-wide ones under ''), for the marks beside each row. */
export function findingsByIndicator(findings: readonly CheckFinding[]): Map<string, CheckFinding[]> {
  const map = new Map<string, CheckFinding[]>();
  for (const f of findings) {
    const key = f.indicatorCode ?? '';
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
}

export function countSeverities(findings: readonly CheckFinding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** The worst severity of a row's findings, or null when it has none. */
export function worstSeverity(findings: readonly CheckFinding[] | undefined): Severity | null {
  if (!findings || findings.length === 0) return null;
  return findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
}
