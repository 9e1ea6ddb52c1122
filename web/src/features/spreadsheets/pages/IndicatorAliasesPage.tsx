import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Input, Popconfirm, Select, Table, Tag, type TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IndicatorAlias } from '@hongtu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useCan, useLanguage } from '../../auth/public';
import { useIndicators } from '../../reporting/public';
import { useCreateIndicatorAlias, useDeleteIndicatorAlias, useIndicatorAliases } from '../api';

/** /indicator-aliases (city reviewer) — the other names the Excel import recognises for each indicator: listed, added, removed (each audited). */
export function IndicatorAliasesPage() {
  const { t } = useTranslation('spreadsheets');
  const { message } = App.useApp();
  const { language } = useLanguage();
  const aliases = useIndicatorAliases();
  const indicators = useIndicators();
  const create = useCreateIndicatorAlias();
  const remove = useDeleteIndicatorAlias();
  const canManage = useCan('indicator_alias.manage');
  const [indicatorCode, setIndicatorCode] = useState<string | undefined>();
  const [alias, setAlias] = useState('');
  const [filter, setFilter] = useState<string | undefined>();

  const names = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.code, i.names[language]])), [indicators.data, language]);
  const options = (indicators.data ?? []).map((i) => ({ value: i.code, label: i.names[language] }));
  const rows = (aliases.data ?? []).filter((a) => !filter || a.indicatorCode === filter);

  const add = () => {
    if (!indicatorCode || alias.trim() === '') return;
    create.mutate({ indicatorCode, alias: alias.trim() }, {
      onSuccess: (created) => {
        void message.success(t('aliases.added', { alias: created.alias }));
        setAlias('');
      },
      onError: (error) => void message.error(error.message),
    });
  };
  const onRemove = (a: IndicatorAlias) =>
    remove.mutate(a.id, {
      onSuccess: () => void message.success(t('aliases.removed', { alias: a.alias })),
      onError: (error) => void message.error(error.message),
    });

  const columns: TableColumnsType<IndicatorAlias> = [
    { key: 'indicator', title: t('aliases.indicator'), width: 260, render: (_, a) => names.get(a.indicatorCode) ?? a.indicatorCode },
    { key: 'alias', title: t('aliases.alias'), dataIndex: 'alias' },
    {
      key: 'origin', title: t('aliases.origin'), width: 130,
      render: (_, a) => <Tag color={a.origin === 'city' ? 'blue' : 'default'}>{t(a.origin === 'city' ? 'aliases.originCity' : 'aliases.originDefault')}</Tag>,
    },
    { key: 'createdAt', title: t('aliases.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatShanghai(v) },
    ...(canManage ? [{
      key: 'remove', title: '', width: 100,
      render: (_: unknown, a: IndicatorAlias) => (
        <Popconfirm title={t('aliases.removeConfirm', { alias: a.alias })} onConfirm={() => onRemove(a)}>
          <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending && remove.variables === a.id}>{t('aliases.remove')}</Button>
        </Popconfirm>
      ),
    }] : []),
  ];

  return (
    <>
      <PageHeader title={t('aliases.title')} subtitle={t('aliases.subtitle')} />
      <PageState loading={aliases.isPending || indicators.isPending} error={aliases.error ?? indicators.error} onRetry={() => void aliases.refetch()}>
        <Card>
          <Flex gap={8} wrap style={{ marginBottom: 16 }} justify="space-between">
            {canManage ? (
              <Flex gap={8} wrap>
                <Select style={{ width: 260 }} showSearch optionFilterProp="label" placeholder={t('aliases.chooseIndicator')} options={options}
                  value={indicatorCode} onChange={setIndicatorCode} aria-label={t('aliases.indicator')} />
                <Input style={{ width: 220 }} placeholder={t('aliases.aliasPlaceholder')} value={alias} maxLength={64}
                  onChange={(e) => setAlias(e.target.value)} onPressEnter={add} aria-label={t('aliases.alias')} />
                <Button type="primary" icon={<PlusOutlined />} disabled={!indicatorCode || alias.trim() === ''} loading={create.isPending} onClick={add}>
                  {t('aliases.add')}
                </Button>
              </Flex>
            ) : <span>{t('aliases.readOnly')}</span>}
            <Select style={{ width: 260 }} allowClear showSearch optionFilterProp="label" placeholder={t('aliases.filter')} options={options}
              value={filter} onChange={setFilter} aria-label={t('aliases.filter')} />
          </Flex>
          <Table<IndicatorAlias> rowKey="id" size="middle" bordered columns={columns} dataSource={rows} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="indicator-aliases" />
        </Card>
      </PageState>
    </>
  );
}
