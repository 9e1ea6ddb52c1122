import type { Locale } from '@hongtu/contracts';
import { INVESTMENT_LIMITS, type LeadItem, type LeadListQuery } from '@hongtu/contracts/investment';
import type { Deps } from '../../platform/deps';
import { buildSheet, type SheetColumn } from '../../platform/export/xlsx';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { INVESTMENT_LABELS } from './investment.labels';
import { chinaToday, filteredLeads, staleDaysSetting, toLeadItem } from './investment.read-model';

type Labels = Record<Locale, string>;
const L = (zhCN: string, zhTW: string, en: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/** The leads workbook's columns: what the list shows, the contact's phone masked as there (138****5678). */
const COLUMNS: ReadonlyArray<{ labels: Labels; width: number; value: (r: LeadItem, locale: Locale) => unknown }> = [
  { labels: L('区', '區', 'District'), width: 10, value: (r) => r.organisationName },
  { labels: L('项目名称', '項目名稱', 'Project'), width: 30, value: (r) => r.projectName },
  { labels: L('投资方', '投資方', 'Investor'), width: 24, value: (r) => r.investorName },
  { labels: L('统一社会信用代码', '統一社會信用代碼', 'Credit code'), width: 22, value: (r) => r.investorCreditCode },
  { labels: L('来源', '來源', 'Source'), width: 12, value: (r, l) => INVESTMENT_LABELS[l].source[r.source] },
  { labels: L('行业', '行業', 'Industry'), width: 12, value: (r) => r.industry },
  { labels: L('意向投资（亿元）', '意向投資（億元）', 'Intended investment (亿元)'), width: 16, value: (r) => Number(r.intendedInvestment) },
  { labels: L('阶段', '階段', 'Stage'), width: 10, value: (r, l) => INVESTMENT_LABELS[l].stage[r.stage] },
  { labels: L('进入本阶段日期', '進入本階段日期', 'In stage since'), width: 14, value: (r) => r.stageSince },
  { labels: L('联系人', '聯繫人', 'Contact'), width: 10, value: (r) => r.contactName },
  { labels: L('联系电话', '聯繫電話', 'Phone'), width: 14, value: (r) => r.contactPhoneMasked },
  { labels: L('负责人', '負責人', 'Owner'), width: 10, value: (r) => r.ownerName },
  { labels: L('下一步', '下一步', 'Next step'), width: 24, value: (r) => r.nextStep },
  { labels: L('下一步日期', '下一步日期', 'Next step on'), width: 12, value: (r) => r.nextStepOn },
  { labels: L('最近活动', '最近活動', 'Last activity'), width: 12, value: (r) => r.lastActivityOn },
  { labels: L('停滞', '停滯', 'Stale'), width: 8, value: (r, l) => (r.stale ? { 'zh-CN': '是', 'zh-TW': '是', en: 'Yes' }[l] : '') },
];

export function leadColumns(locale: Locale): SheetColumn<LeadItem>[] {
  return COLUMNS.map((c) => ({ header: c.labels[locale], width: c.width, value: (r: LeadItem) => c.value(r, locale) }));
}

/** The leads in the reader's scope, filtered as the list is, as one workbook (bounded); phones masked as in the list. */
export async function leadsWorkbook({ db, clock }: Deps, ctx: RequestContext, query: Omit<LeadListQuery, 'page' | 'pageSize'>) {
  const actor = requireActor(ctx);
  const today = chinaToday(clock.now());
  const { staleDays } = await staleDaysSetting(db);
  const rows = await filteredLeads(db, actor, today, staleDays, query).orderBy('l.organisation_id').orderBy('l.id').limit(INVESTMENT_LIMITS.exportRows).execute();
  const items = rows.map((r) => toLeadItem(r, today, staleDays, false));
  const locale = ctx.locale;
  const title = { 'zh-CN': '招商线索', 'zh-TW': '招商線索', en: 'Leads' }[locale];
  const body = await buildSheet(title, leadColumns(locale), items);
  return { body, fileName: `leads-${today}.xlsx`, localName: `${title}-${today}.xlsx` };
}
