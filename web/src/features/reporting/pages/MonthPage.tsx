import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useParams } from 'react-router';
import { can } from '@hongtu/domain';
import type { Submission } from '@hongtu/contracts';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCurrentUser, useLanguage } from '../../auth/public';
import { downloadTemplate, ImportDialog } from '../../spreadsheets/public';
import { useIndicators, usePeriods } from '../api/periods';
import { useApprove, useAsOf, useSubmission, useWithdraw } from '../api/submissions';
import { CheckPanel } from '../components/CheckPanel';
import { FiguresTable, type FigureRow } from '../components/FiguresTable';
import { HistoryDrawer } from '../components/HistoryDrawer';
import { MonthSummary } from '../components/MonthSummary';
import { MonthToolbar, type ToolbarCommand } from '../components/MonthToolbar';
import { ReturnDialog } from '../components/ReturnDialog';
import { ReviewPanel } from '../components/ReviewPanel';
import { RevisionDialogs } from '../components/RevisionDialogs';
import { useMonthEditor } from '../hooks/useMonthEditor';
import { toolbarActions } from '../model/actions';
import { findingsByIndicator } from '../model/findings';
import { parseKey, periodTitle } from '../model/format';
import { notDueList } from '../model/frequency';

const NO_ACTIONS: Submission['actions'] = { edit: false, submit: false, withdraw: false, requestRevision: false, approve: false, returnFigures: false, decideRevision: false };

type Dialog = 'import' | 'return' | 'revisionRequest' | 'decideRevision' | 'history' | null;

function parseId(raw: string | undefined): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null;
}

/** One district's month: the operator fills, checks, imports and submits; the reviewer returns or approves. */
export function MonthPage() {
  const params = useParams();
  const period = parseKey(params.periodKey);
  const organisationId = parseId(params.organisationId);
  if (!period || organisationId === null) return <NotFoundPage />;
  return <Month periodKey={params.periodKey!} year={period.year} month={period.month} organisationId={organisationId} />;
}

