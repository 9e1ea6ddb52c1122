import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectWarningItem } from '@hongtu/contracts/project-dispatch';
import type { Locale } from '@hongtu/contracts';
import { fmtPercent, fmtValue } from '../../../lib/format';
import { CardTag } from './CardTag';

/** Projects with their warnings: the card, the lists they are on, completion against time progress, the reasons in words. */
export function WarningTable({ items, testId }: { items: readonly ProjectWarningItem[]; testId?: string }) {
  const { t, i18n } = useTranslation('project-dispatch');
  const locale = i18n.language as Locale;
  return (
    <Table<ProjectWarningItem>
      data-testid={testId}
      rowKey="id"
      size="small"
      dataSource={items as ProjectWarningItem[]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('dispatch.empty') }}
      columns={[
        { title: t('columns.card'), key: 'card', width: 90, render: (_, r) => <CardTag colour={r.colour} /> },
        { title: t('columns.project'), key: 'project', render: (_, r) => <Link to={`/projects/${r.id}`}>{r.name}</Link> },
        { title: t('columns.district'), dataIndex: 'organisationName', width: 90 },
        { title: t('columns.kind'), key: 'kinds', render: (_, r) => r.kinds.map((k) => <Tag key={k}>{t(`kinds.${k}`)}</Tag>) },
        { title: t('columns.ytd'), key: 'ytd', align: 'right', render: (_, r) => fmtValue(r.ytdInvestment, 'wan_yuan', locale, 2) },
        { title: t('columns.completion'), key: 'completion', align: 'right', render: (_, r) => fmtPercent(r.completion) },
        { title: t('columns.timeProgress'), key: 'time', align: 'right', render: (_, r) => fmtPercent(r.timeProgress) },
        {
          title: t('columns.reasons'), key: 'reasons',
          render: (_, r) => r.reasons.map((reason) => <Typography.Paragraph key={reason} style={{ margin: 0 }}>{reason}</Typography.Paragraph>),
        },
      ]}
    />
  );
}
