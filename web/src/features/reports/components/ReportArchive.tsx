import { useState } from 'react';
import { Card, Flex, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REPORT_KINDS, reportPeriodSchema, type ReportKind, type ReportSummary } from '@hongtu/contracts/reports';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useLanguage } from '../../auth/public';
import { useReportList } from '../api';
import { reportPeriodLabel } from '../model/periods';

const PAGE_SIZE = 20;

/** The archive: every generated revision the caller may see, filtered by kind and period. */
export function ReportArchive() {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  const [kind, setKind] = useState<ReportKind | undefined>();
  const [periodText, setPeriodText] = useState('');
  const [page, setPage] = useState(1);
  const period = reportPeriodSchema.safeParse(periodText.trim()).success ? periodText.trim() : undefined;
  const list = useReportList({ kind, period, page, pageSize: PAGE_SIZE });

  return (
    <Card size="small" title={t('list.title')} data-testid="report-archive">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<ReportKind>
          aria-label={t('list.kind')}
          placeholder={t('list.allKinds')}
          allowClear
          value={kind}
          onChange={(v) => { setKind(v); setPage(1); }}
          options={REPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          style={{ minWidth: 200 }}
        />
        <Input
          aria-label={t('list.period')}
          placeholder={t('list.periodPlaceholder')}
          allowClear
          value={periodText}
          onChange={(e) => { setPeriodText(e.target.value); setPage(1); }}
          status={periodText.trim() !== '' && period === undefined ? 'warning' : undefined}
          style={{ width: 240 }}
        />
      </Flex>
      <PageState error={list.error}>
        <Table<ReportSummary>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('list.empty') }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => t('list.total', { total }) }}
          columns={[
            {
              title: t('columns.title'),
              dataIndex: 'title',
              render: (title: string, r) => (
                <>
                  <Link to={`/reports/${r.id}`}>{title}</Link>
                  {r.provisional ? <Tag color="orange" style={{ marginInlineStart: 6 }}>{t('provisional')}</Tag> : null}
                </>
              ),
            },
            { title: t('columns.kind'), dataIndex: 'kind', render: (k: ReportKind) => t(`kind.${k}`) },
            { title: t('columns.period'), dataIndex: 'periodKey', render: (p: string) => reportPeriodLabel(p, language) },
            { title: t('columns.organisation'), dataIndex: 'organisationName' },
            { title: t('columns.revision'), dataIndex: 'revision', render: (n: number) => t('revision', { revision: n }) },
            { title: t('columns.generatedAt'), dataIndex: 'generatedAt', render: (at: string) => formatShanghai(at, 'YYYY-MM-DD HH:mm') },
            { title: t('columns.generatedBy'), dataIndex: 'generatedBy' },
          ]}
        />
      </PageState>
    </Card>
  );
}
