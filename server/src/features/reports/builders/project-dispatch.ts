// 重点项目调度通报: the districts' major projects against their plans (investment completion against
// the plans' time progress, starts), then the projects behind, the projects that should have started
// and have not, and the problems past their due date with the department that must answer.
import type { ReportBlock } from '@hongtu/contracts/reports';
import { clauses, completionParts, districtListParts, NARRATIVE_RATE_PLACES, rateText, timeProgressParts, type NarrativePart, type ReportSpan } from '@hongtu/domain';
import type { BuildReportInput, DispatchInput } from './types';
import { sectionNumber } from './city';
import { label } from './labels';
import { type SourceBook, runsOf } from './sources';
import { numberCell, sheetName, textCell } from './tables';

export function projectDispatchTitle(input: BuildReportInput, span: ReportSpan): string {
  const who = input.scope.isCity ? '全市' : input.scope.name;
  return `关于${span.year}年${span.words}${who}重大项目推进情况的调度通报`;
}

const subject = (periodKey: string, organisationId: number | null, organisationName: string) => ({ organisationId, organisationName, indicator: null, periodKey });

export function projectDispatchBlocks(input: BuildReportInput, span: ReportSpan, book: SourceBook): ReportBlock[] {
  const { locale } = input;
  const d: DispatchInput = input.dispatch ?? { timeProgress: null, districts: [], behind: [], notStarted: [], overdueProblems: [] };
  const inScope = (organisationId: number | null, name: string) => input.scope.isCity || organisationId === input.scope.organisationId || name === input.scope.name;
  const districts = d.districts.filter((x) => inScope(x.organisationId, x.organisationName));
  const pk = input.snapshot.periodKey;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: `${sectionNumber(1)}总体推进情况` }];

  const ahead = districts.filter((x) => x.gap !== null && rateText(x.gap) !== '0' && !x.gap.startsWith('-'));
  const behind = districts.filter((x) => x.gap !== null && x.gap.startsWith('-') && rateText(x.gap) !== '0');
  for (const x of districts) {
    const s = subject(pk, x.organisationId, x.organisationName);
    const count = book.record(s, 'projectCount', String(x.projectCount));
    const plan = book.record(s, 'annualPlan', x.annualPlan);
    const ytd = book.record(s, 'ytdInvestment', x.ytdInvestment);
    const completion = x.completion === null ? null : { value: x.completion, ref: book.computed(s, 'completion', x.completion, [ytd, plan], '投资完成率 = 累计完成投资 ÷ 年度计划投资 × 100%') };
    const gap = x.gap === null ? null : { value: x.gap, ref: book.computed(s, 'progressGap', x.gap, completion ? [completion.ref] : [], '与时序进度之差 = 投资完成率 − 计划时序进度（个百分点）') };
    const started = book.record(s, 'started', String(x.started));
    const plannedStarts = book.record(s, 'plannedStarts', String(x.plannedStarts));
    const parts: NarrativePart[] = clauses([
      [{ text: `${x.organisationName}共有重大项目` }, { text: String(x.projectCount), ref: count }, { text: '个，年度计划投资' }, { text: rateText(x.annualPlan, { places: 2 }), ref: plan }, { text: '亿元，累计完成投资' }, { text: rateText(x.ytdInvestment, { places: 2 }), ref: ytd }, { text: '亿元' }],
      completion ? completionParts(completion, NARRATIVE_RATE_PLACES, '年度计划') : null,
      gap ? timeProgressParts(gap) : null,
      x.plannedStarts > 0 ? [{ text: '计划开工' }, { text: String(x.plannedStarts), ref: plannedStarts }, { text: '个、已开工' }, { text: String(x.started), ref: started }, { text: '个' }] : null,
    ], true);
    blocks.push({ kind: 'paragraph', runs: runsOf(parts) });
  }
  if (input.scope.isCity && districts.length > 0) {
    const s = subject(pk, null, '全市');
    const summary = clauses([
      districtListParts(ahead.map((x) => x.organisationName), '超时序进度', { ref: book.computed(s, 'countAhead', String(ahead.length), [], '投资完成率超时序进度的区数') }),
      districtListParts(behind.map((x) => x.organisationName), '低于时序进度', { ref: book.computed(s, 'countBehind', String(behind.length), [], '投资完成率低于时序进度的区数') }),
    ], true);
    if (summary.length > 0) blocks.push({ kind: 'paragraph', runs: runsOf(summary) });
  }

  if (districts.some((x) => x.completion !== null)) {
    blocks.push({
      kind: 'chart',
      title: '各区重大项目投资完成率',
      chart: {
        type: 'bar', unit: '%', categories: districts.map((x) => x.organisationName),
        series: [{ name: label('completionSeries', locale), values: districts.map((x) => (x.completion === null ? null : Number(rateText(x.completion)))) }],
        ...(d.timeProgress === null ? {} : { markLine: { name: label('timeProgress', locale), value: Number(rateText(d.timeProgress)) } }),
      },
    });
  }

  const behindProjects = d.behind.filter((p) => inScope(null, p.organisationName));
  const notStarted = d.notStarted.filter((p) => inScope(null, p.organisationName));
  const problems = d.overdueProblems.filter((p) => inScope(null, p.organisationName));
  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(2)}进度滞后项目` });
  blocks.push(behindProjects.length === 0 ? { kind: 'paragraph', runs: [{ text: '本期无进度滞后项目。' }] } : {
    kind: 'table', title: '进度滞后项目', sheetName: '进度滞后项目',
    columns: [{ label: label('project', locale) }, { label: label('district', locale) }, { label: label('annualPlan', locale) }, { label: label('ytdInvestment', locale) }, { label: label('completion', locale) }, { label: label('gap', locale) }],
    rows: behindProjects.map((p) => {
      const s = { ...subject(pk, null, p.organisationName), indicator: { code: `project:${p.projectId}`, name: p.name, unit: 'yi_yuan' } };
      return [
        textCell(p.name), textCell(p.organisationName),
        numberCell({ value: p.annualPlan, ref: book.record(s, 'annualPlan', p.annualPlan) }, 2),
        numberCell({ value: p.ytdInvestment, ref: book.record(s, 'ytdInvestment', p.ytdInvestment) }, 2),
        numberCell(p.completion === null ? null : { value: p.completion, ref: book.computed(s, 'completion', p.completion, [], '投资完成率 = 累计完成投资 ÷ 年度计划投资 × 100%') }, 1),
        numberCell(p.gap === null ? null : { value: p.gap, ref: book.computed(s, 'progressGap', p.gap, [], '与时序进度之差 = 投资完成率 − 计划时序进度（个百分点）') }, 1),
      ];
    }),
  });
  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(3)}计划开工未开工项目` });
  blocks.push(notStarted.length === 0 ? { kind: 'paragraph', runs: [{ text: '本期无计划开工未开工项目。' }] } : {
    kind: 'table', title: '计划开工未开工项目', sheetName: '未开工项目',
    columns: [{ label: label('project', locale) }, { label: label('district', locale) }, { label: label('plannedStart', locale) }],
    rows: notStarted.map((p) => [textCell(p.name), textCell(p.organisationName), textCell(p.plannedStart)]),
  });
  blocks.push({ kind: 'heading', level: 2, text: `${sectionNumber(4)}超期未办结问题` });
  blocks.push(problems.length === 0 ? { kind: 'paragraph', runs: [{ text: '本期无超期未办结问题。' }] } : {
    kind: 'table', title: '超期未办结问题', sheetName: sheetName('超期未办结问题'),
    columns: [{ label: label('project', locale) }, { label: label('district', locale) }, { label: label('problem', locale) }, { label: label('department', locale) }, { label: label('dueDate', locale) }, { label: label('daysOverdue', locale) }],
    rows: problems.map((p) => [
      textCell(p.projectName), textCell(p.organisationName), textCell(p.title), textCell(p.department ?? ''), textCell(p.dueDate),
      { text: String(p.daysOverdue), value: String(p.daysOverdue), numFmt: '0' },
    ]),
  });
  if (problems.length > 0) {
    const departments = [...new Set(problems.map((p) => p.department).filter((x): x is string => !!x))];
    if (departments.length > 0) blocks.push({ kind: 'paragraph', runs: [{ text: `请${departments.join('、')}于下次调度会前办结超期问题并书面说明原因。` }] });
  }
  return blocks;
}
