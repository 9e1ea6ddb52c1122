import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportBlock, ReportCell, ReportRun, ReportSource } from '@hongtu/contracts/reports';
import { EChart } from '../../../components/charts/EChart';
import { LIGHT_PALETTE } from '../../../components/charts/palette';
import { fmtUnit } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { cardNeedsLabel } from '../model/cards';
import { reportChartOption } from '../model/chartOption';
import { splitRuns } from '../model/runs';
import { TracedNumber } from './TracedNumber';

type Sources = ReadonlyMap<string, ReportSource>;

/** A paragraph: its text as written, each number with a source a control that opens it. */
export const ParagraphBlock = memo(function ParagraphBlock({ runs, sources }: { runs: readonly ReportRun[]; sources: Sources }) {
  const segments = useMemo(() => splitRuns(runs, sources), [runs, sources]);
  return (
    <p className="report-paragraph">
      {segments.map((s, i) => (s.kind === 'number'
        ? <TracedNumber key={i} text={s.text} sourceId={s.sourceId} source={s.source} sources={sources} bold={s.bold} />
        : s.bold ? <strong key={i}>{s.text}</strong> : <span key={i}>{s.text}</span>))}
    </p>
  );
});

function Cell({ cell, sources, first }: { cell: ReportCell; sources: Sources; first: boolean }) {
  const { t } = useTranslation('reports');
  const content = cell.sourceId !== undefined
    ? <TracedNumber text={cell.text} sourceId={cell.sourceId} source={sources.get(cell.sourceId) ?? null} sources={sources} />
    : cell.text;
  const card = cell.card && cardNeedsLabel(cell) ? <span className={`report-card report-card-${cell.card}`}>{t(`card.${cell.card}`)}</span> : null;
  const className = [cell.card ? `report-cell-${cell.card}` : '', first ? '' : 'report-cell-number'].filter(Boolean).join(' ') || undefined;
  return first
    ? <th scope="row" className={className}>{content}{card}</th>
    : <td className={className} data-card={cell.card}>{content}{card}</td>;
}

/** A table of the report: its title as the caption, a red or yellow card coloured and named in its cell. */
export const TableBlock = memo(function TableBlock({ block, sources }: { block: Extract<ReportBlock, { kind: 'table' }>; sources: Sources }) {
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <caption>{block.title}</caption>
        <thead>
          <tr>{block.columns.map((c, i) => <th key={i} scope="col" style={c.width ? { minWidth: c.width * 8 } : undefined}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>{row.map((cell, c) => <Cell key={c} cell={cell} sources={sources} first={c === 0} />)}</tr>
          ))}
        </tbody>
      </table>
      {block.note ? <p className="report-table-note">{block.note}</p> : null}
    </div>
  );
});

/** A chart as the Word file draws it (bars or lines, the reference line), named for screen readers. */
export const ChartBlock = memo(function ChartBlock({ block }: { block: Extract<ReportBlock, { kind: 'chart' }> }) {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  // The unit as words (a unit code such as percent or yi_yuan said in the reader's language).
  const option = useMemo(
    () => reportChartOption({ ...block.chart, unit: fmtUnit(block.chart.unit, language) }, LIGHT_PALETTE, { noValue: t('chart.noValue') }),
    [block.chart, language, t],
  );
  return (
    <figure className="report-chart">
      <figcaption>{block.title}</figcaption>
      <EChart option={option} height={320} ariaLabel={t('chart.label', { title: block.title })} />
    </figure>
  );
});

/** A heading of the report, under the page's own title (level 1 → h3). */
export function HeadingBlock({ block }: { block: Extract<ReportBlock, { kind: 'heading' }> }) {
  const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 1]!;
  return <Tag className={`report-heading report-heading-${block.level}`}>{block.text}</Tag>;
}
