import type { Locale } from '@hongtu/contracts';
import { PROJECT_LIMITS } from '@hongtu/contracts/projects';
import {
  PROJECT_CATEGORIES,
  PROJECT_LEVELS,
  PROJECT_MILESTONES,
  PROJECT_STAGES,
  PROJECT_TAGS,
  PROJECT_YEAR_STATUSES,
  convert,
  fromScaled,
  parseUnitLabel,
  toPlainString,
  toScaled,
  type ProjectMilestone,
  type UnitCode,
} from '@hongtu/domain';
import { cellText, readScaled, type CellContent } from '../../platform/imports/cells';
import { normalised, withoutBrackets } from '../../platform/imports/header-text';
import type { RowPlace } from '../../platform/imports/read-sheets';
import type { SheetRow } from '../../platform/imports/xlsx-sheet';
import { PROJECT_LABELS } from './projects.labels';

// The columns of the project library workbook: what the export writes and the import reads back.
// A column is found by its header in any of the three languages (Traditional read as Simplified,
// brackets and blanks ignored), so a sheet with fewer columns, in another order, still reads.

type Milestone = ProjectMilestone;
export type DateKey = `planned.${Milestone}` | `actual.${Milestone}`;
export type ColumnKey =
  | 'code' | 'name' | 'organisation' | 'level' | 'category' | 'industry' | 'ownerName' | 'ownerCreditCode'
  | 'totalInvestment' | 'planYear' | 'annualPlan' | 'yearStatus' | 'stage' | DateKey
  | 'contactLeader' | 'responsibleDepartment' | 'taskForce' | 'address' | 'longitude' | 'latitude' | 'tags'
  | 'monthInvestment' | 'ytdInvestment' | 'progressText' | 'problems' | 'nextSteps' | 'inStatistics' | 'reportStatus';

