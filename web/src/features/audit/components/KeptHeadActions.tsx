import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Typography, Upload } from 'antd';
import { CloudDownloadOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useKeepAuditHead, useVerifyAgainstKeptHead } from '../api';
import { parseKeptHead } from '../keptHead';

/**
 * The auditor's own anchor of the trail: "keep the head" downloads the newest row's id, hash and
 * count as JSON, to be kept outside the database; "verify against a kept head" takes that file
 * (uploaded or pasted) back and walks the chain against it, so that deleted newest rows show.
 */
export function KeptHeadActions() {
  const { t } = useTranslation('audit');
  const { t: tShell } = useTranslation();
  const { message } = App.useApp();
  const keep = useKeepAuditHead();
  const verify = useVerifyAgainstKeptHead();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);

  const download = () =>
    keep.mutate(undefined, {
      onSuccess: (head) => void (head ? message.success(t('keep.downloaded')) : message.info(t('keep.empty'))),
      onError: (e) => void message.error(e.message),
    });
  const run = () => {
    const head = parseKeptHead(text);
    setInvalid(head === null);
    if (head) verify.mutate(head);
  };
  const close = () => {
    setOpen(false);
    setText('');
    setInvalid(false);
    verify.reset();
  };
  const result = verify.data;

  return (
    <>
      <Button icon={<CloudDownloadOutlined />} loading={keep.isPending} onClick={download}>
        {t('keep.download')}
      </Button>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => setOpen(true)}>
        {t('keep.verify')}
      </Button>
      <Modal
        open={open}
        title={t('keep.title')}
        onCancel={close}
        destroyOnHidden
        footer={[
          <Button key="close" onClick={close}>{t('keep.close')}</Button>,
          <Button key="run" type="primary" loading={verify.isPending} disabled={text.trim() === ''} onClick={run}>{t('keep.run')}</Button>,
        ]}
      >
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('keep.hint')}</Typography.Paragraph>
          <Upload
            accept=".json,.jsonl,.txt,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then((content) => {
                setText(content);
                setInvalid(false);
                verify.reset();
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('keep.upload')}</Button>
          </Upload>
          <Input.TextArea
            aria-label={t('keep.title')}
            rows={6}
            value={text}
            placeholder={t('keep.placeholder')}
            onChange={(e) => {
              setText(e.target.value);
              setInvalid(false);
              verify.reset();
            }}
            status={invalid ? 'error' : undefined}
            style={{ fontFamily: 'monospace' }}
          />
          {invalid ? <Alert type="error" showIcon title={t('keep.invalid')} /> : null}
          {verify.isError ? <Alert type="warning" showIcon title={tShell('audit.verifyFailed')} description={verify.error.message} /> : null}
          {result ? (
            result.intact || !result.brokenAt ? (
              <Alert type="success" showIcon role="status" title={t('keep.reached', { id: parseKeptHead(text)?.id, checked: result.checked })} data-testid="kept-head-result" />
            ) : (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={tShell('audit.broken', { id: result.brokenAt.id, reason: tShell(`audit.reasons.${result.brokenAt.reason}`) })}
                data-testid="kept-head-result"
              />
            )
          ) : null}
        </Flex>
      </Modal>
    </>
  );
}
