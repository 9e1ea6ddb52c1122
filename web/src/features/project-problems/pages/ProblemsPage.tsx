import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, List, Segmented, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { useProblemList } from '../api';
import { ProblemTags } from '../components/ProblemTags';
import '../project-problems.css';

type Filter = 'open' | 'overdue' | 'all';

/** /project-problems — the problems the user may see (the server limits them): a district's, a department's, the city's. */
export function ProblemsPage() {
  const { t } = useTranslation('project-problems');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const projectId = search.get('projectId') ? Number(search.get('projectId')) : undefined;
  const [filter, setFilter] = useState<Filter>('open');
  const [page, setPage] = useState(1);
  const canRaise = useCan('problem.raise');
  const list = useProblemList({ page, pageSize: 20, projectId, ...(filter === 'open' ? { open: 'true' } : filter === 'overdue' ? { overdue: 'true' } : {}) });
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={canRaise ? <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/project-problems/new${projectId ? `?projectId=${projectId}` : ''}`)}>{t('raise')}</Button> : null}
      />
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
          pagination={list.data.total > 20 ? { current: page, pageSize: 20, total: list.data.total, onChange: setPage, size: 'small' } : false}
          renderItem={(p) => (
            <List.Item key={p.id} className="problem-list-item" data-testid="problem-item">
              <List.Item.Meta
                title={<Link to={`/project-problems/${p.id}`}>{p.title}</Link>}
                description={<ProblemTags problem={p} />}
              />
              <Typography.Text type="secondary">
                {p.districtName} · {p.projectName} → {p.departmentName} · {t('columns.dueOn')} {p.dueOn} · {t('days', { count: p.ageDays })}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
