import type { Locale } from '@hongtu/contracts';
import { periodLabel, type Period, type PeriodMention } from '@hongtu/domain';
import { normalised } from '../../platform/imports/header-text';

/**
 * What a file says about whom it is for: organisation names in a title, a sheet name or a file
 * name, compared with the district-month being reported (DOMAIN.md "Excel imports").
 */
export interface OrganisationNames {
  /** The reporting unit's name. */
  name: string;
  /** Names that are the unit's own: itself, the organisations above it and its streets. */
  own: string[];
  /** Every other organisation's name (other districts, zones and their streets). */
  others: string[];
}

export interface NamedOrganisations {
  own: boolean;
  /** Other organisations named, as the caller gave their names. */
  others: string[];
}

/** The organisations a text names; the unit's own names are taken out first, so "武汉市武昌区" names only its own. */
export function organisationsNamed(text: string, names: OrganisationNames): NamedOrganisations {
  let rest = normalised(text);
  let own = false;
  const byLength = (list: string[]) => list.map((name) => ({ name, key: normalised(name) })).filter((n) => n.key.length >= 2).sort((a, b) => b.key.length - a.key.length);
  for (const { key } of byLength(names.own)) {
    if (!rest.includes(key)) continue;
    own = true;
    rest = rest.split(key).join('\u0000');
  }
  const others: string[] = [];
  for (const { name, key } of byLength(names.others)) {
    if (!rest.includes(key)) continue;
    others.push(name);
    rest = rest.split(key).join('\u0000');
  }
  return { own, others };
}

/** The period being reported as the messages write it: "2026年1-11月", "Jan–Nov 2026". */
export const reportedLabel = (p: Period, locale: Locale) => periodLabel(p, locale, { withYear: true, style: 'months' });

/** A period a file names, as written. */
export const mentionLabel = (m: PeriodMention) => m.text;

const QUOTES: Record<Locale, (s: string) => string> = { 'zh-CN': (s) => `“${s}”`, 'zh-TW': (s) => `「${s}」`, en: (s) => `"${s}"` };
const COLUMN: Record<Locale, (c: string) => string> = { 'zh-CN': (c) => `${c}列`, 'zh-TW': (c) => `${c}欄`, en: (c) => `column ${c}` };

/** "“初报”（C列）、“本年累计”（D列）" in the caller's language. */
export function columnList(columns: readonly { column: string; header: string }[], locale: Locale): string {
  const items = columns.map((c) => (locale === 'en' ? `${QUOTES.en(c.header)} (${COLUMN.en(c.column)})` : `${QUOTES[locale](c.header)}（${COLUMN[locale](c.column)}）`));
  return items.join(locale === 'en' ? ', ' : '、');
}

/** Where a unit was written, for a message about two that disagree. */
export type UnitSource = 'cell' | 'row' | 'name' | 'column' | 'sheet';
const SOURCES: Record<UnitSource, Record<Locale, string>> = {
  cell: { 'zh-CN': '单元格', 'zh-TW': '儲存格', en: 'the cell' },
  row: { 'zh-CN': '单位列', 'zh-TW': '單位欄', en: 'the unit column' },
  name: { 'zh-CN': '指标名称', 'zh-TW': '指標名稱', en: 'the indicator name' },
  column: { 'zh-CN': '列标题', 'zh-TW': '欄標題', en: 'the column header' },
  sheet: { 'zh-CN': '单位行', 'zh-TW': '單位列', en: 'the unit line' },
};
export const sourceLabel = (source: UnitSource, locale: Locale) => SOURCES[source][locale];
