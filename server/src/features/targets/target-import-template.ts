import ExcelJS from 'exceljs';
import type { Comparator, Locale } from '@hongtu/contracts';
import { isReportingUnit, isUnitCode, unitLabel } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { safeCell } from '../../platform/export/xlsx';
import { amountCell, amountFormat, HEADER_FILL, INPUT_FILL, indicatorName } from '../../platform/imports/template-cells';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { amountFromDb } from '../../db/amount-codec';
import { indicatorsRepository } from '../indicators/indicators.public';
import { organisationsRepository } from '../organisations/organisations.public';
import { q1ShareOf, targetKey } from './target-import-batch';
import { Q1_THROUGH_MONTH } from './target-import-rows';
import './period-targets.table';

type Labels = Record<Locale, string>;

/**
 * Texts of the targets template. The import recognises each header in any
 * of the three languages (target-import-sheet.ts), and ≥ / ≤, 以上 / 以内 and
 * 是 / yes in the cells.
 */
export const TARGET_TEMPLATE_LABELS = {
  sheet: { 'zh-CN': '年度目标', 'zh-TW': '年度目標', en: 'Annual targets' },
  title: { 'zh-CN': '{year}年 主要经济指标年度目标', 'zh-TW': '{year}年 主要經濟指標年度目標', en: 'Annual targets of key economic indicators, {year}' },
  hint: {
    'zh-CN': '每行一个组织的一个指标。请在黄色单元格中填写：目标值（按“单位”列，亦可改写单位如“万元”，导入时精确换算）、目标比较（≥ 以上 / ≤ 以内）、增速目标（%）、增速比较、一季度占比（%，累计完成全年目标的比例），或一季度目标值（一季度以金额下达的目标，与目标值同单位）及其比较；不设目标请在“无目标”列填“是”。空行不改变已有目标。',
    'zh-TW': '每列一個組織的一個指標。請在黃色儲存格中填寫：目標值（按「單位」欄，亦可改寫單位如「萬元」，匯入時精確換算）、目標比較（≥ 以上 / ≤ 以內）、增速目標（%）、增速比較、一季度佔比（%，累計完成全年目標的比例），或一季度目標值（一季度以金額下達的目標，與目標值同單位）及其比較；不設目標請在「無目標」欄填「是」。空列不改變已有目標。',
    en: 'One row per organisation and indicator. Fill in the yellow cells: target (in the "Unit" column\'s unit, which you may change, e.g. to 万元: it is converted exactly), comparator (≥ at least / ≤ at most), growth target (%), its comparator, Q1 share (% of the annual target due by the end of March), or a Q1 target stated as an amount (in the target\'s unit) and its comparator; write "yes" under "No target" for none. An empty row leaves the target as it is.',
  },
  orgCode: { 'zh-CN': '组织编码', 'zh-TW': '組織編碼', en: 'Organisation code' },
  orgName: { 'zh-CN': '组织名称', 'zh-TW': '組織名稱', en: 'Organisation' },
  indicatorCode: { 'zh-CN': '指标编码', 'zh-TW': '指標編碼', en: 'Indicator code' },
  indicatorName: { 'zh-CN': '指标名称', 'zh-TW': '指標名稱', en: 'Indicator' },
  unit: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Unit' },
  amount: { 'zh-CN': '目标值', 'zh-TW': '目標值', en: 'Target' },
  amountComparator: { 'zh-CN': '目标比较', 'zh-TW': '目標比較', en: 'Target comparator' },
  growth: { 'zh-CN': '增速目标(%)', 'zh-TW': '增速目標(%)', en: 'Growth target (%)' },
  growthComparator: { 'zh-CN': '增速比较', 'zh-TW': '增速比較', en: 'Growth comparator' },
  q1Share: { 'zh-CN': '一季度占比(%)', 'zh-TW': '一季度佔比(%)', en: 'Q1 share (%)' },
  noTarget: { 'zh-CN': '无目标', 'zh-TW': '無目標', en: 'No target' },
  q1Amount: { 'zh-CN': '一季度目标值', 'zh-TW': '一季度目標值', en: 'Q1 target' },
  q1Comparator: { 'zh-CN': '一季度目标比较', 'zh-TW': '一季度目標比較', en: 'Q1 comparator' },
  yes: { 'zh-CN': '是', 'zh-TW': '是', en: 'yes' },
} satisfies Record<string, Labels>;

const label = (key: keyof typeof TARGET_TEMPLATE_LABELS, locale: Locale, year?: number) =>
  TARGET_TEMPLATE_LABELS[key][locale].replace('{year}', String(year ?? ''));

/** Column order of the template; the import finds columns by their headers, not by position. */
export const TARGET_TEMPLATE_COLUMNS = [
  'orgCode', 'orgName', 'indicatorCode', 'indicatorName', 'unit', 'amount', 'amountComparator', 'growth', 'growthComparator', 'q1Share', 'noTarget',
  'q1Amount', 'q1Comparator',
] as const;
type Column = (typeof TARGET_TEMPLATE_COLUMNS)[number];
const INPUT: ReadonlySet<Column> = new Set(['amount', 'amountComparator', 'growth', 'growthComparator', 'q1Share', 'noTarget', 'q1Amount', 'q1Comparator']);
const WIDTHS: Record<Column, number> = {
  orgCode: 14, orgName: 18, indicatorCode: 22, indicatorName: 30, unit: 10, amount: 16, amountComparator: 10, growth: 12, growthComparator: 10, q1Share: 14, noTarget: 8, q1Amount: 16, q1Comparator: 12,
};
export const TARGET_TEMPLATE_HEADER_ROW = 3;

