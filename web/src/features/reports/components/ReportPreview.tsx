import { useMemo } from 'react';
import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '@hongtu/contracts/reports';
import { sourceIndex } from '../model/runs';
import { ChartBlock, HeadingBlock, ParagraphBlock, TableBlock } from './ReportBlocks';
import '../reports.css';

/** The report as its document model says: issuer, title, date line, then its headings, paragraphs, tables and charts in order. */
export function ReportPreview({ document }: { document: ReportDocument }) {
  const { t } = useTranslation('reports');
  const sources = useMemo(() => sourceIndex(document), [document]);
  return (
    <article className="report-preview" data-testid="report-preview" data-provisional={document.provisional}>
      {document.provisional ? <Alert type="warning" showIcon title={t('detail.provisionalNote')} style={{ marginBottom: 16 }} data-testid="report-provisional" /> : null}
      <header className="report-head">
        <div className="report-issuer">{document.issuer}</div>
        <h2 className="report-title">
          {document.title}
          {document.provisional ? <Tag color="orange" style={{ marginInlineStart: 8, verticalAlign: 'middle' }}>{t('provisional')}</Tag> : null}
        </h2>
        <div className="report-dateline">{document.dateLine}</div>
      </header>
      {document.blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading': return <HeadingBlock key={i} block={block} />;
          case 'paragraph': return <ParagraphBlock key={i} runs={block.runs} sources={sources} />;
          case 'table': return <TableBlock key={i} block={block} sources={sources} />;
          case 'chart': return <ChartBlock key={i} block={block} />;
        }
      })}
    </article>
  );
}
