import type { Comparator } from '@hongtu/contracts';
import { parseComparatorWord, parseUnitLabel, type UnitCode } from '@hongtu/domain';
import { cellText } from '../../platform/imports/cells';
import { normalised, normaliseText, withoutBrackets } from '../../platform/imports/header-text';
import type { SheetRow } from '../../platform/imports/xlsx-sheet';

/**
 * Reading a targets sheet in long format: one row per organisation ×
 * indicator (× year, when the sheet has a 年度 column), with the columns of
 * the template (target-import-template.ts) or their usual real-world spellings,
 * found by header text in any of the three languages.
 */
export type TargetColumnRole =
  | 'orgCode' | 'orgName' | 'indicatorCode' | 'indicatorName' | 'unit' | 'year'
  | 'amount' | 'amountComparator' | 'growth' | 'growthComparator' | 'q1Share' | 'q1Amount' | 'q1Comparator' | 'noTarget';

export interface TargetColumn {
  column: number;
  header: string;
  /** A unit written in the header ("目标值（万元）"): the column's values are in it. */
  unit: UnitCode | null;
}

export interface TargetHeader {
  row: number;
  columns: Partial<Record<TargetColumnRole, TargetColumn>>;
}

// Order matters: "无目标" before "目标", "增速比较" before "增速" and "比较", "组织编码" before "组织",
// "单位名称" (an organisation) before "单位" (a unit of measure).
const RULES: ReadonlyArray<[TargetColumnRole, RegExp]> = [
  ['noTarget', /无目标|^notarget$/],
  // A Q1 column is a share of the annual target (一季度占比, the bare 一季度 of earlier files), its
  // comparator, or else the Q1 target stated as an amount (一季度目标, 一季度任务, Q1 target).
  ['q1Share', /(一季度|^q1).*(占比|比例|比重|share|%)|^(一季度|q1)$/],
  ['q1Comparator', /(一季度|^q1).*(比较|方向|comparator)/],
  ['q1Amount', /一季度|^q1/],
  ['year', /^(年度|年份|年|year)$/],
  ['growthComparator', /(增速|增长|growth).*(比较|方向|comparator)/],
  ['growth', /增速|增长|增幅|growth/],
  ['amountComparator', /比较|方向|comparator/],
  ['orgCode', /(组织|单位|地区|区县|区划)(编码|代码|编号)|^(organisation|organization|org)code$/],
  ['indicatorCode', /指标(编码|代码|编号)|^indicatorcode$|^code$/],
  ['orgName', /组织|单位名称|地区|区县|县市区|^(organisation|organization|org|district)(name)?$/],
  ['indicatorName', /指标|项目|^indicator(name)?$|^item$/],
  ['unit', /^(计量)?单位$|^unit$/],
  ['amount', /目标|^target(value)?$|^value$/],
];

export function classifyTargetHeader(text: string): TargetColumnRole | null {
  const bare = withoutBrackets(normaliseText(text));
  if (bare === '') return null;
  for (const [role, pattern] of RULES) if (pattern.test(bare)) return role;
  return null;
}

/** The header row of a targets sheet (one of its first rows): it names an organisation, an indicator and a target column. */
export function targetHeaderOf(row: SheetRow): TargetHeader | null {
  const columns: TargetHeader['columns'] = {};
  row.cells.forEach((cell, column) => {
    const header = cellText(cell);
    const role = classifyTargetHeader(header);
    if (!role || columns[role]) return;
    columns[role] = { column, header, unit: parseUnitLabel(header) };
  });
  const c = columns;
  return (c.orgCode || c.orgName) && (c.indicatorCode || c.indicatorName) && (c.amount || c.growth || c.noTarget) ? { row: row.index, columns } : null;
}

const COMPARATORS = new Map<string, Comparator | null | undefined>();

/**
 * A comparator cell in the domain's words (≥ / 以上 / 力争 / at least → 'ge', ≤ / 以内 / 控制在 →
 * 'le'); null when empty; undefined when not understood or contradictory.
 */
export function parseComparator(text: string): Comparator | null | undefined {
  // A file repeats a handful of comparator words: each is looked up in the domain's list once.
  if (text.length <= 40) {
    if (!COMPARATORS.has(text)) {
      if (COMPARATORS.size >= 1000) COMPARATORS.clear();
      COMPARATORS.set(text, comparatorOf(text));
    }
    return COMPARATORS.get(text);
  }
  return comparatorOf(text);
}

function comparatorOf(text: string): Comparator | null | undefined {
  const t = withoutBrackets(normalised(text));
  return t === '' ? null : parseComparatorWord(t) ?? undefined;
}

const YES = new Set(['是', '是的', 'y', 'yes', 'true', '1', '√', '✓', '✔', '●', '无目标']);
const NO = new Set(['', '否', 'n', 'no', 'false', '0', '-', '--', '—', '/']);

/** The "no target" flag: "是" / yes / TRUE / √ → true; empty / 否 / no → false; undefined otherwise. */
export function parseFlag(text: string): boolean | undefined {
  const t = normalised(text);
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** Rows that sum others up are not organisations. */
export const TOTAL_ROW = /^(合计|总计|小计|共计|全市|total|sum)/;

export interface OrganisationRef {
  id: number;
  code: string;
  name: string;
  path: string;
}

export type OrganisationMatch = { kind: 'ok'; organisation: OrganisationRef } | { kind: 'unknown' | 'ambiguous' | 'outOfScope' };

/**
 * Finds organisations by code, else by name (Traditional, full-width and
 * blanks tolerated: compared as normaliseText). Every organisation is
 * searched so that an out-of-scope one can be told apart for the audit
 * trail; the user is told the same thing for both (no existence leak).
 */
export function organisationIndex(all: OrganisationRef[], inScope: (o: OrganisationRef) => boolean) {
  const byCode = new Map(all.map((o) => [normalised(o.code), o]));
  const byName = new Map<string, OrganisationRef[]>();
  for (const o of all) {
    const key = normalised(o.name);
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }
  return (code: string, name: string): OrganisationMatch => {
    if (code !== '') {
      const found = byCode.get(normalised(code));
      if (!found) return { kind: 'unknown' };
      return inScope(found) ? { kind: 'ok', organisation: found } : { kind: 'outOfScope' };
    }
    const candidates = byName.get(normalised(name)) ?? [];
    if (candidates.length === 0) return { kind: 'unknown' };
    const visible = candidates.filter(inScope);
    if (visible.length === 0) return { kind: 'outOfScope' };
    return visible.length === 1 ? { kind: 'ok', organisation: visible[0]! } : { kind: 'ambiguous' };
  };
}
