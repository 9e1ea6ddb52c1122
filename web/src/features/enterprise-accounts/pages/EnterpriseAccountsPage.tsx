import { useState } from 'react';
import { App, Button, Input, Modal, Segmented, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseAccountItem } from '@hongtu/contracts/enterprise-accounts';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { useEnterpriseAccountsList, useReviewEnterpriseAccount, type ReviewStatus } from '../api';

const STATUSES: ReviewStatus[] = ['pending_confirmation', 'confirmed', 'rejected'];

/** /enterprise-accounts — sign-ups of the officer's scope: confirm (linking the registry record) or reject with a reason. */
export function EnterpriseAccountsPage() {
  const { t } = useTranslation('enterprise-accounts');
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<ReviewStatus>('pending_confirmation');
  const [rejecting, setRejecting] = useState<EnterpriseAccountItem | null>(null);
  const [reason, setReason] = useState('');
  const list = useEnterpriseAccountsList(status);
  const review = useReviewEnterpriseAccount();

  const run = (id: number, action: 'confirm' | 'reject', why?: string) =>
    review.mutateAsync({ id, action, reason: why }).then(
      () => { void message.success(t('done')); setRejecting(null); setReason(''); },
      (error: unknown) => { if (isApiError(error)) void message.error(error.message); },
    );

  return (
    <>
      <PageHeader title={t('title')} />
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Segmented<ReviewStatus> value={status} onChange={setStatus} options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      {!list.data ? <PageState loading={list.isLoading} error={list.error} /> : (
        <Table<EnterpriseAccountItem>
          rowKey="id"
          style={{ marginTop: 16 }}
          dataSource={list.data.items}
          locale={{ emptyText: t('empty') }}
          columns={[
            { title: t('columns.creditCode'), dataIndex: 'creditCode' },
            { title: t('columns.companyName'), dataIndex: 'companyName' },
            { title: t('columns.district'), dataIndex: 'districtName' },
            { title: t('columns.contact'), render: (_, a) => [a.contactName, a.contactEmail, a.contactPhone].filter(Boolean).join(' · ') },
            { title: t('columns.registry'), render: (_, a) => a.registryEnterprise?.name ?? t('notInRegistry') },
            { title: t('columns.createdAt'), dataIndex: 'createdAt', render: (v: string) => v.slice(0, 10) },
            {
              title: t('columns.actions'),
              render: (_, a) => (
                <Space>
                  {a.actions.confirm && (
                    <Button type="primary" size="small" loading={review.isPending}
                      onClick={() => modal.confirm({ title: t('confirmQuestion', { name: a.companyName }), onOk: () => run(a.id, 'confirm') })}>
                      {t('confirm')}
                    </Button>
                  )}
                  {a.actions.reject && <Button danger size="small" onClick={() => setRejecting(a)}>{t('reject')}</Button>}
                  {a.rejectReason && <Typography.Text type="secondary">{a.rejectReason}</Typography.Text>}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={rejecting !== null}
        title={rejecting ? t('rejectTitle', { name: rejecting.companyName }) : ''}
        okText={t('reject')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: review.isPending }}
        onOk={() => rejecting && run(rejecting.id, 'reject', reason.trim())}
        onCancel={() => { setRejecting(null); setReason(''); }}
      >
        <Typography.Paragraph>{t('reason')}</Typography.Paragraph>
        <Input.TextArea aria-label={t('reason')} value={reason} maxLength={500} rows={3} onChange={(e) => setReason(e.target.value)} />
        {reason.trim() === '' && <Typography.Text type="secondary">{t('reasonRequired')}</Typography.Text>}
      </Modal>
    </>
  );
}
