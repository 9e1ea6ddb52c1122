import { useState } from 'react';
import { Button, Table, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Indicator, Responsibility } from '@hongtu/contracts';
import { indicatorName } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { ResponsibilityDialog } from './ResponsibilityDialog';

interface Props {
  year: number;
  organisationId: number;
  indicators: readonly Indicator[];
  responsibilities: readonly Responsibility[];
}

/** Who answers for each indicator in the district: leader, department, task force, measures. */
export function ResponsibilitiesTable({ year, organisationId, indicators, responsibilities }: Props) {
  const { t } = useTranslation('targets');
  const { language } = useLanguage();
  const [editing, setEditing] = useState<Indicator | null>(null);
  const byCode = new Map(responsibilities.map((r) => [r.indicatorCode, r]));
  const text = (v: string | undefined) => (v ? v : <Typography.Text type="secondary">{t('responsibility.unset')}</Typography.Text>);

  return (
    <>
      <Table<Indicator>
        size="small" bordered pagination={false} rowKey="code" dataSource={[...indicators]} scroll={{ x: 1000 }}
        columns={[
          { title: t('figures.indicator'), key: 'name', width: 200, render: (_v, i) => indicatorName(i, language) },
          { title: t('responsibility.leader'), key: 'leader', width: 140, render: (_v, i) => text(byCode.get(i.code)?.leader) },
          { title: t('responsibility.department'), key: 'department', width: 140, render: (_v, i) => text(byCode.get(i.code)?.department) },
          { title: t('responsibility.taskForce'), key: 'taskForce', width: 160, render: (_v, i) => text(byCode.get(i.code)?.taskForce) },
          { title: t('responsibility.measures'), key: 'measures', render: (_v, i) => text(byCode.get(i.code)?.measures) },
          {
            title: t('list.action'), key: 'edit', width: 90,
            render: (_v, i) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(i)} aria-label={t('responsibility.editFor', { indicator: indicatorName(i, language) })}>
                {t('actions.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <ResponsibilityDialog year={year} organisationId={organisationId} indicatorCode={editing.code} indicatorName={indicatorName(editing, language)}
          current={byCode.get(editing.code)} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
