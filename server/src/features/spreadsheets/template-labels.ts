import type { Locale } from '@hongtu/contracts';
import { interpolate } from '../../platform/i18n/interpolate';

type Labels = Record<Locale, string>;

/**
 * Texts of the downloadable template. The import recognises every one of
 * these headers (see sheet-headers.ts), in any of the three languages, so a
 * template downloaded in English can be uploaded by a colleague in Chinese.
 */
export const TEMPLATE_LABELS = {
  sheet: { 'zh-CN': '月报', 'zh-TW': '月報', en: 'Monthly report' },
  title: {
    'zh-CN': '{organisation} {period} 主要经济指标月报',
    'zh-TW': '{organisation} {period} 主要經濟指標月報',
    en: '{organisation} — key economic indicators, {period}',
  },
  hint: {
    'zh-CN': '请在黄色单元格中填写本年累计、同比增速（%）和备注；数值按“单位”列填写；请勿修改指标名称。',
    'zh-TW': '請在黃色儲存格中填寫本年累計、同比增速（%）和備註；數值按「單位」欄填寫；請勿修改指標名稱。',
    en: 'Fill in the yellow cells: year-to-date, YoY growth (%) and note. Values are in the unit of the "Unit" column; do not change the indicator names.',
  },
  code: { 'zh-CN': '指标代码', 'zh-TW': '指標代碼', en: 'Code' },
  name: { 'zh-CN': '指标名称', 'zh-TW': '指標名稱', en: 'Indicator' },
  unit: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Unit' },
  previous: { 'zh-CN': '上月累计（{period}）', 'zh-TW': '上月累計（{period}）', en: 'Last month YTD ({period})' },
  lastYear: { 'zh-CN': '去年同期累计（{period}）', 'zh-TW': '去年同期累計（{period}）', en: 'Same period last year ({period})' },
  ytd: { 'zh-CN': '本年累计（{period}）', 'zh-TW': '本年累計（{period}）', en: 'Year-to-date ({period})' },
  yoy: { 'zh-CN': '同比增速（%）', 'zh-TW': '同比增速（%）', en: 'Reported YoY growth (%)' },
  note: { 'zh-CN': '备注', 'zh-TW': '備註', en: 'Note' },
  // The lines a 统计报表 carries under its table, and what the number cells accept.
  head: { 'zh-CN': '单位负责人：', 'zh-TW': '單位負責人：', en: 'Head of unit:' },
  filler: { 'zh-CN': '填表人：', 'zh-TW': '填表人：', en: 'Filled in by:' },
  phone: { 'zh-CN': '联系电话：', 'zh-TW': '聯絡電話：', en: 'Telephone:' },
  reportDate: { 'zh-CN': '报出日期：', 'zh-TW': '報出日期：', en: 'Date reported:' },
  dateBlank: { 'zh-CN': '　　年　　月　　日', 'zh-TW': '　　年　　月　　日', en: '____-__-__' },
  ytdPrompt: {
    'zh-CN': '填写本年累计数值，单位：{unit}，最多 {decimals} 位小数；不填写单位和文字',
    'zh-TW': '填寫本年累計數值，單位：{unit}，最多 {decimals} 位小數；不填寫單位和文字',
    en: 'Year-to-date as a number in {unit}, at most {decimals} decimals; no unit or words',
  },
  yoyPrompt: {
    'zh-CN': '填写同比增速（%），如 4.6 或 -3.2',
    'zh-TW': '填寫同比增速（%），如 4.6 或 -3.2',
    en: 'Growth on last year (%), e.g. 4.6 or -3.2',
  },
  numberError: {
    'zh-CN': '请填写数字（不含单位和文字）',
    'zh-TW': '請填寫數字（不含單位和文字）',
    en: 'Enter a number (no unit or words)',
  },
} satisfies Record<string, Labels>;

export function templateLabel(key: keyof typeof TEMPLATE_LABELS, locale: Locale, params: Record<string, string> = {}): string {
  return interpolate(TEMPLATE_LABELS[key][locale], params);
}
