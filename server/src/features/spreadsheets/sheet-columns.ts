import { agrees, disagrees, periodAgreement, type Period } from '@hongtu/domain';
import { columnLetter } from '../../platform/imports/xlsx-sheet';
import type { HeaderColumn, SheetHeader } from './sheet-headers';

/** An answer of the operator to a dry run's question: which column of a sheet holds the year-to-date value or the growth. */
export interface ColumnChoice {
  sheet: string;
  role: 'ytd' | 'yoy';
  /** Column letters ("D"). */
  column: string;
}

/** What a dry run asks: the columns of a sheet that could each hold the value. */
export interface ColumnQuestion {
  sheet: string;
  role: 'ytd' | 'yoy';
  candidates: { column: string; header: string }[];
}

export type Settled =
  | { kind: 'read'; header: SheetHeader; /** The value column is a lone month column (本月): read as year-to-date once confirmed. */ monthAsYtd: boolean; explicit: boolean }
  | { kind: 'ask'; questions: ColumnQuestion[] }
  | { kind: 'other-period'; column: HeaderColumn }
  | { kind: 'invalid-choice'; choice: ColumnChoice };

/** A year-to-date column whose header names exactly the months reported (and the year, if it names one). */
function namesReported(c: HeaderColumn, p: Period): boolean {
  return c.role === 'ytd' && agrees(periodAgreement(c.periods, p)) && c.periods.some((m) => m.fromMonth === 1 && m.toMonth === p.month);
}

/**
 * Which columns a sheet is read from, never by guessing (DOMAIN.md "Excel imports"):
 * a value column whose header names another period is not a candidate (a column of last year or
 * of last month); of the candidates left, one whose header names exactly the reported months
 * wins; one candidate alone is read; several make the dry run ask (unless `choices` answered).
 * The growth column goes with the value column's group under a two-row header, else it must be
 * the only one. Sets `header.columns`.
 */
export function settleColumns(sheet: string, header: SheetHeader, p: Period, choices: readonly ColumnChoice[]): Settled {
  for (const c of header.all) {
    if (c.role !== 'ytd' && c.role !== 'month' && c.role !== 'yoy') continue;
    const agreement = periodAgreement(c.periods, p);
    if (disagrees(agreement)) {
      c.otherPeriod = agreement.other!;
      c.role = 'reference';
    }
  }
  const first = (role: HeaderColumn['role']) => header.all.find((c) => c.role === role);
  const candidates = header.all.filter((c) => c.role === 'ytd' || c.role === 'month');
  if (candidates.length === 0) return { kind: 'other-period', column: header.all.find((c) => c.otherPeriod)! };

  const choiceOf = (role: 'ytd' | 'yoy') => choices.find((c) => c.sheet === sheet && c.role === role);
  const questions: ColumnQuestion[] = [];
  const ask = (role: 'ytd' | 'yoy', among: HeaderColumn[]) =>
    questions.push({ sheet, role, candidates: among.map((c) => ({ column: columnLetter(c.column), header: c.header })) });
  const pick = (role: 'ytd' | 'yoy', among: HeaderColumn[]): HeaderColumn | null | 'invalid' => {
    const choice = choiceOf(role);
    if (!choice) return null;
    return among.find((c) => columnLetter(c.column) === choice.column) ?? 'invalid';
  };

  let ytd: HeaderColumn | undefined;
  const explicit = candidates.filter((c) => namesReported(c, p));
  if (explicit.length === 1) ytd = explicit[0];
  else if (candidates.length === 1) ytd = candidates[0];
  else {
    const chosen = pick('ytd', candidates);
    if (chosen === 'invalid') return { kind: 'invalid-choice', choice: choiceOf('ytd')! };
    if (chosen) ytd = chosen;
    else ask('ytd', candidates);
  }

  const growths = header.all.filter((c) => c.role === 'yoy');
  let yoy: HeaderColumn | undefined;
  const inGroup = ytd && ytd.group !== null ? growths.filter((c) => c.group === ytd.group) : [];
  if (inGroup.length === 1) yoy = inGroup[0];
  else if (growths.length === 1) yoy = growths[0];
  else if (growths.length > 1) {
    const chosen = pick('yoy', growths);
    if (chosen === 'invalid') return { kind: 'invalid-choice', choice: choiceOf('yoy')! };
    if (chosen) yoy = chosen;
    else ask('yoy', growths);
  }
  if (questions.length > 0) return { kind: 'ask', questions };

  // The columns not read keep their role for the dry run's list of columns; the candidates not chosen become references.
  for (const c of header.all) if ((c.role === 'ytd' || c.role === 'month') && c !== ytd) c.role = 'reference';
  for (const c of growths) if (c !== yoy) c.role = 'reference';
  header.columns = { code: first('code'), name: first('name'), unit: first('unit'), ytd, yoy, note: first('note') };
  return { kind: 'read', header, monthAsYtd: ytd!.role === 'month' && candidates.length === 1, explicit: namesReported(ytd!, p) };
}
