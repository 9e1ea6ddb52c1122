import { useState } from 'react';
import { App, Button, Card, Flex, Select, Space, Typography } from 'antd';
import { LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SubmissionStatus } from '@hongtu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useLanguage } from '../../auth/public';
import { useBoard, usePeriods, useUpdatePeriod } from '../api/periods';
import { BoardBulkActions } from '../components/BoardBulkActions';
import { BoardSummary } from '../components/BoardSummary';
import { BoardTable } from '../components/BoardTable';
import { OpenPeriodDialog } from '../components/OpenPeriodDialog';
import { PeriodStatusTag } from '../components/StatusTags';
import { periodTitle } from '../model/format';
import { countByStatus, defaultPeriod, sortPeriods } from '../model/status';

/** The city's review desk: pick a month, see who has reported, approve the clean ones at once, remind the late, open and close months. */
export function ReviewBoardPage() {
  const { t } = useTranslation('reporting');
  const { language } = useLanguage();
  const { message, modal } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const periods = usePeriods();
  const sorted = sortPeriods(periods.data ?? []);
  const periodKey = search.get('period') ?? defaultPeriod(sorted)?.key;
  const period = sorted.find((p) => p.key === periodKey);
  const board = useBoard(period?.key);
  const update = useUpdatePeriod();
  const [filter, setFilter] = useState<SubmissionStatus | 'late' | null>(null);
  const [opening, setOpening] = useState(false);

  const choose = (key: string) => {
    setFilter(null);
    setSearch({ period: key });
  };

  const toggle = () => {
    if (!period) return;
    const closing = period.status === 'open';
    modal.confirm({
      title: t(closing ? 'board.closeTitle' : 'board.reopenTitle', { period: periodTitle(period, language) }),
      content: t(closing ? 'board.closeConfirm' : 'board.reopenConfirm'),
      okText: t(closing ? 'board.close' : 'board.reopen'),
      okButtonProps: { danger: closing },
      cancelText: t('actions.cancel'),
      onOk: () => update.mutateAsync({ id: period.id, status: closing ? 'closed' : 'open' })
        .then(() => void message.success(t(closing ? 'board.closed' : 'board.reopened')), (e: Error) => void message.error(e.message)),
    });
  };

  const rows = board.data?.rows ?? [];
  const counts = countByStatus(rows);
  const visible = filter === null ? rows : rows.filter((r) => (filter === 'late' ? r.late : r.status === filter));

  return (
    <>
      <PageHeader
        title={t('board.title')}
        subtitle={t('board.subtitle')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} disabled={!periods.data}>{t('board.open')}</Button>}
      />
      <PageState loading={periods.isPending} error={periods.error} onRetry={() => void periods.refetch()} empty={sorted.length === 0} emptyText={t('board.noPeriods')}>
        <Flex vertical gap={16}>
          <Card size="small">
            <Flex justify="space-between" align="center" wrap gap={12}>
              <Space wrap>
                <Typography.Text>{t('board.period')}</Typography.Text>
                <Select aria-label={t('board.period')} showSearch={{ optionFilterProp: 'label' }} style={{ width: 260 }} value={period?.key} onChange={choose}
                  options={sorted.map((p) => ({ value: p.key, label: `${periodTitle(p, language)}${p.status === 'open' ? ` · ${t('periodStatus.open')}` : ''}` }))} />
                {period ? <PeriodStatusTag status={period.status} /> : null}
                {period ? <Typography.Text type="secondary">{t('board.deadlineAt', { time: formatShanghai(period.deadline, 'YYYY-MM-DD HH:mm') })}</Typography.Text> : null}
              </Space>
              {period ? (
                <Space wrap>
                  <BoardBulkActions period={period} rows={rows} />
                  <Button icon={period.status === 'open' ? <LockOutlined /> : <UnlockOutlined />} onClick={toggle} loading={update.isPending}>
                    {t(period.status === 'open' ? 'board.close' : 'board.reopen')}
                  </Button>
                </Space>
              ) : null}
            </Flex>
          </Card>
          <PageState loading={Boolean(period) && board.isPending} error={board.error} onRetry={() => void board.refetch()}
            empty={!period} emptyText={t('board.periodMissing')}>
            <BoardSummary counts={counts} filter={filter} onFilter={setFilter} />
            <Card size="small" style={{ marginTop: 16 }} title={t('board.tableTitle', { shown: visible.length, total: rows.length })}>
              <PageState empty={visible.length === 0} emptyText={t('board.emptyFilter')}>
                {period ? <BoardTable rows={visible} periodKey={period.key} /> : null}
              </PageState>
            </Card>
          </PageState>
        </Flex>
      </PageState>
      {opening && periods.data ? (
        <OpenPeriodDialog periods={periods.data} onClose={() => setOpening(false)}
          onOpened={(p) => {
            setOpening(false);
            choose(p.key);
          }} />
      ) : null}
    </>
  );
}
