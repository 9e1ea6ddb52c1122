import type { ReportDocument, ReportRun, ReportSource } from '@hongtu/contracts/reports';

// A paragraph of the report is a list of runs; the runs that carry a number name the source it was
// read from. The preview draws plain text as it is and every number as a control that opens its source.

export type Segment =
  | { kind: 'text'; text: string; bold: boolean }
  | { kind: 'number'; text: string; bold: boolean; sourceId: string; source: ReportSource | null };

/** The document's sources by id. */
export function sourceIndex(document: Pick<ReportDocument, 'sources'>): ReadonlyMap<string, ReportSource> {
  return new Map(document.sources.map((s) => [s.id, s]));
}

/**
 * The runs as the preview draws them: adjacent plain runs of the same weight joined, every run with a
 * source kept on its own (with its source, or null when the document does not hold it), empty runs dropped.
 */
export function splitRuns(runs: readonly ReportRun[], sources: ReadonlyMap<string, ReportSource>): Segment[] {
  const out: Segment[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const bold = run.bold === true;
    if (run.sourceId !== undefined) {
      out.push({ kind: 'number', text: run.text, bold, sourceId: run.sourceId, source: sources.get(run.sourceId) ?? null });
      continue;
    }
    const last = out.at(-1);
    if (last?.kind === 'text' && last.bold === bold) last.text += run.text;
    else out.push({ kind: 'text', text: run.text, bold });
  }
  return out;
}

/** How many numbers of the document can be traced to a source it holds (paragraph runs and table cells). */
export function traceableCount(document: Pick<ReportDocument, 'blocks' | 'sources'>): number {
  const ids = sourceIndex(document);
  let n = 0;
  for (const block of document.blocks) {
    if (block.kind === 'paragraph') n += block.runs.filter((r) => r.sourceId !== undefined && ids.has(r.sourceId)).length;
    if (block.kind === 'table') for (const row of block.rows) n += row.filter((c) => c.sourceId !== undefined && ids.has(c.sourceId)).length;
  }
  return n;
}

/** A computed value's inputs, each named by what it is (its unit, indicator and measure) or by its id when the document lacks it. */
export function inputsOf(source: ReportSource, sources: ReadonlyMap<string, ReportSource>): { id: string; source: ReportSource | null }[] {
  return source.inputs.map((id) => ({ id, source: sources.get(id) ?? null }));
}

/** "武昌区 · 地区生产总值 · 本年累计值" — what a source is, in a line (the measure named by `measureName`, as it is by default). */
export function sourceTitle(source: Pick<ReportSource, 'organisationName' | 'indicatorName' | 'measure'>, measureName: (code: string) => string = (code) => code): string {
  return [source.organisationName, source.indicatorName, measureName(source.measure)].filter((s) => s !== '').join(' · ');
}
