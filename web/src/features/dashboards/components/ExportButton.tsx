import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadExport, type MonthFilter, type RankingFilter } from '../api';

/** Downloads the page's table as xlsx with the page's filters (the server writes the workbook). */
export function ExportButton({ kind, filter }: { kind: 'overview' | 'ranking'; filter: MonthFilter | RankingFilter | null }) {
  const { t } = useTranslation('dashboards');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!filter) return;
    setBusy(true);
    try {
      await downloadExport(kind, filter);
    } catch (error) {
      void message.error(t('overview.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={!filter} onClick={() => void run()}>
      {t('overview.export')}
    </Button>
  );
}