type Labels = Record<Locale, string>;
const L = (zhCN: string, zhTW: string, en: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

const dateLabels = (which: 'planned' | 'actual', m: Milestone): Labels => ({
  'zh-CN': `${PROJECT_LABELS['zh-CN'].which[which]}${PROJECT_LABELS['zh-CN'].milestone[m]}日期`,
  'zh-TW': `${PROJECT_LABELS['zh-TW'].which[which]}${PROJECT_LABELS['zh-TW'].milestone[m]}日期`,
  en: `${which === 'planned' ? 'Planned' : 'Actual'} ${PROJECT_LABELS.en.milestone[m]} date`,
});

/** Every column in the order the export writes them; the library's, then the month's report. */
export const PROJECT_COLUMNS: readonly { key: ColumnKey; labels: Labels; width: number }[] = [
  { key: 'code', labels: L('项目编号', '項目編號', 'Project code'), width: 18 },
  { key: 'name', labels: L('项目名称', '項目名稱', 'Project name'), width: 34 },
  { key: 'organisation', labels: L('所属区', '所屬區', 'District'), width: 12 },
  { key: 'level', labels: L('项目级别', '項目級別', 'Level'), width: 10 },
  { key: 'category', labels: L('项目类别', '項目類別', 'Category'), width: 18 },
  { key: 'industry', labels: L('所属行业', '所屬行業', 'Industry'), width: 14 },
  { key: 'ownerName', labels: L('业主单位', '業主單位', 'Owner'), width: 24 },
  { key: 'ownerCreditCode', labels: L('统一社会信用代码', '統一社會信用代碼', 'Credit code'), width: 22 },
  { key: 'totalInvestment', labels: L('总投资（万元）', '總投資（萬元）', 'Total investment (万元)'), width: 16 },
  { key: 'planYear', labels: L('计划年度', '計劃年度', 'Plan year'), width: 10 },
  { key: 'annualPlan', labels: L('年度计划投资（万元）', '年度計劃投資（萬元）', 'Annual plan (万元)'), width: 18 },
  { key: 'yearStatus', labels: L('年度状态', '年度狀態', 'Status in the year'), width: 10 },
  { key: 'stage', labels: L('项目阶段', '項目階段', 'Stage'), width: 10 },
  ...(['planned', 'actual'] as const).flatMap((which) => PROJECT_MILESTONES.map((m) => ({ key: `${which}.${m}` as DateKey, labels: dateLabels(which, m), width: 14 }))),
  { key: 'contactLeader', labels: L('包联领导', '包聯領導', 'Contact leader'), width: 12 },
  { key: 'responsibleDepartment', labels: L('责任部门', '責任部門', 'Responsible department'), width: 14 },
  { key: 'taskForce', labels: L('工作专班', '工作專班', 'Task force'), width: 14 },
  { key: 'address', labels: L('项目地址', '項目地址', 'Address'), width: 24 },
  { key: 'longitude', labels: L('经度', '經度', 'Longitude'), width: 11 },
  { key: 'latitude', labels: L('纬度', '緯度', 'Latitude'), width: 11 },
  { key: 'tags', labels: L('项目标签', '項目標籤', 'Tags'), width: 16 },
  { key: 'monthInvestment', labels: L('本月完成投资（万元）', '本月完成投資（萬元）', 'Investment this month (万元)'), width: 18 },
  { key: 'ytdInvestment', labels: L('本年累计完成投资（万元）', '本年累計完成投資（萬元）', 'Investment year to date (万元)'), width: 20 },
  { key: 'progressText', labels: L('形象进度', '形象進度', 'Visual progress'), width: 30 },
  { key: 'problems', labels: L('存在问题', '存在問題', 'Problems'), width: 24 },
  { key: 'nextSteps', labels: L('下步计划', '下步計劃', 'Next steps'), width: 24 },
  { key: 'inStatistics', labels: L('是否入库纳统', '是否入庫納統', 'In statistics'), width: 12 },
  { key: 'reportStatus', labels: L('月报状态（仅供参考）', '月報狀態（僅供參考）', 'Report status (for reference)'), width: 14 },
];

export const REPORT_COLUMNS: readonly ColumnKey[] = ['monthInvestment', 'ytdInvestment', 'progressText', 'problems', 'nextSteps', 'inStatistics'];
export const AMOUNT_COLUMNS: readonly ColumnKey[] = ['totalInvestment', 'annualPlan', 'monthInvestment', 'ytdInvestment'];

const headerKey = (text: string) => normalised(withoutBrackets(text));
const BY_HEADER = new Map<string, ColumnKey>(PROJECT_COLUMNS.flatMap((c) => Object.values(c.labels).map((label) => [headerKey(label), c.key] as const)));

export interface ProjectHeader {
  row: number;
  /** Column number (A = 1) of each column found. */
  columns: Partial<Record<ColumnKey, number>>;
  /** The unit an amount column's header names ("总投资（亿元）"), when it is not 万元. */
  units: Partial<Record<ColumnKey, UnitCode>>;
}

/** The header row of a project sheet: the project's name (or code) and at least two more known columns. */
export function projectHeader(row: SheetRow): ProjectHeader | null {
  const columns: ProjectHeader['columns'] = {};
  const units: ProjectHeader['units'] = {};
  row.cells.forEach((cell, column) => {
    const text = cellText(cell);
    if (text === '') return;
    const key = BY_HEADER.get(headerKey(text));
    if (!key || columns[key] !== undefined) return;
    columns[key] = column;
    if (AMOUNT_COLUMNS.includes(key)) {
      const unit = parseUnitLabel(text);
      if (unit && unit !== 'wan_yuan') units[key] = unit;
    }
  });
  const found = Object.keys(columns).length;
  return (columns.name !== undefined || columns.code !== undefined) && found >= 3 ? { row: row.index, columns, units } : null;
}

/** Vocabulary values by any language's label or by code, compared as headers are. */
function vocabulary<T extends string>(values: readonly T[], labelsOf: (locale: Locale) => Record<T, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(headerKey(value), value);
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) map.set(headerKey(labelsOf(locale)[value]), value);
  }
  return map;
}
const LEVELS = vocabulary(PROJECT_LEVELS, (l) => PROJECT_LABELS[l].level);
const CATEGORIES = vocabulary(PROJECT_CATEGORIES, (l) => PROJECT_LABELS[l].category);
const YEAR_STATUSES = vocabulary(PROJECT_YEAR_STATUSES, (l) => PROJECT_LABELS[l].yearStatus);
const STAGES = vocabulary(PROJECT_STAGES, (l) => PROJECT_LABELS[l].stage);
const TAGS = vocabulary(PROJECT_TAGS, (l) => PROJECT_LABELS[l].tag);
// Level names are also written short ("市级", "市重点项目").
for (const [short, level] of [['省级', 'province'], ['市级', 'city'], ['区级', 'district'], ['省重点项目', 'province'], ['市重点项目', 'city'], ['区重点项目', 'district']] as const) LEVELS.set(headerKey(short), level);
const YES = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓', '已入库', '已纳统'].map(headerKey));
const NO = new Set(['否', 'no', 'n', 'false', '0', '×', '未入库', '未纳统'].map(headerKey));

