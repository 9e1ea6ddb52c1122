import { useState } from 'react';
import { Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSource } from '@hongtu/contracts/reports';
import { SourceDetails } from './SourceDetails';

/**
 * A number of the report that names its source: a button (reached with Tab, opened with Enter or
 * Space, closed with Escape) that opens a popover with the source.
 */
export function TracedNumber({ text, sourceId, source, sources, bold }: {
  text: string;
  sourceId: string;
  source: ReportSource | null;
  sources: ReadonlyMap<string, ReportSource>;
  bold?: boolean;
}) {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      title={t('source.title')}
      destroyOnHidden
      content={source ? <SourceDetails source={source} sources={sources} /> : <Typography.Text type="warning">{t('source.missing', { id: sourceId })}</Typography.Text>}
    >
      <button
        type="button"
        className="report-number"
        data-testid="report-number"
        data-source-id={sourceId}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={t('source.open', { text })}
        onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }}
        style={bold ? { fontWeight: 600 } : undefined}
      >
        {text}
      </button>
    </Popover>
  );
}
