import { Alert, Collapse, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportCheck, ImportProblem } from '@hongtu/contracts';
import { FindingsList } from '../../reporting/public';
import { ImportColumns } from './ImportColumns';
import { ImportConfirmations } from './ImportConfirmations';
import { ImportQuestions } from './ImportQuestions';
import { ImportValues } from './ImportValues';

interface Props {
  report: ImportCheck;
  /** Columns selected for the report's questions, by questionKey. */
  selected: Readonly<Record<string, string>>;
  onSelect: (key: string, column: string) => void;
  onCheckAgain: () => void;
  checking: boolean;
  ticked: ReadonlySet<string>;
  onTick: (key: string, on: boolean) => void;
}

const place = (p: ImportProblem) => [p.sheet, p.row === null ? null : `${p.column ?? ''}${p.row}`].filter(Boolean).join(' · ');

/**
 * The dry-run report of an upload: the verdict, the columns to choose, where each problem is
 * (sheet / row / column), what to confirm, every value read as it will be saved, how the columns
 * were understood, notes and what the checks found.
 */
export function ImportReport({ report, selected, onSelect, onCheckAgain, checking, ticked, onTick }: Props) {
  const { t } = useTranslation('spreadsheets');
  return (
    <Flex vertical gap={12} data-testid="import-report">
      <Alert
        type={report.blocking ? 'error' : 'success'}
        showIcon
        title={report.blocking ? t('import.blocking') : t('import.ready', { changes: report.changes })}
        description={report.alreadyImported ? t('import.alreadyImported') : undefined}
      />
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'file', label: t('import.file'), children: report.fileName },
          { key: 'rows', label: t('import.rowsParsed'), children: report.rowsParsed },
          { key: 'changes', label: t('import.changes'), children: report.changes },
        ]}
      />
      {report.questions.length > 0 ? (
        <ImportQuestions questions={report.questions} selected={selected} onSelect={onSelect} onCheckAgain={onCheckAgain} checking={checking} />
      ) : null}
      {report.problems.length > 0 ? (
        <>
          <Typography.Text strong>{t('import.problemsTitle', { count: report.problemCount })}</Typography.Text>
          <Table<ImportProblem>
            size="small"
            bordered
            pagination={false}
            rowKey={(p) => `${p.sheet}-${p.row ?? ''}-${p.column ?? ''}-${p.code}`}
            dataSource={report.problems}
            scroll={{ y: 240 }}
            data-testid="import-problems"
            columns={[
              { title: t('import.sheet'), dataIndex: 'sheet', width: 110 },
              { title: t('import.row'), dataIndex: 'row', width: 60, align: 'right', render: (v: number | null) => v ?? '—' },
              { title: t('import.column'), dataIndex: 'column', width: 60, align: 'center', render: (v: string | null) => v ?? '—' },
              { title: t('import.message'), dataIndex: 'message', render: (v: string) => <Typography.Text type="danger">{v}</Typography.Text> },
            ]}
          />
          {report.problemCount > report.problems.length ? (
            <Typography.Text type="secondary">{t('import.moreProblems', { shown: report.problems.length, count: report.problemCount })}</Typography.Text>
          ) : null}
        </>
      ) : null}
      {report.confirmations.length > 0 ? <ImportConfirmations confirmations={report.confirmations} ticked={ticked} onTick={onTick} /> : null}
      {report.values.length > 0 ? (
        <>
          <Typography.Text strong>{t('import.valuesTitle', { count: report.values.length })}</Typography.Text>
          <Typography.Text type="secondary">{t('import.valuesHint')}</Typography.Text>
          <ImportValues values={report.values} />
        </>
      ) : null}
      {report.notes.length > 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('import.notesTitle')}
          data-testid="import-notes"
          description={report.notes.map((n) => <div key={`${n.code}-${n.sheet}-${n.row ?? ''}-${n.column ?? ''}`}>{place(n) ? `${place(n)}：` : ''}{n.message}</div>)}
        />
      ) : null}
      {report.columns.length > 0 ? (
        <Collapse size="small" items={[{ key: 'columns', label: t('import.columnsTitle'), children: <ImportColumns columns={report.columns} /> }]} />
      ) : null}
      {report.findings.length > 0 ? (
        <>
          <Typography.Text strong>{t('import.findingsTitle')}</Typography.Text>
          <FindingsList findings={report.findings} />
        </>
      ) : null}
    </Flex>
  );
}