/** One project row as read: a key absent = its column is not in the sheet; null = the cell is empty. */
export interface ImportedProject {
  sheet: string;
  row: number;
  /** A cell of the row had a problem (reported): the row is not checked further. */
  invalid: boolean;
  code?: string | null;
  name?: string | null;
  organisation?: string | null;
  level?: (typeof PROJECT_LEVELS)[number] | null;
  category?: (typeof PROJECT_CATEGORIES)[number] | null;
  industry?: string | null;
  ownerName?: string | null;
  ownerCreditCode?: string | null;
  /** Amounts as exact decimal text of 万元. */
  totalInvestment?: string | null;
  annualPlan?: string | null;
  planYear?: number | null;
  yearStatus?: (typeof PROJECT_YEAR_STATUSES)[number] | null;
  stage?: (typeof PROJECT_STAGES)[number] | null;
  planned: Partial<Record<Milestone, string | null>>;
  actual: Partial<Record<Milestone, string | null>>;
  contactLeader?: string | null;
  responsibleDepartment?: string | null;
  taskForce?: string | null;
  address?: string | null;
  longitude?: number | null;
  latitude?: number | null;
  tags?: (typeof PROJECT_TAGS)[number][] | null;
  monthInvestment?: string | null;
  ytdInvestment?: string | null;
  progressText?: string | null;
  problems?: string | null;
  nextSteps?: string | null;
  inStatistics?: boolean | null;
}

const TEXT_LIMITS: Partial<Record<ColumnKey, number>> = {
  code: PROJECT_LIMITS.codeLength, name: PROJECT_LIMITS.nameLength, organisation: 100, industry: PROJECT_LIMITS.shortText,
  ownerName: PROJECT_LIMITS.ownerLength, ownerCreditCode: 40, contactLeader: PROJECT_LIMITS.shortText,
  responsibleDepartment: PROJECT_LIMITS.shortText, taskForce: PROJECT_LIMITS.shortText, address: PROJECT_LIMITS.addressLength,
  progressText: PROJECT_LIMITS.reportText, problems: PROJECT_LIMITS.reportText, nextSteps: PROJECT_LIMITS.reportText,
};
const MULTILINE = new Set<ColumnKey>(['progressText', 'problems', 'nextSteps']);
/** The export writes "'=…" for text that looks like a formula (safeCell); the value is the text without it. */
const restoreNeutralised = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

/** "2026-03-15", "2026/3/15", "2026.03.15", "2026年3月15日" (or a date cell) → "2026-03-15"; null when no real date. */
export function readDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * Reads one row under the header into an ImportedProject, reporting each cell that cannot be
 * read (an unknown category, a date that is no date, a number that is no number …). A row
 * without any value is skipped (null).
 */
