// The document figure being accepted, as this feature reads it from the documents feature
// (documents.public.ts: findFigureForAcceptance / markFigureAccepted). Kept in one file so the
// shape the documents feature answers is mapped in one place.
import type { Executor } from '../../db/database';

export interface FigureCandidate {
  figureId: number;
  /** extracted | corrected | rejected | accepted */
  status: string;
  /** The organisation the figure is about, when the extraction resolved one. */
  organisationId: number | null;
  /** The catalogue code when matched, else null. */
  indicatorCode: string | null;
  period: string;
  kind: 'actual' | 'target' | 'plan' | 'forecast';
  value: string | null;
  unit: string | null;
  yoyPct: string | null;
  comparator: '>=' | '<=' | '=' | null;
  quote: string;
  document: { id: number; title: string; organisationId: number };
}

export interface FigureSource {
  find(exec: Executor, figureId: number): Promise<FigureCandidate | undefined>;
  markAccepted(exec: Executor, figureId: number, userId: number): Promise<void>;
  /** The figure back to extracted (or corrected) when its reference figure is withdrawn. */
  unmarkAccepted(exec: Executor, figureId: number): Promise<void>;
}
