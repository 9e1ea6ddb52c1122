import type { Figure, FigureInput } from '@hongtu/contracts';
import { isFigureVintage } from '@hongtu/domain';

/** The inputs of a figure as the operator types them (empty text = not given). */
export interface FigureDraft {
  ytdValue: string;
  reportedYoy: string;
  note: string;
  /** The comparable basis (同口径): last year's value adjusted, the growth on that basis, and why. */
  adjustedBase: string;
  reportedYoyComparable: string;
  comparableReason: string;
  /** The vintage chosen (快报 / 初步核算 / 核实 / 年报, docs/DOMAIN.md "Vintages"). */
  vintage: string;
}
export type DraftField = keyof FigureDraft;

/** An unsaved change, with the figure version it was made on (for the 409 check). */
export interface FigureEdit extends FigureDraft {
  baseVersion: number;
}
export type Edits = Readonly<Record<string, FigureEdit>>;

export const DRAFT_FIELDS: readonly DraftField[] = ['ytdValue', 'reportedYoy', 'note', 'adjustedBase', 'reportedYoyComparable', 'comparableReason', 'vintage'];
/** Fields typed as numbers (the others are text). */
export const NUMBER_FIELDS: ReadonlySet<DraftField> = new Set(['ytdValue', 'reportedYoy', 'adjustedBase', 'reportedYoyComparable']);

export function draftOf(figure: Figure): FigureDraft {
  return {
    ytdValue: figure.ytdValue ?? '', reportedYoy: figure.reportedYoy ?? '', note: figure.note ?? '',
    adjustedBase: figure.adjustedBase ?? '', reportedYoyComparable: figure.reportedYoyComparable ?? '', comparableReason: figure.comparableReason ?? '',
    vintage: figure.vintage,
  };
}

const pick = (source: FigureDraft): FigureDraft => ({
  ytdValue: source.ytdValue, reportedYoy: source.reportedYoy, note: source.note,
  adjustedBase: source.adjustedBase, reportedYoyComparable: source.reportedYoyComparable, comparableReason: source.comparableReason,
  vintage: source.vintage,
});

const same = (a: FigureDraft, b: FigureDraft) => DRAFT_FIELDS.every((k) => a[k].trim() === b[k].trim());

/** What the inputs show: the unsaved edit if any, else the stored figure. */
export function currentDraft(figure: Figure, edits: Edits): FigureDraft {
  const edit = edits[figure.indicatorCode];
  return edit ? pick(edit) : draftOf(figure);
}

/** Records one typed value; an edit that brings the figure back to its stored state disappears. */
export function applyEdit(edits: Edits, figure: Figure, field: DraftField, value: string): Edits {
  const code = figure.indicatorCode;
  const draft = { ...currentDraft(figure, edits), [field]: value };
  const { [code]: previous, ...rest } = edits;
  if (same(draft, draftOf(figure))) return rest;
  return { ...rest, [code]: { ...draft, baseVersion: previous?.baseVersion ?? figure.version } };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The save payload: only the figures the operator changed, each with the
 * version it was edited on; numbers go as typed ("1,234", "１２３") for the
 * server to normalize.
 */
export function changedFigures(figures: readonly Figure[], edits: Edits): FigureInput[] {
  return figures.flatMap((figure) => {
    const edit = edits[figure.indicatorCode];
    if (!edit || same(edit, draftOf(figure))) return [];
    return [{
      indicatorCode: figure.indicatorCode,
      ytdValue: orNull(edit.ytdValue),
      reportedYoy: orNull(edit.reportedYoy),
      note: orNull(edit.note),
      adjustedBase: orNull(edit.adjustedBase),
      reportedYoyComparable: orNull(edit.reportedYoyComparable),
      comparableReason: orNull(edit.comparableReason),
      // Sent only when chosen: the server keeps the stored vintage otherwise.
      ...(edit.vintage !== figure.vintage && isFigureVintage(edit.vintage) ? { vintage: edit.vintage } : {}),
      version: edit.baseVersion,
    }];
  });
}

/**
 * After a reload: edits made on a figure version that is still current are
 * kept; edits of figures someone else changed meanwhile are dropped (listed
 * so the page can say so), as are edits the stored values now match.
 */
export function rebaseEdits(edits: Edits, figures: readonly Figure[]): { edits: Edits; dropped: string[] } {
  const byCode = new Map(figures.map((f) => [f.indicatorCode, f]));
  const kept: Record<string, FigureEdit> = {};
  const dropped: string[] = [];
  for (const [code, edit] of Object.entries(edits)) {
    const figure = byCode.get(code);
    if (!figure || figure.version !== edit.baseVersion) dropped.push(code);
    else if (!same(edit, draftOf(figure))) kept[code] = edit;
  }
  return { edits: kept, dropped };
}

export type FieldErrors = Readonly<Record<string, Partial<Record<DraftField, string>>>>;

/**
 * The server's field details ("body.figures.3.ytdValue": "“12abc”不是有效的数字")
 * put on the inputs of the figure that was at that index of the payload.
 */
export function fieldErrorsFromDetails(
  details: readonly { path: string; message: string }[] | undefined,
  payload: readonly FigureInput[],
): { fields: FieldErrors; unmatched: string[] } {
  const fields: Record<string, Partial<Record<DraftField, string>>> = {};
  const unmatched: string[] = [];
  for (const detail of details ?? []) {
    const match = /(?:^|\.)figures\.(\d+)\.(ytdValue|reportedYoy|note|adjustedBase|reportedYoyComparable|comparableReason|vintage)$/.exec(detail.path);
    const input = match ? payload[Number(match[1])] : undefined;
    if (!match || !input) {
      unmatched.push(detail.message);
      continue;
    }
    fields[input.indicatorCode] = { ...fields[input.indicatorCode], [match[2] as DraftField]: detail.message };
  }
  return { fields, unmatched };
}

/** Several typed values at once (a pasted block, last month's notes); figures the month does not have are skipped. */
export function applyEdits(edits: Edits, figures: readonly Figure[], cells: readonly { code: string; field: DraftField; value: string }[]): Edits {
  const byCode = new Map(figures.map((f) => [f.indicatorCode, f]));
  return cells.reduce((acc, cell) => {
    const figure = byCode.get(cell.code);
    return figure ? applyEdit(acc, figure, cell.field, cell.value) : acc;
  }, edits);
}

/** "Copy last month's notes": the previous due month's note into each figure whose note is empty now. */
export function lastMonthNotes(figures: readonly Figure[], edits: Edits): { code: string; field: 'note'; value: string }[] {
  return figures.flatMap((figure) => {
    const note = figure.previousNote?.trim();
    return note && currentDraft(figure, edits).note.trim() === '' ? [{ code: figure.indicatorCode, field: 'note' as const, value: note }] : [];
  });
}

/** The cells a draft save refused, as errors on the inputs. */
export function fieldErrorsFromRejected(rejected: readonly { indicatorCode: string; field: string; message: string }[]): FieldErrors {
  const fields: Record<string, Partial<Record<DraftField, string>>> = {};
  for (const cell of rejected) {
    const field = (DRAFT_FIELDS as readonly string[]).includes(cell.field) ? (cell.field as DraftField) : 'ytdValue';
    fields[cell.indicatorCode] = { ...fields[cell.indicatorCode], [field]: cell.message };
  }
  return fields;
}
