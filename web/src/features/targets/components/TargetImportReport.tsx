import { Alert, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, TargetImportCheck } from '@hongtu/contracts';

/** Where each problem is (sheet / row / column) and what it is. */
function ProblemTable({ problems, testId }: { problems: ImportProblem[]; testId: string }) {
  const { t } = useTranslation('targets');
  return (
    <Table<ImportProblem>
      size="small"
      bordered
      pagination={false}
      rowKey={(p) => `${p.sheet}-${p.row ?? ''}-${p.column ?? ''}-${p.code}`}
      dataSource={problems}
      scroll={{ y: 240 }}
      data-testid={testId}
      columns={[
        { title: t('import.sheet'), dataIndex: 'sheet', width: 110 },
        { title: t('import.row'), dataIndex: 'row', width: 60, align: 'right', render: (v: number | null) => v ?? '—' },
        { title: t('import.column'), dataIndex: 'column', width: 60, align: 'center', render: (v: string | null) => v ?? '—' },
        { title: t('import.message'), dataIndex: 'message' },
      ]}
    />
  );
}

/** The dry run of a targets file: what the commit would do, or every problem that blocks it. */
export function TargetImportReport({ report }: { report: TargetImportCheck }) {
  const { t } = useTranslation('targets');
  return (
    <Flex vertical gap={12} data-testid="target-import-report">
      <Alert
        type={report.blocking ? 'error' : 'success'}
        showIcon
        title={report.blocking ? t('import.blocking') : t('import.ready', { inserts: report.inserts, updates: report.updates })}
        description={report.alreadyImported ? t('import.alreadyImported') : undefined}
      />
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'file', label: t('import.file'), children: report.fileName },
          { key: 'rows', label: t('import.rowsParsed'), children: report.rowsParsed },
          { key: 'organisations', label: t('import.organisations'), children: report.organisations },
          { key: 'inserts', label: t('import.inserts'), children: report.inserts },
          { key: 'updates', label: t('import.updates'), children: report.updates },
          { key: 'unchanged', label: t('import.unchanged'), children: report.unchanged },
          // Q1 targets stated as amounts (一季度目标值), kept as the targets screen keeps them.
          ...(report.q1Amounts && report.q1Amounts.rows > 0
            ? [{ key: 'q1Amounts', label: t('import.q1Amounts'), children: <span data-testid="target-import-q1">{t('import.q1AmountsCounts', report.q1Amounts)}</span> }]
            : []),
        ]}
      />
      {report.problems.length > 0 ? (
        <>
          <Typography.Text strong>{t('import.problemsTitle', { count: report.problemCount })}</Typography.Text>
          <ProblemTable problems={report.problems} testId="target-import-problems" />
          {report.problemCount > report.problems.length ? (
            <Typography.Text type="secondary">{t('import.moreProblems', { shown: report.problems.length, count: report.problemCount })}</Typography.Text>
          ) : null}
        </>
      ) : null}
      {report.notices.length > 0 ? (
        <>
          <Typography.Text strong>{t('import.noticesTitle')}</Typography.Text>
          <ProblemTable problems={report.notices} testId="target-import-notices" />
        </>
      ) : null}
    </Flex>
  );
}
