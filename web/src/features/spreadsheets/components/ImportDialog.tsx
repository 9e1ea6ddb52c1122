import { useState } from 'react';
import { App, Alert, Button, Modal, Spin, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportChoices } from '@hongtu/contracts';
import { useImportCommit, useImportUpload } from '../api';
import { canCommit, choicesFor } from '../model/choices';
import { ImportReport } from './ImportReport';

interface Props {
  periodKey: string;
  organisationId: number;
  onClose: () => void;
  onCommitted: () => void;
}

/**
 * Upload a filled template: the dry run first, which lists every value it read; when it asks
 * which column holds a value, the same file is checked again with the answers; the commit (all
 * or nothing) only when nothing blocks it and every confirmation is ticked.
 */
export function ImportDialog({ periodKey, organisationId, onClose, onCommitted }: Props) {
  const { t } = useTranslation('spreadsheets');
  const { message } = App.useApp();
  const upload = useImportUpload(periodKey, organisationId);
  const commit = useImportCommit(periodKey, organisationId);
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<ImportChoices>([]);
  const [selected, setSelected] = useState<Record<string, string>>({});
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const report = upload.data;

  const check = (f: File, columns: ImportChoices) => {
    setTicked(new Set());
    upload.mutate({ file: f, columns });
  };
  const checkAgain = () => {
    if (!file || !report) return;
    const columns = choicesFor(choices, report.questions, selected);
    setChoices(columns);
    check(file, columns);
  };
  const again = () => {
    upload.reset();
    setFile(null);
    setChoices([]);
    setSelected({});
    setTicked(new Set());
  };
  const tick = (key: string, on: boolean) => setTicked((current) => {
    const next = new Set(current);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  });

  const onCommit = () => {
    if (!report) return;
    commit.mutate({ batchId: report.batchId, confirmations: [...ticked] }, {
      onSuccess: (result) => {
        void message.success(result.changed > 0 ? t('import.committed', { changed: result.changed }) : t('import.committedNoChange'));
        onCommitted();
      },
      onError: (error) => void message.error(error.message),
    });
  };

  const footer = [
    <Button key="cancel" onClick={onClose}>{t('actions.close')}</Button>,
    report ? <Button key="again" onClick={again}>{t('import.again')}</Button> : null,
    report && !report.blocking ? (
      <Button key="commit" type="primary" loading={commit.isPending} disabled={!canCommit(report, ticked)} onClick={onCommit}>{t('import.commit')}</Button>
    ) : null,
  ];

  return (
    <Modal open title={t('import.title')} width={1040} onCancel={onClose} footer={footer} destroyOnHidden>
      {report ? (
        <Spin spinning={upload.isPending}>
          <ImportReport
            report={report}
            selected={selected}
            onSelect={(key, column) => setSelected((current) => ({ ...current, [key]: column }))}
            onCheckAgain={checkAgain}
            checking={upload.isPending}
            ticked={ticked}
            onTick={tick}
          />
        </Spin>
      ) : (
        <Spin spinning={upload.isPending} description={t('import.checking')}>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              check(f, []);
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