export function readProjectRow(row: SheetRow, header: ProjectHeader, place: RowPlace, locale: Locale): ImportedProject | null {
  const cell = (key: ColumnKey): CellContent | undefined => {
    const column = header.columns[key];
    return column === undefined ? undefined : (row.cells[column] ?? { kind: 'empty' });
  };
  const hasValue = Object.entries(header.columns).some(([key, column]) => key !== 'reportStatus' && cellText(row.cells[column] ?? { kind: 'empty' }) !== '');
  if (!hasValue) return null;
  const out: ImportedProject = { sheet: place.sheet, row: row.index, invalid: false, planned: {}, actual: {} };
  const label = (key: ColumnKey) => PROJECT_COLUMNS.find((c) => c.key === key)!.labels[locale];
  const problem = (key: ColumnKey, code: Parameters<RowPlace['problem']>[1], params: Record<string, string | number> = {}) => {
    out.invalid = true;
    place.problem(header.columns[key] ?? null, code, params);
  };

  const text = (key: ColumnKey): string | null | undefined => {
    const c = cell(key);
    if (c === undefined) return undefined;
    const value = restoreNeutralised(cellText(c));
    if (value === '') return null;
    const max = TEXT_LIMITS[key];
    if (max !== undefined && value.length > max) {
      problem(key, 'PROJECT_IMPORT_TEXT_TOO_LONG', { column: label(key), max });
      return null;
    }
    // eslint-disable-next-line no-control-regex -- control characters are refused as the forms refuse them
    if ((MULTILINE.has(key) ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/).test(value)) {
      problem(key, 'PROJECT_IMPORT_UNKNOWN_VALUE', { column: label(key), value: value.slice(0, 40) });
      return null;
    }
    return value;
  };
  const choice = <T extends string>(key: ColumnKey, values: Map<string, T>): T | null | undefined => {
    const value = text(key);
    if (value === undefined || value === null) return value;
    const found = values.get(headerKey(value));
    if (found === undefined) problem(key, 'PROJECT_IMPORT_UNKNOWN_VALUE', { column: label(key), value: value.slice(0, 40) });
    return found ?? null;
  };
  const amount = (key: ColumnKey): string | null | undefined => {
    const c = cell(key);
    if (c === undefined) return undefined;
    const read = readScaled(c);
    if (read.kind === 'empty') return null;
    if (read.kind === 'invalid') {
      problem(key, read.code, read.params);
      return null;
    }
    const unit = header.units[key];
    if (!unit) return toPlainString(fromScaled(read.scaled));
    try {
      return toPlainString(fromScaled(toScaled(convert(fromScaled(read.scaled), unit, 'wan_yuan'))));
    } catch {
      problem(key, 'NUMBER_TOO_PRECISE', { value: cellText(c).slice(0, 40) });
      return null;
    }
  };
  const number = (key: ColumnKey, min: number, max: number, integer: boolean): number | null | undefined => {
    const c = cell(key);
    if (c === undefined) return undefined;
    const read = readScaled(c);
    if (read.kind === 'empty') return null;
    const value = read.kind === 'ok' ? Number(toPlainString(fromScaled(read.scaled))) : Number.NaN;
    if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
      problem(key, 'PROJECT_IMPORT_UNKNOWN_VALUE', { column: label(key), value: cellText(c).slice(0, 40) });
      return null;
    }
    return value;
  };
  const date = (key: DateKey): string | null | undefined => {
    const value = text(key);
    if (value === undefined || value === null) return value;
    const iso = readDate(value);
    if (iso === null) problem(key, 'PROJECT_IMPORT_DATE_INVALID', { value: value.slice(0, 40) });
    return iso;
  };
  const set = <K extends keyof ImportedProject>(key: K, value: ImportedProject[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };

  set('code', text('code'));
  set('name', text('name'));
  set('organisation', text('organisation'));
  set('level', choice('level', LEVELS));
  set('category', choice('category', CATEGORIES));
  set('industry', text('industry'));
  set('ownerName', text('ownerName'));
  set('ownerCreditCode', text('ownerCreditCode'));
  set('totalInvestment', amount('totalInvestment'));
  set('planYear', number('planYear', 2000, 2100, true));
  set('annualPlan', amount('annualPlan'));
  set('yearStatus', choice('yearStatus', YEAR_STATUSES));
  set('stage', choice('stage', STAGES));
  for (const m of PROJECT_MILESTONES) {
    const planned = date(`planned.${m}`);
    if (planned !== undefined) out.planned[m] = planned;
    const actual = date(`actual.${m}`);
    if (actual !== undefined) out.actual[m] = actual;
  }
  set('contactLeader', text('contactLeader'));
  set('responsibleDepartment', text('responsibleDepartment'));
  set('taskForce', text('taskForce'));
  set('address', text('address'));
  set('longitude', number('longitude', 73, 136, false));
  set('latitude', number('latitude', 3, 54, false));
  const tags = text('tags');
  if (tags !== undefined) {
    const found: (typeof PROJECT_TAGS)[number][] = [];
    for (const part of (tags ?? '').split(/[、,，;；/|\s]+/).filter(Boolean)) {
      const tag = TAGS.get(headerKey(part));
      if (tag === undefined) problem('tags', 'PROJECT_IMPORT_UNKNOWN_VALUE', { column: label('tags'), value: part.slice(0, 40) });
      else if (!found.includes(tag)) found.push(tag);
    }
    out.tags = found;
  }
  set('monthInvestment', amount('monthInvestment'));
  set('ytdInvestment', amount('ytdInvestment'));
  set('progressText', text('progressText'));
  set('problems', text('problems'));
  set('nextSteps', text('nextSteps'));
  const statistics = text('inStatistics');
  if (statistics !== undefined) {
    const key = statistics === null ? null : headerKey(statistics);
    if (key === null) out.inStatistics = null;
    else if (YES.has(key)) out.inStatistics = true;
    else if (NO.has(key)) out.inStatistics = false;
    else problem('inStatistics', 'PROJECT_IMPORT_UNKNOWN_VALUE', { column: label('inStatistics'), value: (statistics ?? '').slice(0, 40) });
  }
  if (out.name == null && out.code == null) problem('name', 'PROJECT_IMPORT_REQUIRED', { column: label('name') });
  return out;
}
