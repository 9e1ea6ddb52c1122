// The bulletin's snapshot at the size for the reports benchmark, apart from the renderers so
// that the --in=worker mode loads them in the worker only, as the server does.
import type { Overview } from '@hongtu/contracts/dashboards';
import { demoOverview } from '@hongtu/server/src/features/reports/builders/demo-overview.test-helpers';

/** The demo's overview widened to `units` rows and `indicators` columns (copies under new ids and codes). */
export function wideOverview(units: number, indicators: number): Overview {
  const base = demoOverview(2022, 9, 9);
  const codes = Array.from({ length: indicators }, (_, i) => {
    const source = base.indicators[i % base.indicators.length]!;
    const copy = Math.floor(i / base.indicators.length);
    return { source, code: copy === 0 ? source.code : `${source.code}_${copy}`, name: copy === 0 ? source.name : `${source.name}（${copy + 1}）` };
  });
  const rows = Array.from({ length: units }, (_, u) => {
    const row = base.rows[u % base.rows.length]!;
    const copy = Math.floor(u / base.rows.length);
    return {
      ...row, organisationId: 10_000 + u, organisationName: copy === 0 ? row.organisationName : `${row.organisationName}${copy + 1}`,
      cells: codes.map((c) => ({ ...row.cells.find((cell) => cell.indicatorCode === c.source.code)!, indicatorCode: c.code })),
    };
  });
  return {
    ...base, rows,
    indicatorCodes: codes.map((c) => c.code),
    indicators: codes.map((c) => ({ ...c.source, code: c.code, name: c.name })),
    averages: codes.map((c) => ({ ...base.averages.find((a) => a.indicatorCode === c.source.code)!, indicatorCode: c.code })),
  };
}
