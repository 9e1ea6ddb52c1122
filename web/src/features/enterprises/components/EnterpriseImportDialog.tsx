import { Alert, App, Button, Modal, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EnterpriseImportCheck, EnterpriseImportRow } from '@hongtu/contracts/enterprises';
import { downloadEnterprises, useEnterpriseImportCommit, useEnterpriseImportUpload } from '../api';

type Problem = EnterpriseImportCheck['problems'][number];
const ACTION_COLOR = { create: 'blue', update: 'gold', unchanged: 'default' } as const;

/** The registry workbook: template, upload's dry run (problems and the rows as they would be written), then the commit when nothing blocks it. */
export function EnterpriseImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('enterprises');
  const { message } = App.useApp();
  const upload = useEnterpriseImportUpload();
  const commit = useEnterpriseImportCommit();
  const report = upload.data;

  const onCommit = () => {
    if (!report) return;
    commit.mutate(report.batchId, {
      onSuccess: (result) => {
        void message.success(t('import.committed', { created: result.created, updated: result.updated }));
        onClose();
      },
      onError: (error) => void message.error(error.message),
    });
  };

  return (
    <Modal open title={t('import.title')} width={900} onCancel={onClose} destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>{t('import.close')}</Button>,
        report ? <Button key="again" onClick={() => upload.reset()}>{t('import.again')}</Button> : null,
        report && !report.blocking ? <Button key="commit" type="primary" loading={commit.isPending} onClick={onCommit}>{t('import.commit')}</Button> : null,
      ]}>
      {report ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {report.blocking
            ? <Alert type="error" showIcon title={t('import.blocking')} description={t('import.problemCount', { count: report.problemCount })} />
            : <Alert type="success" showIcon title={t('import.ok', { creates: report.creates, updates: report.updates, unchanged: report.unchanged })} />}
          {report.alreadyImported ? <Alert type="info" showIcon title={t('import.alreadyImported')} /> : null}
          {report.problems.length > 0 ? (
            <Table<Problem> data-testid="enterprise-import-problems" size="small" rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.code}`} pagination={false}
              dataSource={report.problems} scroll={{ y: 280 }}
              columns={[
                { title: t('import.columns.sheet'), dataIndex: 'sheet', width: 100 },
                { title: t('import.columns.row'), dataIndex: 'row', width: 60 },
                { title: t('import.columns.column'), dataIndex: 'column', width: 60 },
                { title: t('import.columns.message'), dataIndex: 'message' },
              ]} />
          ) : null}
          {report.rows.length > 0 ? (
            <>
              <Typography.Text strong>{t('import.rows')}</Typography.Text>
              <Table<EnterpriseImportRow> data-testid="enterprise-import-rows" size="small" rowKey={(r) => `${r.sheet}-${r.row}`} pagination={false}
                dataSource={report.rows} scroll={{ x: 640, y: 280 }}
                columns={[
                  { title: t('import.columns.row'), dataIndex: 'row', width: 60 },
                  { title: t('import.columns.creditCode'), dataIndex: 'creditCode', width: 190 },
                  { title: t('import.columns.name'), dataIndex: 'name' },
                  { title: t('import.columns.organisation'), dataIndex: 'organisationName', width: 110 },
                  { title: t('import.columns.action'), dataIndex: 'action', width: 90, render: (a: EnterpriseImportRow['action']) => <Tag color={ACTION_COLOR[a]}>{t(`import.action.${a}`)}</Tag> },
                ]} />
            </>
          ) : null}
        </Space>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadEnterprises({}).catch((e: Error) => void message.error(e.message))}>{t('import.template')}</Button>
          <Spin spinning={upload.isPending} description={t('import.checking')}>
            <Upload.Dragger accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" multiple={false} showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file);
                return false;
              }}>
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p className="ant-upload-text">{t('import.drop')}</p>
              <p className="ant-upload-hint">{t('import.hint')}</p>
            </Upload.Dragger>
          </Spin>
          {upload.error ? <Alert type="error" showIcon title={upload.error.message} data-testid="enterprise-import-error" /> : null}
        </Space>
      )}
    </Modal>
  );
}
