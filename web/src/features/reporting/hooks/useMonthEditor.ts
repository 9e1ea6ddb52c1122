import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckReport, Figure, FigureInput, Submission } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { useCheck, useSaveDraft, useSubmit } from '../api/submissions';
import { applyEdit, applyEdits, changedFigures, fieldErrorsFromDetails, fieldErrorsFromRejected, lastMonthNotes, rebaseEdits, type DraftField, type Edits, type FieldErrors } from '../model/figureEdits';

export interface CheckState {
  report: CheckReport;
  origin: 'check' | 'blocked';
}

/**
 * The operator's side of a month: unsaved edits, save (changed figures only,
 * with their versions; the valid ones are saved as a draft, the refused cells
 * stay as typed and marked), the dry-run check, and submit (saving first). A
 * 409 reloads the month and keeps only the edits nobody else overtook.
 */
export function useMonthEditor(periodKey: string, organisationId: number, submission: Submission | undefined, reload: () => Promise<Submission | undefined>) {
  const { t } = useTranslation('reporting');
  const { message, modal } = App.useApp();
  const save = useSaveDraft(periodKey, organisationId);
  const check = useCheck(periodKey, organisationId);
  const submit = useSubmit(periodKey, organisationId);
  const [edits, setEdits] = useState<Edits>({});
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [checkState, setCheckState] = useState<CheckState | null>(null);

  const figures = submission?.figures ?? [];
  const payload = () => changedFigures(figures, edits);

  /** After the month changed on the server: keep edits still based on the current versions. */
  const rebase = (next: Figure[]) => {
    const result = rebaseEdits(edits, next);
    setEdits(result.edits);
    return result.dropped;
  };

  const failed = async (error: unknown, sent: FigureInput[]) => {
    if (isApiError(error, 409) && error.code === 'STALE_VERSION') {
      const fresh = await reload();
      const dropped = fresh ? rebase(fresh.figures) : [];
      void message.warning(dropped.length > 0 ? t('month.conflictDropped', { count: dropped.length }) : t('month.conflict'));
      return;
    }
    if (isApiError(error) && error.details) {
      const mapped = fieldErrorsFromDetails(error.details, sent);
      setFieldErrors(mapped.fields);
    }
    void message.error(error instanceof Error ? error.message : t('month.failed'));
  };

  const onEdit = (figure: Figure, field: DraftField, value: string) => {
    setEdits((current) => applyEdit(current, figure, field, value));
    setFieldErrors(({ [figure.indicatorCode]: row, ...rest }) => {
      if (!row) return rest;
      const { [field]: _cleared, ...others } = row;
      return Object.keys(others).length > 0 ? { ...rest, [figure.indicatorCode]: others } : rest;
    });
  };

  /**
   * Saves the changed figures; resolves to the month after the save (or as it was when nothing
   * changed), and null when nothing could be saved or some cells were refused (they stay as typed,
   * marked with the reason, while the others are saved).
   */
  const saveDraft = async (): Promise<Submission | null> => {
    const sent = payload();
    if (sent.length === 0) return submission ?? null;
    try {
      const { submission: saved, rejected } = await save.mutateAsync(sent);
      const refused = new Set(rejected.map((r) => r.indicatorCode));
      setEdits((current) => Object.fromEntries(Object.entries(current).filter(([code]) => refused.has(code))));
      setFieldErrors(fieldErrorsFromRejected(rejected));
      if (rejected.length > 0) {
        void message.error(t('month.cellsRefused', { count: rejected.length, saved: sent.length - refused.size }));
        return null;
      }
      return saved;
    } catch (error) {
      await failed(error, sent);
      return null;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) void message.success(t('month.saved'));
  };

  /** A block pasted from Excel / WPS, or last month's notes: several cells typed at once. */
  const onEditMany = (cells: readonly { code: string; field: DraftField; value: string }[]) => {
    setEdits((current) => applyEdits(current, figures, cells));
    setFieldErrors((current) => {
      const next: Record<string, FieldErrors[string]> = { ...current };
      for (const cell of cells) {
        const row = next[cell.code];
        if (!row) continue;
        const { [cell.field]: _cleared, ...others } = row;
        if (Object.keys(others).length > 0) next[cell.code] = others;
        else delete next[cell.code];
      }
      return next;
    });
  };

  const copyLastMonthNotes = () => {
    const cells = lastMonthNotes(figures, edits);
    onEditMany(cells);
    void message.info(cells.length > 0 ? t('month.notesCopied', { count: cells.length }) : t('month.noNotesToCopy'));
  };

  const onCheck = async () => {
    const sent = payload();
    try {
      const report = await check.mutateAsync(sent);
      setFieldErrors({});
      setCheckState({ report, origin: 'check' });
    } catch (error) {
      await failed(error, sent);
    }
  };

  const doSubmit = async () => {
    const saved = await saveDraft();
    if (!saved) return;
    try {
      await submit.mutateAsync(saved.version);
      setCheckState(null);
      void message.success(t('month.submitted'));
    } catch (error) {
      if (isApiError(error, 422) && error.code === 'CHECK_FAILED') {
        const report = await check.mutateAsync(undefined).catch(() => null);
        setCheckState(report ? { report, origin: 'blocked' } : null);
        void message.error(error.message);
        return;
      }
      await failed(error, []);
    }
  };

  const onSubmit = () => {
    modal.confirm({
      title: t('month.submitConfirmTitle'),
      content: t('month.submitConfirm'),
      okText: t('actions.submit'),
      cancelText: t('actions.cancel'),
      onOk: () => doSubmit(),
    });
  };

  return {
    edits,
    fieldErrors,
    dirty: payload().length > 0,
    checkState,
    closeCheck: () => setCheckState(null),
    onEdit,
    onEditMany,
    copyLastMonthNotes,
    onSave,
    onCheck,
    onSubmit,
    rebase,
    discard: () => {
      setEdits({});
      setFieldErrors({});
    },
    saving: save.isPending,
    checking: check.isPending,
    submitting: submit.isPending,
  };
}