function Month({ periodKey, year, month, organisationId }: { periodKey: string; year: number; month: number; organisationId: number }) {
  const { t } = useTranslation('reporting');
  const { language } = useLanguage();
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const submission = useSubmission(periodKey, organisationId);
  const indicators = useIndicators();
  const periods = usePeriods();
  const [asOf, setAsOf] = useState<number | null>(null);
  const asOfMonth = useAsOf(periodKey, organisationId, asOf);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [downloading, setDownloading] = useState(false);
  const approve = useApprove(periodKey, organisationId);
  const withdraw = useWithdraw(periodKey, organisationId);
  const editor = useMonthEditor(periodKey, organisationId, submission.data, async () => (await submission.refetch()).data);
  useLeaveGuard(editor.dirty);

  const shown = asOf !== null ? asOfMonth.data : submission.data;
  const periodRow = periods.data?.find((p) => p.key === periodKey);
  const rows: FigureRow[] = useMemo(() => {
    const byCode = new Map((indicators.data ?? []).map((i) => [i.code, i]));
    return (shown?.figures ?? []).flatMap((figure) => {
      const indicator = byCode.get(figure.indicatorCode);
      return indicator ? [{ indicator, figure }] : [];
    });
  }, [indicators.data, shown]);
  const findings = useMemo(() => findingsByIndicator(editor.checkState?.report.findings ?? []), [editor.checkState]);
  const notDue = useMemo(() => notDueList(shown?.notDue ?? [], indicators.data ?? [], language), [shown, indicators.data, language]);

  const current = submission.data;
  const actions = toolbarActions({
    allowed: current?.actions ?? NO_ACTIONS,
    status: current?.status ?? 'not_started',
    viewingHistory: asOf !== null,
    dirty: editor.dirty,
  });

  const onCommand = (command: ToolbarCommand) => {
    if (!current) return;
    switch (command) {
      case 'save': return void editor.onSave();
      case 'discard': return editor.discard();
      case 'check': return void editor.onCheck();
      case 'submit': return editor.onSubmit();
      case 'download':
        setDownloading(true);
        return void downloadTemplate(periodKey, organisationId)
          .catch((e: unknown) => void message.error(e instanceof Error ? e.message : t('month.failed')))
          .finally(() => setDownloading(false));
      case 'approve':
        return void modal.confirm({
          title: t('review.approveTitle'),
          content: t('review.approveConfirm', { organisation: current.organisationName, period: periodTitle({ year, month }, language) }),
          okText: t('actions.approve'),
          cancelText: t('actions.cancel'),
          onOk: () => approve.mutateAsync(current.version).then(() => void message.success(t('review.approved')), (e: Error) => void message.error(e.message)),
        });
      case 'copyNotes': return editor.copyLastMonthNotes();
      case 'withdraw':
        return void modal.confirm({
          title: t('month.withdrawTitle'),
          content: t('month.withdrawConfirm'),
          okText: t('actions.withdraw'),
          cancelText: t('actions.cancel'),
          onOk: () => withdraw.mutateAsync(current.version).then(() => void message.success(t('month.withdrawn')), (e: Error) => void message.error(e.message)),
        });
      case 'upload': return setDialog('import');
      case 'return': return setDialog('return');
      case 'revisionRequest': return setDialog('revisionRequest');
      case 'decideRevision': return setDialog('decideRevision');
      case 'history': return setDialog('history');
    }
  };

  // Reviewers came from the review board, operators from their list of months.
  const reviews = can(me.role, 'figure.review');
  const backTo = reviews ? `/review?period=${periodKey}` : '/reporting';
  const title = `${current?.organisationName ?? ''} ${periodTitle({ year, month }, language)}`;

  return (
    <Flex vertical gap={16}>
      <Breadcrumb items={[{ key: 'list', title: <Link to={backTo}>{t(reviews ? 'board.title' : 'list.title')}</Link> }, { key: 'month', title }]} />
      <PageState
        loading={submission.isPending || indicators.isPending || periods.isPending || (asOf !== null && asOfMonth.isPending)}
        error={submission.error ?? indicators.error ?? periods.error ?? asOfMonth.error}
        onRetry={() => void Promise.all([submission.refetch(), indicators.refetch(), periods.refetch(), asOf !== null ? asOfMonth.refetch() : null])}
      >
        {current && shown ? (
          <>
            <PageHeader title={title} subtitle={t('month.subtitle')} />
            <Card size="small"><MonthSummary submission={asOf !== null ? shown : current} period={periodRow} /></Card>
            {reviews ? <ReviewPanel submission={current} /> : null}
            {asOf !== null ? (
              <Alert type="info" showIcon title={t('history.viewing', { version: asOf })}
                action={<Button size="small" onClick={() => setAsOf(null)}>{t('history.backToCurrent')}</Button>} />
            ) : null}
            {notDue.length > 0 ? (
              <Alert type="info" showIcon data-testid="not-due" title={t('month.notDue', {
                list: notDue.map((i) => t('month.notDueItem', { indicator: i.name, frequency: t(`figures.frequency.${i.frequency}`) })).join(t('month.listSeparator')),
              })} />
            ) : null}
            {periodRow?.status === 'closed' && current.actions.edit && asOf === null ? <Alert type="warning" showIcon title={t('month.correctionOpen')} /> : null}
            {editor.checkState ? <CheckPanel report={editor.checkState.report} origin={editor.checkState.origin} onClose={editor.closeCheck} /> : null}
            <Card size="small" title={t('month.figuresTitle')}
              extra={<MonthToolbar actions={actions} dirty={editor.dirty} onCommand={onCommand}
                busy={{ save: editor.saving, check: editor.checking, submit: editor.submitting, download: downloading, approve: approve.isPending, withdraw: withdraw.isPending }} />}>
              <PageState empty={rows.length === 0} emptyText={t('month.noIndicators')}>
                <FiguresTable month={month} rows={rows} editable={actions.edit} showReturned={asOf === null} edits={editor.edits} fieldErrors={editor.fieldErrors} findings={findings} onEdit={editor.onEdit} onEditMany={editor.onEditMany} />
              </PageState>
            </Card>
          </>
        ) : null}
      </PageState>
      {dialog === 'import' ? (
        <ImportDialog periodKey={periodKey} organisationId={organisationId} onClose={() => setDialog(null)}
          onCommitted={() => {
            setDialog(null);
            editor.closeCheck();
          }} />
      ) : null}
      {dialog === 'return' && current ? (
        <ReturnDialog periodKey={periodKey} organisationId={organisationId} version={current.version} rows={rows.filter((r) => r.figure.version > 0)} onClose={() => setDialog(null)} />
      ) : null}
      {(dialog === 'revisionRequest' || dialog === 'decideRevision') && current ? (
        <RevisionDialogs kind={dialog} submission={current} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'history' ? (
        <HistoryDrawer periodKey={periodKey} organisationId={organisationId} indicators={indicators.data ?? []} onClose={() => setDialog(null)}
          onViewAsOf={(v) => {
            setAsOf(v);
            setDialog(null);
          }} />
      ) : null}
    </Flex>
  );
}

/**
 * Unsaved edits are not lost without a word: a move inside the app asks first (react-router's
 * blocker), and closing or reloading the tab gets the browser's own question (beforeunload).
 */
function useLeaveGuard(dirty: boolean) {
  const { t } = useTranslation('reporting');
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('month.leaveTitle'),
      content: t('month.leaveConfirm'),
      okText: t('month.leaveDiscard'),
      okButtonProps: { danger: true },
      cancelText: t('month.leaveStay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue to ask.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
