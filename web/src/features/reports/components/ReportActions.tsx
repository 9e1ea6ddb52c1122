import { useState } from 'react';
import { App, Button } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadReport } from '../api';

/** Download buttons for the report's Word (.docx) and Excel (.xlsx) files; a failure says why, as the server words it. */
export function ReportActions({ id }: { id: number }) {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const download = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      await downloadReport(id, format);
    } catch (error) {
      void message.error(t('detail.downloadFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void download('docx')} data-testid="report-download-docx">{t('detail.downloadWord')}</Button>
      <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')} data-testid="report-download-xlsx">{t('detail.downloadExcel')}</Button>
    </>
  );
}
