import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProblemDispatch } from '@hongtu/contracts/project-problems';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { downloadDispatch, useDispatch } from '../api';
import { ProblemTags } from '../components/ProblemTags';
import '../project-problems.css';

type Count = ProblemDispatch['byDistrict'][number];

/** /project-problems/dispatch — the dispatch meeting's list (调度会): open problems by district, department and age, and its workbook. */
export function DispatchPage() {
  const { t } = useTranslation('project-problems');
  const { message } = App.useApp();
  const [filter, setFilter] = useState<{ districtId?: number; departmentId?: number }>({});
  const [exporting, setExporting] = useState(false);
  const list = useDispatch(filter);
  if (!list.data) return <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()} />;
  const data = list.data;
  const exportList = async () => {
    setExporting(true);
    try {
      await downloadDispatch(filter);
    } catch (error) {
      if (isApiError(error)) void message.error(error.message);
    } finally {
      setExporting(false);
    }
  };
  const countColumns = (pick: 'districtId' | 'departmentId', title: string) => [
    { title, dataIndex: 'name', render: (name: string, c: Count) => <a onClick={() => setFilter(filter[pick] === c.id ? {} : { [pick]: c.id })}>{name}</a> },
    { title: t('dispatch.open'), dataIndex: 'open', align: 'right' as const },
    { title: t('dispatch.overdue'), dataIndex: 'overdue', align: 'right' as const },
    { title: t('dispatch.oldest'), dataIndex: 'oldestDays', align: 'right' as const },
  ];
  return (
    <>
      <PageHeader
        title={t('dispatch.title')}
        subtitle={t('dispatch.today', { date: data.today })}
        extra={<Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>{t('dispatch.export')}</Button>}
      />
      <div className="dispatch-counts">
        <Card size="small" title={t('dispatch.byDistrict')}>
          <Table<Count> size="small" rowKey="id" pagination={false} dataSource={data.byDistrict} columns={countColumns('districtId', t('columns.district'))} />
        </Card>
        <Card size="small" title={t('dispatch.byDepartment')}>
          <Table<Count> size="small" rowKey="id" pagination={false} dataSource={data.byDepartment} columns={countColumns('departmentId', t('columns.department'))} />
        </Card>
      </div>
      <Table
        size="small"
        rowKey="id"
        dataSource={data.items}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: t('columns.district'), dataIndex: 'districtName' },
          { title: t('columns.title'), dataIndex: 'title', render: (title: string, p) => <Link to={`/project-problems/${p.id}`}>{title}</Link> },
          { title: t('columns.project'), dataIndex: 'projectName' },
          { title: t('columns.department'), dataIndex: 'departmentName' },
          { title: t('columns.dueOn'), dataIndex: 'dueOn' },
          { title: t('columns.age'), dataIndex: 'ageDays', align: 'right', render: (d: number) => t('days', { count: d }) },
          { title: t('columns.status'), key: 'status', render: (_: unknown, p) => <ProblemTags problem={p} /> },
        ]}
      />
    </>
  );
}
