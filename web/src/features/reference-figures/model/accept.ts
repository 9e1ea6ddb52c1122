import type { DocumentFigure } from '@hongtu/contracts/documents';
import { monthOfFigurePeriod, periodKey } from '@hongtu/domain';

export interface AcceptValues {
  organisationId?: number;
  indicatorCode?: string;
  periodKey?: string;
  value?: string;
  unit?: string;
  yoyPct?: string;
}

/** The form values a figure starts with: its district, matched indicator, the month its period ends, its value as written. */
export function initialValues(figure: DocumentFigure): AcceptValues {
  const month = monthOfFigurePeriod(figure.period);
  return {
    organisationId: figure.organisationId ?? undefined,
    indicatorCode: figure.indicatorMatched ? figure.indicator : undefined,
    periodKey: month ? periodKey(month) : undefined,
    value: figure.value ?? undefined,
    unit: figure.unit ?? undefined,
    yoyPct: figure.yoyPct ?? undefined,
  };
}

