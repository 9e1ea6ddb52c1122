import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Modal, Space, Spin, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProjectImportCheck } from '@hongtu/contracts/projects';
import { dayjs } from '../../../lib/time';
import { downloadProjects, useProjectImportCommit, useProjectImportUpload } from '../api';

interface Props {
  /** The month whose report columns the template fills and the import saves. */
  defaultPeriod: string;
  onClose: () => void;
}

type Problem = ProjectImportCheck['problems'][number];

/** The district's workbook: template download, then the upload's dry run, then the commit (all or nothing) when nothing blocks it. */
export function ImportDialog({ defaultPeriod, onClose }: Props) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const [period, setPeriod] = useState(defaultPeriod);
  const upload = useProjectImportUpload(period);
  const commit = useProjectImportCommit();
  const report = upload.data;

  const onCommit = () => {
    if (!report) return;
    commit.mutate(report.batchId, {
      onSuccess: (result) => {
        void message.success(t('import.committed', { created: result.created, updated: result.updated, reports: result.reports }));
        onClose();
      },
      onError: (error) => void message.error(error.message),
    });
  };

  const problemColumns = [
    { title: t('import.columns.sheet'), dataIndex: 'sheet', width: 110 },
    { title: t('import.columns.row'), dataIndex: 'row', width: 60 },
    { title: t('import.columns.column'), dataIndex: 'column', width: 60 },
    { title: t('import.columns.message'), dataIndex: 'message' },
  ];

  return (
    <Modal open title={t('import.title')} width={880} onCancel={onClose} destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>{t('actions.close')}</Button>,
        report ? <Button key="again" onClick={() => upload.reset()}>{t('import.again')}</Button> : null,
        report && !report.blocking ? <Button key="commit" type="primary" loading={commit.isPending} onClick={onCommit}>{t('import.commit')}</Button> : null,
      ]}>
      {report ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {report.blocking
            ? <Alert type="error" showIcon title={t('import.blocking')} description={t('import.problemCount', { count: report.problemCount })} />
            : <Alert type="success" showIcon title={t('import.ok', { creates: report.creates, updates: report.updates, reports: report.reports })} />}
          {report.alreadyImported ? <Alert type="info" showIcon title={t('import.alreadyImported')} /> : null}
          {report.problems.length > 0 ? (
            <Table<Problem> data-testid="import-problems" size="small" rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.code}`} pagination={false}
              dataSource={report.problems} columns={problemColumns} scroll={{ y: 320 }} />
          ) : null}
          {report.notices.length > 0 ? (
            <>
              <Typography.Text strong>{t('import.notices')}</Typography.Text>
              <ul data-testid="import-notices">{report.notices.map((n, i) => <li key={i}>{n.message}</li>)}</ul>
            </>
          ) : null}
        </Space>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Form layout="inline">
            <Form.Item label={t('import.period')}>
              <DatePicker picker="month" aria-label={t('import.period')} allowClear={false} value={dayjs(`${period}-01`)} format="YYYY-MM"
                onChange={(d) => d && setPeriod(d.format('YYYY-MM'))} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item>
              <Button icon={<DownloadOutlined />} onClick={() => void downloadProjects({ period }).catch((e: Error) => void message.error(e.message))}>{t('import.template')}</Button>
            </Form.Item>
          </Form>
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
          {upload.error ? <Alert type="error" showIcon title={upload.error.message} data-testid="import-error" /> : null}
        </Space>
      )}
    </Modal>
  );
}
