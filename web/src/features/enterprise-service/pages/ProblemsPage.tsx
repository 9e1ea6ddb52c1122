import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, List, Segmented, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { useProblemCounts, useProblems } from '../api';
import { Countdown, StatusTag } from '../components/Countdown';

type Filter = 'open' | 'overdue' | 'all';

/** /enterprise-service — enterprises' problems the user may see (a district's, a department's, the city's), with their countdowns. */
export function ProblemsPage() {
  const { t } = useTranslation('enterprise-service');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const enterpriseId = search.get('enterpriseId') ? Number(search.get('enterpriseId')) : undefined;
  const [filter, setFilter] = useState<Filter>('open');
  const [page, setPage] = useState(1);
  const canRaise = useCan('enterprise_problem.raise');
  const counts = useProblemCounts();
  const list = useProblems({ page, pageSize: 20, enterpriseId: filter === 'overdue' ? undefined : enterpriseId, ...(filter === 'open' ? { open: 'true' } : {}), overdue: filter === 'overdue' });
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={canRaise ? <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/enterprise-service/new')}>{t('raise')}</Button> : null}
      />
      {counts.data && <Alert type="info" showIcon data-testid="problem-counts" message={t('counts', counts.data.total)} style={{ marginBottom: 12 }} />}
      <Segmented<Filter>
        value={filter}
        onChange={(v) => { setFilter(v); setPage(1); }}
        options={(['open', 'overdue', 'all'] as const).map((f) => ({ value: f, label: t(`filter.${f}`) }))}
      />
      {!list.data ? <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()} /> : (
        <List
          itemLayout="vertical"
          dataSource={list.data.items}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, pageSize: 20, total: list.data.total, onChange: setPage, showSizeChanger: false, size: 'small' }}
          renderItem={(p) => (
            <List.Item key={p.id}>
              <Link to={`/enterprise-service/problems/${p.id}`}><Typography.Text strong>{p.title}</Typography.Text></Link>
              <div>
                <Space wrap size={4}>
                  <StatusTag problem={p} />
                  <Countdown problem={p} />
                  <Typography.Text type="secondary">{t(`category.${p.category}`)} · {p.enterpriseName} · {p.districtName} → {p.departmentName} · {p.raisedOn}</Typography.Text>
                </Space>
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
