import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Input, Popconfirm, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { downloadSubmissionAttachment, readSubmissionContact, usePortalSubmission, usePortalSubmissionWrite } from '../api';

/** One submission: its text (always shown as text), the record it became, its history and the moves the reader may make. */
export function SubmissionDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation('portal-submissions');
  const { message } = App.useApp();
  const one = usePortalSubmission(id);
  const write = usePortalSubmissionWrite();
  const [note, setNote] = useState('');
  const [contact, setContact] = useState<string | null>(null);
  const fail = (error: unknown) => {
    if (isApiError(error)) void message.error(error.code === 'STALE_VERSION' ? t('stale409') : error.message);
  };
  const item = one.data;
  const close = () => { setNote(''); setContact(null); onClose(); };
  return (
    <Drawer open={id !== null} onClose={close} width={560} title={item?.title ?? t('title')} destroyOnHidden>
      {!item ? <PageState loading={one.isLoading} error={one.error} /> : (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('columns.kind')}>{t(`kind.${item.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('columns.status')}>{t(`status.${item.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('columns.organisation')}>{item.organisationName}</Descriptions.Item>
            {item.companyName && <Descriptions.Item label={t('columns.company')}>{item.companyName}</Descriptions.Item>}
            <Descriptions.Item label={t('detail.contact')}>
              <Space wrap>
                <span>{contact ?? ([item.contactName, item.contactMasked].filter(Boolean).join(' ') || t('detail.anonymous'))}</span>
                {item.readContact && contact === null && (
                  <Button size="small" onClick={() => { void readSubmissionContact(item.id).then((c) => setContact(`${c.contactName} ${c.contact}`), fail); }}>{t('detail.showContact')}</Button>
                )}
              </Space>
            </Descriptions.Item>
            {item.consentAt && <Descriptions.Item label={t('detail.consent')}>{`${formatShanghai(item.consentAt, 'YYYY-MM-DD HH:mm')} · ${item.consentVersion ?? ''}`}</Descriptions.Item>}
            {(item.leadId ?? item.problemId) !== null && (
              <Descriptions.Item label={t('detail.record')}>
                {item.leadId !== null ? t('detail.lead', { id: item.leadId }) : t('detail.problem', { id: item.problemId })}
              </Descriptions.Item>
            )}
            {item.attachment && (
              <Descriptions.Item label={t('detail.attachment')}>
                <Button type="link" size="small" onClick={() => { void downloadSubmissionAttachment(item.id, item.attachment!.name).catch(fail); }}>
                  {`${item.attachment.name} (${Math.max(1, Math.round(item.attachment.bytes / 1024))} KB)`}
                </Button>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('columns.createdAt')}>{formatShanghai(item.createdAt, 'YYYY-MM-DD HH:mm')}</Descriptions.Item>
          </Descriptions>
          {item.erased ? <Typography.Text type="secondary">{t('detail.erased')}</Typography.Text> : (
            <div>
              <Typography.Title level={5}>{t('detail.body')}</Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.body}</Typography.Paragraph>
            </div>
          )}
          <div>
            <Typography.Title level={5}>{t('detail.history')}</Typography.Title>
            <Timeline items={item.events.map((e) => ({
              children: <>{formatShanghai(e.at, 'YYYY-MM-DD HH:mm')} {t(`status.${e.toStatus}`)}{e.actorName ? ` · ${e.actorName}` : ''}{e.note ? ` — ${e.note}` : ''}</>,
            }))} />
          </div>
          {item.moves.length > 0 && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.TextArea aria-label={t('detail.note')} placeholder={t('detail.note')} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 2 }} />
              <Space wrap>
                {item.moves.map((to) => (
                  <Button key={to} loading={write.move.isPending} danger={to === 'rejected'}
                    onClick={() => write.move.mutate({ id: item.id, body: { to, note, version: item.version } }, { onSuccess: () => { setNote(''); void message.success(t('done')); }, onError: fail })}>
                    {t('detail.moveTo', { status: t(`status.${to}`) })}
                  </Button>
                ))}
              </Space>
            </Space>
          )}
          {item.moves.length > 0 || item.readContact ? (
            !item.erased && (
              <Popconfirm title={t('detail.eraseConfirm')} onConfirm={() => write.erase.mutate(item.id, { onError: fail })}>
                <Button danger type="link">{t('detail.erase')}</Button>
              </Popconfirm>
            )
          ) : null}
        </Space>
      )}
    </Drawer>
  );
}