const comparatorText = (c: Comparator | null) => (c === null ? null : c === 'ge' ? '≥' : '≤');

/**
 * The year's targets of every district and zone in the caller's scope, one
 * row per organisation × indicator, pre-filled with what is stored.
 * Only the input cells are unlocked; the sheet is protected without a
 * password (against slips, not against the user).
 */
export function createTargetTemplate({ db, clock }: Deps) {
  return async (ctx: RequestContext, year: number) => {
    const actor = requireActor(ctx);
    const locale = ctx.locale;
    const [inScope, indicators, targets, q1Targets] = await Promise.all([
      organisationsRepository(db).listInSubtree(actor.organisationPath),
      indicatorsRepository(db).list(),
      db.selectFrom('targets as t').innerJoin('organisations as o', 'o.id', 't.organisation_id').selectAll('t')
        .where('t.year', '=', year).where('o.path', 'like', `${actor.organisationPath}%`).execute(),
      // Q1 targets stated as amounts, as the targets screen keeps them (period targets through March).
      db.selectFrom('period_targets as t').innerJoin('organisations as o', 'o.id', 't.organisation_id').selectAll('t')
        .where('t.year', '=', year).where('t.through_month', '=', Q1_THROUGH_MONTH).where('o.path', 'like', `${actor.organisationPath}%`).execute(),
    ]);
    const organisations = inScope.filter((o) => isReportingUnit(o.kind)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const byKey = new Map(targets.map((t) => [targetKey(t.year, t.organisation_id, t.indicator_id), t]));
    const q1ByKey = new Map(q1Targets.map((t) => [targetKey(t.year, t.organisation_id, t.indicator_id), t]));

    const workbook = new ExcelJS.Workbook();
    workbook.created = clock.now();
    workbook.creator = 'Hongtu 宏图';
    const sheet = workbook.addWorksheet(label('sheet', locale), { views: [{ state: 'frozen', ySplit: TARGET_TEMPLATE_HEADER_ROW, xSplit: 2 }] });
    sheet.columns = TARGET_TEMPLATE_COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
    const last = TARGET_TEMPLATE_COLUMNS.length;
    sheet.mergeCells(1, 1, 1, last);
    const title = sheet.getCell(1, 1);
    title.value = label('title', locale, year);
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.getRow(1).height = 26;
    sheet.mergeCells(2, 1, 2, last);
    const hint = sheet.getCell(2, 1);
    hint.value = label('hint', locale);
    hint.font = { italic: true, color: { argb: 'FF5B6472' } };
    hint.alignment = { wrapText: true, vertical: 'middle' };
    sheet.getRow(2).height = 48;
    const header = sheet.getRow(TARGET_TEMPLATE_HEADER_ROW);
    header.values = TARGET_TEMPLATE_COLUMNS.map((key) => label(key, locale));
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });

    for (const organisation of organisations) {
      for (const indicator of indicators) {
        const t = byKey.get(targetKey(year, organisation.id, indicator.id));
        const share = q1ShareOf(t?.schedule_json ?? null);
        const q1 = q1ByKey.get(targetKey(year, organisation.id, indicator.id));
        const values: Record<Column, string | number | null> = {
          orgCode: safeCell(organisation.code) as string,
          orgName: safeCell(organisation.name) as string,
          indicatorCode: indicator.code,
          indicatorName: safeCell(indicatorName(indicator, locale)) as string,
          unit: isUnitCode(indicator.unit) ? unitLabel(indicator.unit, locale) : indicator.unit,
          amount: amountCell(amountFromDb(t?.amount_target ?? null)),
          amountComparator: comparatorText(t?.amount_comparator ?? null),
          growth: amountCell(amountFromDb(t?.growth_target ?? null)),
          growthComparator: comparatorText(t?.growth_comparator ?? null),
          q1Share: amountCell(share),
          noTarget: t?.no_target === 1 ? label('yes', locale) : null,
          q1Amount: amountCell(amountFromDb(q1?.amount_target ?? null)),
          q1Comparator: comparatorText(q1?.amount_comparator ?? null),
        };
        const row = sheet.addRow(TARGET_TEMPLATE_COLUMNS.map((key) => values[key]));
        TARGET_TEMPLATE_COLUMNS.forEach((key, index) => {
          if (!INPUT.has(key)) return;
          const cell = row.getCell(index + 1);
          cell.protection = { locked: false };
          cell.fill = INPUT_FILL;
          if (key === 'amount' || key === 'q1Amount') cell.numFmt = amountFormat(indicator.decimals);
        });
      }
    }
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true });
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return { body, fileName: `targets-${year}.xlsx`, localName: `${label('sheet', locale)}-${year}.xlsx` };
  };
}
