// The sources of a report's numbers: every number of a sentence or a cell names the stored figure
// it was read from (origin 'figure'; the server fills in the submission, version and approval), the
// target or project record (origin 'record'), or how it was computed from them (origin 'computed',
// the formula in words and the sources it was computed from).
import type { Overview } from '@hongtu/contracts/dashboards';
import type { ReportRun, ReportSource } from '@hongtu/contracts/reports';
import type { NarrativePart } from '@hongtu/domain';

type Indicator = Overview['indicators'][number];

export interface SourceSubject {
  organisationId: number | null;
  organisationName: string;
  indicator: Pick<Indicator, 'code' | 'name' | 'unit'> | null;
  periodKey: string;
}

/** The words of each computed measure: what it is computed from. */
export const FORMULAS: Readonly<Record<string, string>> = {
  yoy: '同比增长 =（本年累计 ÷ 上年同期累计 − 1）× 100%',
  completion: '完成率 = 累计完成 ÷ 年度目标 × 100%',
  progressGap: '与时序进度之差 = 完成率 − 时序进度（个百分点）',
  timeProgress: '时序进度 = 已过月数 ÷ 12 × 100%（或目标的进度安排）',
  rank: '按排序指标在全市各区中排位（并列同位）',
  groupRank: '按排序指标在所属片区中排位（并列同位）',
  growthChange: '增速变化 = 本期增速 − 上期增速（均按公布的一位小数，个百分点）',
  growthGap: '增速与目标之差 = 增速 − 年度增长目标（个百分点）',
  citySumYtd: '全市合计 = 各区累计之和（重叠区域只计一次）',
  cityCompletion: '全市完成率 = 各区累计之和 ÷ 各区目标之和 × 100%',
  cityYoy: '全市增速 =（各区累计之和 ÷ 各区上年同期之和 − 1）× 100%',
  count: '按条件计数',
};

/** Collects the report's sources, one per number, with ids stable for the same snapshot. */
export class SourceBook {
  private readonly byId = new Map<string, ReportSource>();

  private put(id: string, subject: SourceSubject, measure: string, value: string, origin: ReportSource['origin'], formula: string | null, inputs: string[]): string {
    if (!this.byId.has(id)) {
      this.byId.set(id, {
        id,
        organisationId: subject.organisationId,
        organisationName: subject.organisationName,
        indicatorCode: subject.indicator?.code ?? null,
        indicatorName: subject.indicator?.name ?? '',
        periodKey: subject.periodKey,
        measure,
        value,
        unit: measure === 'rank' || measure === 'groupRank' || measure === 'count' ? '' : unitOfMeasure(measure, subject.indicator?.unit ?? ''),
        origin,
        formula,
        inputs,
        submissionId: null,
        version: null,
        approvedAt: null,
        approvedBy: null,
      });
    }
    return id;
  }

  private static id(measure: string, subject: SourceSubject): string {
    return `${subject.periodKey}:${subject.organisationId ?? 'city'}:${subject.indicator?.code ?? '-'}:${measure}`;
  }

  /** A stored figure (YTD, the reported growth, last year's same period). */
  figure(subject: SourceSubject, measure: string, value: string): string {
    return this.put(SourceBook.id(measure, subject), subject, measure, value, 'figure', null, []);
  }

  /** A stored record that is not a figure (a target, a project, a problem). */
  record(subject: SourceSubject, measure: string, value: string): string {
    return this.put(SourceBook.id(measure, subject), subject, measure, value, 'record', null, []);
  }

  /** A computed value, with the formula of its measure (or the one given) and its inputs. */
  computed(subject: SourceSubject, measure: string, value: string, inputs: string[], formula?: string): string {
    return this.put(SourceBook.id(measure, subject), subject, measure, value, 'computed', formula ?? FORMULAS[measure] ?? measure, inputs);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  list(): ReportSource[] {
    return [...this.byId.values()];
  }
}

function unitOfMeasure(measure: string, indicatorUnit: string): string {
  if (['yoy', 'reportedYoy', 'reportedYoyComparable', 'completion', 'timeProgress', 'cityCompletion', 'cityYoy', 'growthTarget'].includes(measure)) return 'percent';
  if (['progressGap', 'growthChange', 'growthGap'].includes(measure)) return 'pp';
  return indicatorUnit;
}

/** A sentence's parts as a paragraph's runs: a number's reference becomes its source id. */
export function runsOf(parts: readonly NarrativePart[]): ReportRun[] {
  return parts.map((p) => (p.ref === undefined ? { text: p.text } : { text: p.text, sourceId: p.ref }));
}
