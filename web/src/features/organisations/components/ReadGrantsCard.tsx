import { useState } from 'react';
import { App, Button, Card, Form, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Organisation, ReadGrant } from '@hongtu/contracts';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageState } from '../../../components/PageState';
import { KIND_COLOURS, kindLabel } from '../../../lib/labels';
import { formatShanghai } from '../../../lib/time';
import { useApiFormErrors } from '../../../lib/useApiFormErrors';
import { useAddReadGrant, useReadGrants, useRemoveReadGrant } from '../api';
import { grantableFor } from '../orgTree';

/**
 * A department's read grants (docs/DOMAIN.md "Read grants"), on its page, for the system admin and
 * the city reviewer: what its staff may read beyond the department — typically the city and so
 * every district — and never change.
 */
export function ReadGrantsCard({ department, organisations }: { department: Organisation; organisations: readonly Organisation[] }) {
  const { t } = useTranslation('organisations');
  const { t: shell } = useTranslation();
  const { message } = App.useApp();
  const grants = useReadGrants(department.id, true);
  const remove = useRemoveReadGrant(department.id);
  const [adding, setAdding] = useState(false);

  const onRemove = (grant: ReadGrant) =>
    remove.mutate(grant.organisationId, {
      onSuccess: () => void message.success(t('grants.removed')),
      onError: (e) => void message.error(e.message),
    });

  return (
    <Card title={t('grants.title')} extra={<Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('grants.add')}</Button>}>
      <Typography.Paragraph type="secondary">{t('grants.intro')}</Typography.Paragraph>
      <PageState loading={grants.isPending} error={grants.error} onRetry={() => void grants.refetch()}>
        <Table<ReadGrant>
          rowKey="organisationId"
          size="middle"
          pagination={false}
          dataSource={grants.data ?? []}
          locale={{ emptyText: t('grants.empty') }}
          columns={[
            { title: t('grants.organisation'), dataIndex: 'organisationName' },
            { title: shell('organisations.fields.kind'), dataIndex: 'organisationKind', render: (_v, g) => <Tag color={KIND_COLOURS[g.organisationKind]}>{kindLabel(shell, g.organisationKind)}</Tag> },
            { title: t('grants.createdBy'), dataIndex: 'createdBy', render: (v: string | null) => v ?? shell('common.none') },
            { title: t('grants.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatShanghai(v, 'YYYY-MM-DD HH:mm') },
            {
              title: shell('common.actions'),
              key: 'actions',
              width: 100,
              render: (_v, g) => (
                <Popconfirm title={t('grants.confirmRemove')} okText={t('grants.remove')} cancelText={shell('common.cancel')} onConfirm={() => onRemove(g)}>
                  <Button type="link" size="small" danger>{t('grants.remove')}</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </PageState>
      {adding ? <AddReadGrantDialog department={department} organisations={organisations} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

function AddReadGrantDialog({ department, organisations, onClose }: { department: Organisation; organisations: readonly Organisation[]; onClose: () => void }) {
  const { t } = useTranslation('organisations');
  const { t: shell } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ organisationId: number | null }>();
  const add = useAddReadGrant(department.id);
  const showErrors = useApiFormErrors(form, ['organisationId']);

  const submit = async () => {
    const { organisationId } = await form.validateFields();
    if (organisationId === null) return;
    add.mutate(organisationId, {
      onSuccess: () => {
        void message.success(t('grants.added'));
        onClose();
      },
      onError: showErrors,
    });
  };

  return (
    <Modal
      open
      title={t('grants.addTitle', { name: department.name })}
      okText={shell('common.save')}
      cancelText={shell('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={add.isPending}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="organisationId"
          label={t('grants.organisation')}
          extra={t('grants.organisationHint')}
          rules={[{ required: true, message: shell('validation.required') }]}
        >
          <OrganisationSelect organisations={organisations} selectable={grantableFor(organisations, department)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
