import { App, Alert, Button, Modal, Spin, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useImportCommit, useImportUpload } from '../api';
import { ImportReport } from './ImportReport';

interface Props {
  periodKey: string;
  organisationId: number;
  onClose: () => void;
  onCommitted: () => void;
}

/** Upload a filled template: the dry run first; the commit (all or nothing) only when nothing blocks it. */
export function ImportDialog({ periodKey, organisationId, onClose, onCommitted }: Props) {
  const { t } = useTranslation('spreadsheets');
  const { message } = App.useApp();
  const upload = useImportUpload(periodKey, organisationId);
  const commit = useImportCommit(periodKey, organisationId);
  const report = upload.data;

  const onCommit = () => {
    if (!report) return;
    commit.mutate(report.batchId, {
      onSuccess: (result) => {
        void message.success(result.changed > 0 ? t('import.committed', { changed: result.changed }) : t('import.committedNoChange'));
        onCommitted();
      },
      onError: (error) => void message.error(error.message),
    });
  };

  const footer = [
    <Button key="cancel" onClick={onClose}>{t('actions.close')}</Button>,
    report ? <Button key="again" onClick={() => upload.reset()}>{t('import.again')}</Button> : null,
    report && !report.blocking ? (
      <Button key="commit" type="primary" loading={commit.isPending} onClick={onCommit}>{t('import.commit')}</Button>
    ) : null,
  ];

  return (
    <Modal open title={t('import.title')} width={860} onCancel={onClose} footer={footer} destroyOnHidden>
      {report ? (
        <ImportReport report={report} />
      ) : (
        <Spin spinning={upload.isPending} description={t('import.checking')}>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('import.drop')}</p>
            <p className="ant-upload-hint">{t('import.hint')}</p>
          </Upload.Dragger>
          {upload.error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={upload.error.message} data-testid="import-error" /> : null}
        </Spin>
      )}
    </Modal>
  );
}
