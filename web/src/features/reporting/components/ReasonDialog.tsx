import { useState, type ReactNode } from 'react';
import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  okText: string;
  /** 'required' for a revision request; a decision may go without one. */
  reasonRequired: boolean;
  /** A grant / refuse choice (the reviewer's decision on a revision request). */
  decision?: boolean;
  intro?: ReactNode;
  loading: boolean;
  onOk: (value: { reason: string; grant: boolean }) => void;
  onCancel: () => void;
}

/** A short modal asking for a reason (and, for a revision decision, grant or refuse). */
export function ReasonDialog({ title, okText, reasonRequired, decision, intro, loading, onOk, onCancel }: Props) {
  const { t } = useTranslation('reporting');
  const [reason, setReason] = useState('');
  const [grant, setGrant] = useState(true);
  const [tried, setTried] = useState(false);
  const missing = reasonRequired && reason.trim() === '';
  const submit = () => {
    setTried(true);
    if (!missing) onOk({ reason: reason.trim(), grant });
  };
  return (
    <Modal open title={title} okText={okText} cancelText={t('actions.cancel')} onOk={submit} onCancel={onCancel} confirmLoading={loading}>
      {intro}
      <Form layout="vertical">
        {decision ? (
          <Form.Item label={t('review.decision')}>
            <Radio.Group value={grant} onChange={(e) => setGrant(e.target.value as boolean)}
              options={[{ value: true, label: t('review.grant') }, { value: false, label: t('review.refuse') }]} />
          </Form.Item>
        ) : null}
        <Form.Item label={t('review.reason')} required={reasonRequired} validateStatus={tried && missing ? 'error' : undefined}
          help={tried && missing ? t('review.reasonRequired') : undefined}>
          <Input.TextArea aria-label={t('review.reason')} rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
