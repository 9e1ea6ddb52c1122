import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { BOARD_GROUPINGS, CARD_COLOURS, type BoardGrouping, type CardColour } from '@hongtu/domain';
import { apiDownload, type Query } from '../../../api/client';
import { downloadBlob } from '../../../lib/download';
import type { MonthFilter } from '../api';

export type BoardMode = BoardGrouping | 'cards';

/** The board's view in the URL (?view=indicator&colours=red&districts=3,5&indicators=gdp), so a view can be sent or printed again. */
export interface BoardView {
  mode: BoardMode;
  colours: CardColour[];
  districts: number[];
  indicators: string[];
}

const list = (text: string | null) => (text ? text.split(',').filter((x) => x !== '') : []);

export function readBoardView(params: URLSearchParams): BoardView {
  const view = params.get('view');
  return {
    mode: view === 'cards' || (BOARD_GROUPINGS as readonly string[]).includes(view ?? '') ? (view as BoardMode) : 'district',
    colours: list(params.get('colours')).filter((c): c is CardColour => (CARD_COLOURS as readonly string[]).includes(c)),
    districts: list(params.get('districts')).map(Number).filter((n) => Number.isInteger(n) && n > 0),
    indicators: list(params.get('indicators')),
  };
}

export function useBoardView(): [BoardView, (patch: Partial<BoardView>) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readBoardView(params), [params]);
  const set = useCallback(
    (patch: Partial<BoardView>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const put = (key: string, value: string) => (value === '' ? next.delete(key) : next.set(key, value));
          if (patch.mode !== undefined) put('view', patch.mode === 'district' ? '' : patch.mode);
          if (patch.colours !== undefined) put('colours', patch.colours.join(','));
          if (patch.districts !== undefined) put('districts', patch.districts.join(','));
          if (patch.indicators !== undefined) put('indicators', patch.indicators.join(','));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [view, set];
}

/** The query of the board's Excel export: the month, and the view as the page shows it. */
export function boardExportQuery(filter: MonthFilter, view: BoardView): Query {
  return {
    period: filter.period,
    groupId: filter.groupId,
    includeUnapproved: filter.includeUnapproved ? 'true' : undefined,
    groupBy: view.mode === 'indicator' ? 'indicator' : 'district',
    colours: view.colours.length ? view.colours.join(',') : undefined,
    districts: view.districts.length ? view.districts.join(',') : undefined,
    indicators: view.indicators.length ? view.indicators.join(',') : undefined,
  };
}

export async function downloadBoard(filter: MonthFilter, view: BoardView): Promise<void> {
  const { blob, filename } = await apiDownload('/api/dashboard/warnings.xlsx', { query: boardExportQuery(filter, view), fallbackName: `warnings-${filter.period}.xlsx` });
  downloadBlob(blob, filename);
}
