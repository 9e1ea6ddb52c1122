import { useRef } from 'react';
import '../project-problems.css';
import { App, Button, Card, Empty, Popconfirm, Space, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '@hongtu/contracts/project-files';
import { apiDownload, isApiError } from '../../../api/client';
import { downloadBlob } from '../../../lib/download';
import { useAttachments, useRemoveAttachment, useUploadAttachment } from '../api';

/** The file types the server accepts (it reads the bytes; this only narrows the phone's chooser). */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,application/pdf,.docx,.xlsx';

/**
 * A record's photos and documents: thumbnails of photos (with the time and place the camera wrote),
 * documents as names to download; when the user may add, a camera button (`capture`, the phone's
 * back camera) and a file button. Fits a 360-px-wide screen.
 */
export function AttachmentsPanel({ listPath, uploadPath, canAdd, filter }: {
  listPath: string;
  uploadPath?: string;
  canAdd: boolean;
  filter?: (a: Attachment) => boolean;
}) {
  const { t } = useTranslation('project-problems');
  const { message } = App.useApp();
  const list = useAttachments(listPath);
  const upload = useUploadAttachment(listPath, uploadPath ?? listPath);
  const removal = useRemoveAttachment(listPath);
  const camera = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLInputElement>(null);
  const items = (list.data?.items ?? []).filter(filter ?? (() => true));

  const send = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      try {
        await upload.mutateAsync(file);
      } catch (error) {
        void message.error(t('upload.failed', { message: isApiError(error) ? error.message : String(error) }));
      }
    }
  };
  const remove = (a: Attachment) => removal.mutateAsync(a.id).then(
    () => void message.success(t('upload.removed')),
    (error: unknown) => void message.error(t('upload.removeFailed', { message: isApiError(error) ? error.message : String(error) })),
  );
  const open = async (a: Attachment) => {
    const { blob, filename } = await apiDownload(`/api/attachments/${a.id}`, { fallbackName: a.fileName });
    downloadBlob(blob, filename);
  };

  return (
    <div className="attachments-panel">
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noAttachments')} /> : (
        <div className="attachments-grid">
          {items.map((a) => (
            <figure key={a.id} className="attachment-card" data-testid="attachment">
              {a.image
                ? <img src={`/api/attachments/${a.id}/thumbnail`} alt={a.fileName} loading="lazy" width={96} height={96} onClick={() => void open(a)} />
                : <Button type="text" icon={<FileOutlined />} onClick={() => void open(a)} aria-label={a.fileName} />}
              <figcaption>
                <Typography.Text ellipsis title={a.fileName}>{a.fileName}</Typography.Text>
                {a.takenAt && <div className="attachment-meta">{t('detail.taken', { time: a.takenAt })}</div>}
                {a.latitude !== null && a.longitude !== null && <div className="attachment-meta">{t('detail.place', { lat: a.latitude.toFixed(5), lon: a.longitude.toFixed(5) })}</div>}
                {a.removable && (
                  <Popconfirm title={t('upload.confirmRemove')} onConfirm={() => remove(a)}>
                    <Button size="small" type="link" danger icon={<DeleteOutlined />} data-testid="attachment-remove">{t('upload.remove')}</Button>
                  </Popconfirm>
                )}
              </figcaption>
            </figure>
          ))}
        </div>
      )}
      {canAdd && uploadPath && (
        <Space wrap>
          <input ref={camera} type="file" accept="image/*" capture="environment" hidden className="problem-file-input" data-testid="attachment-camera" onChange={(e) => { void send(e.target.files); e.target.value = ''; }} />
          <input ref={chooser} type="file" accept={ACCEPT} hidden className="problem-file-input" data-testid="attachment-file" onChange={(e) => { void send(e.target.files); e.target.value = ''; }} />
          <Button icon={<CameraOutlined />} loading={upload.isPending} onClick={() => camera.current?.click()}>{t('upload.camera')}</Button>
          <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => chooser.current?.click()}>{t('upload.add')}</Button>
        </Space>
      )}
    </div>
  );
}

/** The panel in a card titled 附件, as the project and report pages show it. */
export function AttachmentsCard(props: Parameters<typeof AttachmentsPanel>[0]) {
  const { t } = useTranslation('project-problems');
  return (
    <Card size="small" title={t('detail.attachments')} className="attachments-card">
      <AttachmentsPanel {...props} />
    </Card>
  );
}
