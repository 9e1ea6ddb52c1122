import type { Indicator, Target, TargetMatrixCell } from '@hongtu/contracts';
import { draftFromTarget, toPutRequest } from './targets';

/** Which value of a target the matrix shows and edits: the amount (总量) or the growth (增速). */
export type MatrixMeasure = 'amount' | 'growth';

export const cellKey = (organisationId: number, indicatorCode: string) => `${organisationId}:${indicatorCode}`;
const editKey = (organisationId: number, indicatorCode: string, measure: MatrixMeasure) => `${cellKey(organisationId, indicatorCode)}:${measure}`;

/** What was typed in the matrix, by district, indicator and measure; absent: as stored. */
export type MatrixEdits = Readonly<Record<string, string>>;

export function targetsByCell(targets: readonly Target[]): Map<string, Target> {
  return new Map(targets.map((t) => [cellKey(t.organisationId, t.indicatorCode), t]));
}

/** The stored value of a cell as text ('' without one). */
export function storedValue(target: Target | undefined, measure: MatrixMeasure): string {
  if (!target || target.noTarget) return '';
  return (measure === 'amount' ? target.amountTarget : target.growthTarget) ?? '';
}

/** The cell's value as shown: as typed, else as stored. */
export function cellValue(edits: MatrixEdits, stored: Map<string, Target>, organisationId: number, indicatorCode: string, measure: MatrixMeasure): string {
  return edits[editKey(organisationId, indicatorCode, measure)] ?? storedValue(stored.get(cellKey(organisationId, indicatorCode)), measure);
}

/** Records a typed value; typing the stored value back forgets the edit. */
export function withEdit(
  edits: MatrixEdits, stored: Map<string, Target>, organisationId: number, indicatorCode: string, measure: MatrixMeasure, value: string,
): MatrixEdits {
  const key = editKey(organisationId, indicatorCode, measure);
  const { [key]: _previous, ...rest } = edits;
  return value.trim() === storedValue(stored.get(cellKey(organisationId, indicatorCode)), measure).trim() ? rest : { ...rest, [key]: value };
}

export function isEdited(edits: MatrixEdits, organisationId: number, indicatorCode: string, measure: MatrixMeasure): boolean {
  return editKey(organisationId, indicatorCode, measure) in edits;
}

/** Forgets the edits of the given cells (e.g. those someone else changed meanwhile). */
export function withoutCells(edits: MatrixEdits, cells: readonly { organisationId: number; indicatorCode: string }[]): MatrixEdits {
  const gone = new Set(cells.map((c) => cellKey(c.organisationId, c.indicatorCode)));
  return Object.fromEntries(Object.entries(edits).filter(([key]) => !gone.has(key.split(':').slice(0, 2).join(':'))));
}

/**
 * The cells to save, one per edited district × indicator: the stored target (or a new one with the
 * comparator the indicator's direction gives) with the typed amount and growth; a value typed into a
 * "no target" cell sets a target. Each carries the version it was read at.
 */
export function matrixCells(edits: MatrixEdits, stored: Map<string, Target>, indicators: readonly Indicator[], year: number): TargetMatrixCell[] {
  const direction = new Map(indicators.map((i) => [i.code, i.direction]));
  const edited = [...new Set(Object.keys(edits).map((key) => key.split(':').slice(0, 2).join(':')))];
  return edited.map((key) => {
    const [org, code] = key.split(':') as [string, string];
    const organisationId = Number(org);
    const target = stored.get(key);
    const draft = draftFromTarget(target, direction.get(code));
    const amountTarget = edits[`${key}:amount`] ?? draft.amountTarget;
    const growthTarget = edits[`${key}:growth`] ?? draft.growthTarget;
    const typed = amountTarget.trim() !== '' || growthTarget.trim() !== '';
    const noTarget = draft.noTarget && !typed;
    const { year: _year, schedule: _schedule, ...cell } = toPutRequest(
      { ...draft, amountTarget, growthTarget, noTarget },
      { year, organisationId, indicatorCode: code, version: target?.version ?? 0 },
    );
    return cell;
  });
}

/** The district and indicator of the cell a server's detail names ("body.cells.3.amountTarget"). */
export function cellOfDetail(path: string, cells: readonly TargetMatrixCell[]): TargetMatrixCell | undefined {
  const match = /cells\.(\d+)/.exec(path);
  return match ? cells[Number(match[1])] : undefined;
}

/** One target of last year to be copied, as the preview lists it. */
export interface CopyRow {
  organisationId: number;
  indicatorCode: string;
  from: Target;
  /** This year's target it replaces, if any. */
  replaces: Target | null;
}

const sameStatement = (a: Target, b: Target) =>
  a.noTarget === b.noTarget && a.amountTarget === b.amountTarget && a.amountComparator === b.amountComparator
  && a.growthTarget === b.growthTarget && a.growthComparator === b.growthComparator;

/**
 * Copying last year's targets into this year: every target of last year of a district and indicator
 * still shown, unless this year's is the same, or this year already has one and `overwrite` is off.
 * The cells are this year's versions (0 for new targets), saved at once by the matrix.
 */
export function copyFromLastYear(
  lastYear: readonly Target[], thisYear: readonly Target[], options: { overwrite: boolean; organisationIds: readonly number[]; indicatorCodes: readonly string[] },
): { rows: CopyRow[]; kept: number; cells: TargetMatrixCell[] } {
  const current = targetsByCell(thisYear);
  const organisations = new Set(options.organisationIds);
  const indicators = new Set(options.indicatorCodes);
  const rows: CopyRow[] = [];
  let kept = 0;
  for (const from of lastYear) {
    if (!organisations.has(from.organisationId) || !indicators.has(from.indicatorCode)) continue;
    const replaces = current.get(cellKey(from.organisationId, from.indicatorCode)) ?? null;
    if (replaces && sameStatement(replaces, from)) continue;
    if (replaces && !options.overwrite) {
      kept++;
      continue;
    }
    rows.push({ organisationId: from.organisationId, indicatorCode: from.indicatorCode, from, replaces });
  }
  const cells = rows.map(({ from, replaces }) => ({
    organisationId: from.organisationId, indicatorCode: from.indicatorCode,
    amountTarget: from.amountTarget, amountComparator: from.amountComparator,
    growthTarget: from.growthTarget, growthComparator: from.growthComparator,
    noTarget: from.noTarget, version: replaces?.version ?? 0,
  }));
  return { rows, kept, cells };
}
