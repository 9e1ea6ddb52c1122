import type { Q1Board } from '@hongtu/contracts';
import { hasWeeks } from './weeklyOption';

type Row = Q1Board['rows'][number];
type Indicator = Q1Board['indicators'][number];

/**
 * The district and indicator the weekly chart opens on: the ones asked for (URL) when given; else
 * the reader's own district (or the first) on its first indicator with weekly figures, else the
 * first district and indicator that have any — the page opens on data, not an empty chart.
 */
export function chartPick(board: Q1Board, organisationId: number | undefined, indicatorCode: string | undefined): { row: Row | undefined; indicator: Indicator | undefined } {
  const askedRow = board.rows.find((r) => r.organisationId === organisationId);
  const askedIndicator = board.indicators.find((i) => i.code === indicatorCode);
  const withWeeks = (row: Row, indicator: Indicator) => {
    const cell = row.cells.find((c) => c.indicatorCode === indicator.code);
    return cell !== undefined && hasWeeks(cell);
  };
  const rows = askedRow ? [askedRow] : board.rows;
  const indicators = askedIndicator ? [askedIndicator] : board.indicators;
  for (const row of rows) {
    for (const indicator of indicators) if (withWeeks(row, indicator)) return { row, indicator };
  }
  // Nothing with weeks where asked: keep what was asked, else the first.
  return { row: askedRow ?? board.rows[0], indicator: askedIndicator ?? board.indicators[0] };
}
