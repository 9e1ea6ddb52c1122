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
    'zh-CN': '请在黄色单元格中填写本年累计、同比增速（%）和备注；数值按“单位”列填写，亦可在表头注明（万元）；请勿修改指标代码。',
    'zh-TW': '請在黃色儲存格中填寫本年累計、同比增速（%）和備註；數值按「單位」欄填寫，亦可在表頭註明（萬元）；請勿修改指標代碼。',
    en: 'Fill in the yellow cells: year-to-date, YoY growth (%) and note. Values are in the unit of the "Unit" column; do not change the codes.',
  },
  code: { 'zh-CN': '指标代码', 'zh-TW': '指標代碼', en: 'Code' },
  name: { 'zh-CN': '指标名称', 'zh-TW': '指標名稱', en: 'Indicator' },
  unit: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Unit' },
  previous: { 'zh-CN': '上月累计（{period}）', 'zh-TW': '上月累計（{period}）', en: 'Last month YTD ({period})' },
  lastYear: { 'zh-CN': '去年同期累计（{period}）', 'zh-TW': '去年同期累計（{period}）', en: 'Same period last year ({period})' },
  ytd: { 'zh-CN': '本年累计（{period}）', 'zh-TW': '本年累計（{period}）', en: 'Year-to-date ({period})' },
  yoy: { 'zh-CN': '同比增速（%）', 'zh-TW': '同比增速（%）', en: 'Reported YoY growth (%)' },
  note: { 'zh-CN': '备注', 'zh-TW': '備註', en: 'Note' },
} satisfies Record<string, Labels>;

export function templateLabel(key: keyof typeof TEMPLATE_LABELS, locale: Locale, params: Record<string, string> = {}): string {
  return interpolate(TEMPLATE_LABELS[key][locale], params);
}
