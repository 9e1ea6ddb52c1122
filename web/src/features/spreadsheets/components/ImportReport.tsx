import { Alert, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportCheck, ImportProblem } from '@hongtu/contracts';
import { FindingsList } from '../../reporting/public';

/** The dry-run report of an upload: where each problem is (sheet / row / column) and what the checks found. */
export function ImportReport({ report }: { report: ImportCheck }) {
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
      {report.findings.length > 0 ? (
        <>
          <Typography.Text strong>{t('import.findingsTitle')}</Typography.Text>
          <FindingsList findings={report.findings} />
        </>
      ) : null}
    </Flex>
  );
}
