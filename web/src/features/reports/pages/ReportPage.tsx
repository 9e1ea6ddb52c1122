import { useMemo } from 'react';
import { Card, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useLanguage } from '../../auth/public';
import { useReport } from '../api';
import { ReportActions } from '../components/ReportActions';
import { ReportDiffPanel } from '../components/ReportDiffPanel';
import { ReportPreview } from '../components/ReportPreview';
import { ReportRevisions } from '../components/ReportRevisions';
import { reportPeriodLabel } from '../model/periods';
import { traceableCount } from '../model/runs';

/** /reports/:id — one revision: its preview (every number traceable), the files to download, the changes since the previous revision. */
export function ReportPage() {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const report = useReport(id);
  const r = report.data;
  const traceable = useMemo(() => (r ? traceableCount(r.document) : 0), [r]);
  const tab = params.get('tab') === 'changes' ? 'changes' : 'preview';

  return (
    <PageState loading={report.isLoading} error={report.error}>
      {r ? (
        <>
          <PageHeader
            title={<>{r.title}{r.provisional ? <Tag color="orange" style={{ marginInlineStart: 8 }}>{t('provisional')}</Tag> : null}</>}
            documentTitle={r.title}
            subtitle={t('detail.meta', { organisation: r.organisationName, period: reportPeriodLabel(r.periodKey, language), by: r.generatedBy, at: formatShanghai(r.generatedAt, 'YYYY-MM-DD HH:mm') })}
            extra={<><ReportActions id={r.id} /><Link to="/reports" style={{ alignSelf: 'center' }}>{t('detail.back')}</Link></>}
          />
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag>{t(`kind.${r.kind}`)}</Tag>
            <Tag>{t('revision', { revision: r.revision })}</Tag>
            <Typography.Text type="secondary">{t('detail.snapshot')}：<code>{r.snapshotHash.slice(0, 12)}</code></Typography.Text>
            <ReportRevisions report={r} />
          </Space>
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams(key === 'changes' ? { tab: 'changes' } : {}, { replace: true })}
            items={[
              {
                key: 'preview',
                label: t('detail.preview'),
                children: (
                  <Card size="small">
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                      {t('detail.traceHint')}（{t('detail.traceable', { count: traceable })}）
                    </Typography.Paragraph>
                    <ReportPreview document={r.document} />
                  </Card>
                ),
              },
              { key: 'changes', label: t('detail.changes'), children: <ReportDiffPanel id={r.id} /> },
            ]}
          />
        </>
      ) : null}
    </PageState>
  );
}
