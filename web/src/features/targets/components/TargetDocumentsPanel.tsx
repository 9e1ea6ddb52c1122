import { useRef, useState } from 'react';
import { App, Button, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@hongtu/contracts';
import { TARGET_DOCUMENT_KINDS, type TargetDocument, type TargetDocumentKind } from '@hongtu/contracts/target-documents';
import { isApiError } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { downloadTargetDocument, useRemoveTargetDocument, useTargetDocuments, useUploadTargetDocument } from '../api';
import { fileSizeText } from '../model/documents';

/** The types the server keeps (it reads the bytes; this only narrows the chooser). */
const ACCEPT = 'application/pdf,.pdf,.docx,.xlsx,image/jpeg,image/png,image/webp';

/**
 * 目标责任书 / 下达文件 of the year: listed with whom they concern, downloaded, uploaded (a kind and
 * the district, or the whole city) and removed; every upload and removal is audited by the server.
 */
export function TargetDocumentsPanel({ year, districts }: { year: number; districts: readonly Organisation[] }) {
  const { t } = useTranslation('targets');
  const { message } = App.useApp();
  const list = useTargetDocuments(year);
  const upload = useUploadTargetDocument(year);
  const removal = useRemoveTargetDocument(year);
  const chooser = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<TargetDocumentKind>('responsibility');
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const failed = (key: 'uploadFailed' | 'removeFailed', error: unknown) => void message.error(t(`documents.${key}`, { message: isApiError(error) ? error.message : String(error) }));

  const send = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      try {
        await upload.mutateAsync({ file, kind, organisationId });
        void message.success(t('documents.uploaded', { name: file.name }));
      } catch (error) {
        failed('uploadFailed', error);
      }
    }
  };

  const columns: TableColumnsType<TargetDocument> = [
    { key: 'kind', title: t('documents.kind'), dataIndex: 'kind', width: 110, render: (k: TargetDocumentKind) => t(`documents.kinds.${k}`) },
    {
      key: 'file', title: t('documents.fileName'), dataIndex: 'fileName', ellipsis: true,
      render: (name: string, d) => <Button type="link" style={{ padding: 0 }} onClick={() => void downloadTargetDocument(d)} aria-label={`${t('documents.download')} ${name}`}>{name}</Button>,
    },
    { key: 'concerns', title: t('documents.concerns'), dataIndex: 'organisationName', width: 130 },
    { key: 'size', title: t('documents.size'), dataIndex: 'sizeBytes', width: 90, align: 'right', render: (b: number) => fileSizeText(b) },
    { key: 'by', title: t('documents.uploadedBy'), dataIndex: 'uploadedByName', width: 100, responsive: ['md'] },
    { key: 'at', title: t('documents.uploadedAt'), dataIndex: 'createdAt', width: 160, responsive: ['md'], render: (iso: string) => formatShanghai(iso, 'YYYY-MM-DD HH:mm') },
    {
      key: 'actions', title: '', width: 120,
      render: (_: unknown, d) => (
        <Space size={4}>
          <Button size="small" type="text" icon={<DownloadOutlined />} aria-label={t('documents.download')} onClick={() => void downloadTargetDocument(d)} />
          <Popconfirm title={t('documents.confirmRemove')} onConfirm={() => removal.mutateAsync(d.id).then(() => void message.success(t('documents.removed')), (e: unknown) => failed('removeFailed', e))}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('documents.remove')} data-testid="target-document-remove" />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('documents.hint')}</Typography.Text>
      <Space wrap>
        <Select aria-label={t('documents.kind')} value={kind} onChange={setKind} style={{ width: 140 }}
          options={TARGET_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))} />
        <Select aria-label={t('documents.concerns')} value={organisationId ?? 0} onChange={(v: number) => setOrganisationId(v === 0 ? null : v)} style={{ width: 200 }}
          showSearch optionFilterProp="label"
          options={[{ value: 0, label: t('documents.wholeCity') }, ...districts.map((d) => ({ value: d.id, label: d.name }))]} />
        <input ref={chooser} type="file" accept={ACCEPT} hidden data-testid="target-document-file" onChange={(e) => { void send(e.target.files); e.target.value = ''; }} />
        <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending} onClick={() => chooser.current?.click()}>{t('documents.upload')}</Button>
      </Space>
      <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()}
        empty={(list.data?.items ?? []).length === 0} emptyText={t('documents.empty')}>
        <Table<TargetDocument> rowKey="id" size="small" columns={columns} dataSource={list.data?.items ?? []} pagination={false} scroll={{ x: 560 }} />
      </PageState>
    </Space>
  );
}
