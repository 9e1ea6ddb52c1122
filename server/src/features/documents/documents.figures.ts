import type { DocumentFigure } from '@hongtu/contracts/documents';
import type { DocumentFigureRow } from './documents.table';

/** A stored figure as the contract gives it. */
export function figureOf(row: DocumentFigureRow): DocumentFigure {
  return {
    id: row.id,
    documentId: row.document_id,
    entity: row.entity,
    entityKind: row.entity_kind,
    entityKey: row.entity_key,
    organisationId: row.organisation_id,
    indicator: row.indicator,
    indicatorMatched: row.indicator_matched === 1,
    period: row.period,
    kind: row.kind,
    value: row.value,
    unit: row.unit,
    yoyPct: row.yoy_pct,
    vsTimeProgressPp: row.vs_time_progress_pp,
    comparator: row.comparator,
    quote: row.quote,
    start: row.start_offset,
    end: row.end_offset,
    status: row.status,
    correctedBy: row.corrected_by,
    correctedAt: row.corrected_at,
    reason: row.reason,
  };
}
