// Changing how an indicator is reported (docs/DOMAIN.md "Reporting frequency", "Growth basis"):
// the city reviewer or the administrator may change an indicator's frequency and growth basis, but
// not so that figures already stored fall out of what the indicator asks for. A figure of a month
// the new frequency does not ask for would no longer be shown, checked or carded; a figure holding
// only its rate would lose its growth when the growth is to be computed from amounts.
import { dueMonths, type ReportingFrequency } from './frequency';
import type { GrowthBasis } from './growth-basis';

export interface IndicatorSettings {
  frequency: ReportingFrequency;
  growthBasis: GrowthBasis;
}

/** What matters of a stored figure to the change: its month and whether it holds an amount and a rate. */
export interface StoredFigureFacts {
  month: number;
  hasAmount: boolean;
  hasRate: boolean;
}

export type SettingsChangeIssue =
  /** Figures stored for months the new frequency does not ask for (sorted, each once). */
  | { code: 'frequency_orphans'; months: number[]; figures: number }
  /** Figures with only a reported rate, which growth from amounts cannot use. */
  | { code: 'basis_orphans'; figures: number };

/** Why the change would orphan stored figures; empty when it may be made. */
export function settingsChangeIssues(from: IndicatorSettings, to: IndicatorSettings, figures: readonly StoredFigureFacts[]): SettingsChangeIssue[] {
  const issues: SettingsChangeIssue[] = [];
  if (to.frequency !== from.frequency) {
    const due = new Set(dueMonths(to.frequency));
    const orphans = figures.filter((f) => (f.hasAmount || f.hasRate) && !due.has(f.month));
    if (orphans.length > 0) {
      issues.push({ code: 'frequency_orphans', months: [...new Set(orphans.map((f) => f.month))].sort((a, b) => a - b), figures: orphans.length });
    }
  }
  if (to.growthBasis !== from.growthBasis && to.growthBasis === 'amounts') {
    const rateOnly = figures.filter((f) => f.hasRate && !f.hasAmount).length;
    if (rateOnly > 0) issues.push({ code: 'basis_orphans', figures: rateOnly });
  }
  return issues;
}
