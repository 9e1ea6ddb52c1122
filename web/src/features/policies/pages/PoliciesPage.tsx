import { useState } from 'react';
import { Button, Card, Checkbox, Empty, Input, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyConditionItem, PolicyItem } from '@hongtu/contracts/policies';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { EnterprisePicker } from '../../enterprises/public';
import { downloadPolicyEnterprises, useEnterprisePolicies, usePolicyEnterprises, usePolicyList } from '../api';

/** A condition in words (行业 C39、I65 · 规模 中型 · 高新技术企业 · 区域 武昌区). */
function useConditionText(districts: PolicyItem['districts']) {
  const { t } = useTranslation('policies');
  const { t: te } = useTranslation('enterprises');
  return (c: PolicyConditionItem) => {
    switch (c.kind) {
      case 'industry': return t('condition.industry', { value: c.industries.join('、') });
      case 'size': return t('condition.size', { value: c.sizeClasses.map((s) => te(`sizeClass.${s}`)).join('、') });
      case 'flag': return te(`flag.${c.flag}`);
      case 'district': return t('condition.district', { value: c.districtIds.map((id) => districts.find((d) => d.id === id)?.name ?? id).join('、') });
    }
  };
}

function conditionsOf(p: PolicyItem): PolicyConditionItem[] {
  const c = p.conditions;
  return [
    ...(c.industries.length ? [{ kind: 'industry' as const, industries: c.industries }] : []),
    ...(c.sizeClasses.length ? [{ kind: 'size' as const, sizeClasses: c.sizeClasses }] : []),
    ...c.flags.map((flag) => ({ kind: 'flag' as const, flag })),
    ...(c.districtIds.length ? [{ kind: 'district' as const, districtIds: c.districtIds }] : []),
  ];
}

function Conditions({ list, districts, color }: { list: PolicyConditionItem[]; districts: PolicyItem['districts']; color?: string }) {
  const text = useConditionText(districts);
  return <Space size={[4, 4]} wrap>{list.map((c, i) => <Tag key={i} color={color}>{text(c)}</Tag>)}</Space>;
}

/** A policy's enterprises to tell, in the user's scope, paged, with the export. */
function EnterprisesToTell({ policy }: { policy: PolicyItem }) {
  const { t } = useTranslation('policies');
  const [page, setPage] = useState(1);
  const list = usePolicyEnterprises(policy.id, page);
  return (
    <Card size="small" title={t('toTell')} extra={<Button size="small" onClick={() => void downloadPolicyEnterprises(policy.id)}>{t('exportToTell')}</Button>}>
      <Table
        rowKey={(r) => r.enterprise.id}
        size="small"
        scroll={{ x: 'max-content' }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (count) => t('total', { count }) }}
        columns={[
          { title: 'name', render: (_: unknown, r) => r.enterprise.name },
          { title: 'org', render: (_: unknown, r) => r.enterprise.organisationName },
          { title: t('unknown'), render: (_: unknown, r) => <Conditions list={r.unknown} districts={policy.districts} color="orange" /> },
        ]}
        showHeader={false}
      />
    </Card>
  );
}

/** For one enterprise: the policies in force it may qualify for, with the conditions met and to check. */
function ForEnterprise() {
  const { t } = useTranslation('policies');
  const [id, setId] = useState<number | undefined>();
  const matches = useEnterprisePolicies(id);
  return (
    <Card size="small" title={t('forEnterprise')} style={{ marginBottom: 16 }}>
      <EnterprisePicker value={id} onChange={(v) => setId(v)} />
      {id !== undefined && matches.data ? (
        matches.data.items.length ? (
          <List
            dataSource={matches.data.items}
            renderItem={(m) => (
              <List.Item>
                <Space direction="vertical" size={4}>
                  <Typography.Text strong>{m.policy.title}</Typography.Text>
                  <Conditions list={m.matched} districts={m.policy.districts} color="green" />
                  {m.unknown.length ? <Conditions list={m.unknown} districts={m.policy.districts} color="orange" /> : null}
                </Space>
              </List.Item>
            )}
          />
        ) : <Empty description={t('noMatch')} />
      ) : null}
    </Card>
  );
}

/** /policies — the city's policy library; matching to the registry both ways. */
export function PoliciesPage() {
  const { t } = useTranslation('policies');
  const [q, setQ] = useState('');
  const [inForce, setInForce] = useState(true);
  const [page, setPage] = useState(1);
  const list = usePolicyList({ q: q || undefined, inForce: inForce ? 'true' : undefined, page, pageSize: 20 });
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;
  return (
    <>
      <PageHeader title={t('title')} />
      <ForEnterprise />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('search')} aria-label={t('search')} style={{ width: 'min(360px, 90vw)' }} onSearch={(v) => { setQ(v.trim()); setPage(1); }} />
        <Checkbox checked={inForce} onChange={(e) => { setInForce(e.target.checked); setPage(1); }}>{t('inForceOnly')}</Checkbox>
      </Space>
      <Table<PolicyItem>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={list.data.items}
        loading={list.isFetching}
        locale={{ emptyText: t('empty') }}
        pagination={{ current: page, pageSize: 20, total: list.data.total, onChange: setPage, showSizeChanger: false, showTotal: (count) => t('total', { count }) }}
        expandable={{ expandedRowRender: (p) => <EnterprisesToTell policy={p} /> }}
        columns={[
          {
            title: t('columns.title'), dataIndex: 'title',
            render: (title: string, p) => (
              <Space size={4} wrap>
                {title}
                {p.withdrawn ? <Tag>{t('withdrawn')}</Tag> : p.inForce ? <Tag color="green">{t('inForce')}</Tag> : <Tag>{t('notInForce')}</Tag>}
              </Space>
            ),
          },
          { title: t('columns.issuer'), dataIndex: 'issuer' },
          { title: t('columns.documentNumber'), dataIndex: 'documentNumber' },
          { title: t('columns.issuedOn'), dataIndex: 'issuedOn' },
          { title: t('columns.validity'), key: 'validity', render: (_: unknown, p) => `${p.validFrom ?? ''} ~ ${p.validTo ?? t('open')}` },
          {
            title: t('columns.conditions'), key: 'conditions',
            render: (_: unknown, p) => (conditionsOf(p).length ? <Conditions list={conditionsOf(p)} districts={p.districts} /> : t('noConditions')),
          },
        ]}
      />
    </>
  );
}

