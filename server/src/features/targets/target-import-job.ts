import type { Locale } from '@hongtu/contracts';
import { indicatorIndex } from '../../platform/imports/indicator-match';
import type { SheetJob } from '../../platform/imports/sheet-jobs';
import type { IndicatorRow } from '../indicators/indicators.public';
import { TargetRowsBuilder, type TargetRows } from './target-import-columns';
import { targetParser, type ParsedTargets, type Q1AmountRow } from './target-import-rows';
import { organisationIndex, type OrganisationRef } from './target-import-sheet';

/** What the targets file is read against, sent to the import worker. */
export interface TargetJobInput {
  defaultYear: number;
  locale: Locale;
  /** Every organisation, with whether it lies in the actor's scope (one outside it is told apart for the audit trail). */
  organisations: (OrganisationRef & { inScope: boolean })[];
  indicators: IndicatorRow[];
}

export interface TargetJobOutput {
  rows: TargetRows;
  /** Q1 targets stated as amounts (period targets through March). */
  q1Amounts: Q1AmountRow[];
  outOfScope: string[];
}

/** The targets import's work in the import worker: every row read and checked by targetParser. */
export const job: SheetJob<TargetJobInput, TargetJobOutput> = {
  create(input) {
    const parsed: ParsedTargets = { targets: new TargetRowsBuilder(), q1Amounts: [], outOfScope: new Set() };
    const inScope = new Set(input.organisations.filter((o) => o.inScope).map((o) => o.id));
    const parser = targetParser({
      defaultYear: input.defaultYear,
      locale: input.locale,
      organisation: organisationIndex(input.organisations, (o) => inScope.has(o.id)),
      indicator: indicatorIndex(input.indicators),
    }, parsed);
    return { parser, finish: () => ({ rows: parsed.targets.finish(), q1Amounts: parsed.q1Amounts, outOfScope: [...parsed.outOfScope] }) };
  },
};
