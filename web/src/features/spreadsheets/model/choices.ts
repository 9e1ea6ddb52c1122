import type { ImportCheck, ImportChoices, ImportQuestion } from '@hongtu/contracts';

// The operator's side of a dry run: the columns chosen for its questions and the confirmations
// ticked, before the file is checked again or committed.

/** A question's key in the page's state: its sheet and what it asks for. */
export const questionKey = (q: Pick<ImportQuestion, 'sheet' | 'role'>) => `${q.sheet}\u0000${q.role}`;

/**
 * The choices to send with the file again: those made before (still asked or not) updated with
 * the columns selected now for the questions of the last check.
 */
export function choicesFor(previous: ImportChoices, questions: readonly ImportQuestion[], selected: Readonly<Record<string, string>>): ImportChoices {
  const chosen = new Map(previous.map((c) => [questionKey(c), c]));
  for (const q of questions) {
    const column = selected[questionKey(q)];
    if (column !== undefined) chosen.set(questionKey(q), { sheet: q.sheet, role: q.role, column });
  }
  return [...chosen.values()];
}

/** Every question has a column selected. */
export const allAnswered = (questions: readonly ImportQuestion[], selected: Readonly<Record<string, string>>) =>
  questions.every((q) => selected[questionKey(q)] !== undefined);

/** The batch can be committed: nothing blocks it and every confirmation is ticked. */
export const canCommit = (report: Pick<ImportCheck, 'blocking' | 'confirmations'>, ticked: ReadonlySet<string>) =>
  !report.blocking && report.confirmations.every((c) => ticked.has(c.key));
