import { Button, Drawer, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { submissionStatusSchema, type Indicator, type SubmissionStatus } from '@hongtu/contracts';
import { formatShanghai } from '../../../lib/time';
import { indicatorName } from '../../../lib/format';
import { PageState } from '../../../components/PageState';
import { useLanguage } from '../../auth/public';
import { useHistory } from '../api/submissions';
import { eventActionKey, submissionVersionsOf } from '../model/history';
import { SourceTag } from './SourceTag';
import { VintageTag } from './VintageTag';

/** Timeline dot per status an event led to: returns red, approvals green, the rest blue. */
const EVENT_COLOURS: Partial<Record<SubmissionStatus, string>> = { returned: 'red', approved: 'green' };
const eventColour = (toStatus: string) => {
  const status = submissionStatusSchema.safeParse(toStatus);
  return (status.success ? EVENT_COLOURS[status.data] : undefined) ?? 'blue';
};

interface Props {
  periodKey: string;
  organisationId: number;
  indicators: readonly Indicator[];
  onViewAsOf: (version: number) => void;
  onClose: () => void;
}

/** Every workflow event and every figure version of the month; any earlier state can be opened. */
export function HistoryDrawer({ periodKey, organisationId, indicators, onViewAsOf, onClose }: Props) {
  const { t } = useTranslation('reporting');
  const { language } = useLanguage();
  const history = useHistory(periodKey, organisationId, true);
  const names = new Map(indicators.map((i) => [i.code, indicatorName(i, language)]));
  const time = (iso: string) => formatShanghai(iso, 'YYYY-MM-DD HH:mm') ?? iso;
  const data = history.data;

  return (
    <Drawer open title={t('history.title')} size="min(980px, 100vw)" onClose={onClose}>
      <PageState loading={history.isPending} error={history.error} onRetry={() => void history.refetch()}
        empty={data !== undefined && data.events.length === 0 && data.versions.length === 0} emptyText={t('history.empty')}>
        {data ? (
          <Tabs items={[
            {
              key: 'events',
              label: t('history.events'),
              children: (
                <Timeline items={data.events.map((e, i) => ({
                  key: i,
                  color: eventColour(e.toStatus),
                  content: (
                    <div>
                      <Typography.Text strong>{t(`history.actions.${eventActionKey(e.action)}`, { defaultValue: e.action })}</Typography.Text>{' '}
                      <Typography.Text type="secondary">{time(e.at)} · {e.actorName ?? t('history.system')}</Typography.Text>
                      <div>
                        <Tag>{t('history.versionN', { version: e.submissionVersion })}</Tag>
                        <Button size="small" type="link" onClick={() => onViewAsOf(e.submissionVersion)}>{t('history.viewAsOf')}</Button>
                      </div>
                      {e.reason ? <Typography.Paragraph style={{ margin: 0 }}>{t('history.reason', { reason: e.reason })}</Typography.Paragraph> : null}
                    </div>
                  ),
                }))} />
              ),
            },
            {
              key: 'versions',
              label: t('history.versions'),
              children: (
                <>
                  <Typography.Paragraph type="secondary">
                    {t('history.asOfHint')}{' '}
                    {submissionVersionsOf(data).map((v) => (
                      <Button key={v} size="small" onClick={() => onViewAsOf(v)} style={{ marginInlineEnd: 4 }}>{t('history.versionN', { version: v })}</Button>
                    ))}
                  </Typography.Paragraph>
                  <Table size="small" pagination={{ pageSize: 20, hideOnSinglePage: true }} rowKey={(v) => `${v.indicatorCode}-${v.version}`} dataSource={data.versions}
                    scroll={{ x: 1240 }}
                    columns={[
                      { title: t('figures.indicator'), dataIndex: 'indicatorCode', width: 170, render: (c: string) => names.get(c) ?? c },
                      { title: t('history.figureVersion'), dataIndex: 'version', width: 80, align: 'right' },
                      { title: t('figures.ytdValue'), dataIndex: 'ytdValue', width: 110, align: 'right', render: (v: string | null) => v ?? '—' },
                      { title: t('figures.reportedYoy'), dataIndex: 'reportedYoy', width: 100, align: 'right', render: (v: string | null) => v ?? '—' },
                      { title: t('figures.reportedYoyComparable'), dataIndex: 'reportedYoyComparable', width: 100, align: 'right', render: (v: string | null) => v ?? '—' },
                      { title: t('figures.adjustedBase'), dataIndex: 'adjustedBase', width: 110, align: 'right', render: (v: string | null) => v ?? '—' },
                      { title: t('figures.comparableReason'), dataIndex: 'comparableReason', width: 130, ellipsis: true },
                      { title: t('figures.vintage'), dataIndex: 'vintage', width: 90, render: (v: string) => <VintageTag vintage={v} /> },
                      { title: t('figures.note'), dataIndex: 'note', ellipsis: true },
                      { title: t('figures.source'), dataIndex: 'source', width: 100, render: (s: string) => <SourceTag source={s} sourceRef={null} sourceQuote={null} /> },
                      { title: t('history.changedBy'), dataIndex: 'changedBy', width: 100, render: (v: string | null) => v ?? t('history.system') },
                      { title: t('history.changedAt'), dataIndex: 'changedAt', width: 140, render: time },
                      { title: t('history.submissionVersion'), dataIndex: 'submissionVersion', width: 80, align: 'right' },
                    ]} />
                </>
              ),
            },
          ]} />
        ) : null}
      </PageState>
    </Drawer>
  );
}
