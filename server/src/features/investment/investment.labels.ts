import type { Locale } from '@hongtu/contracts';
import type { ContractCurrency, ContractKind, FundKind, LeadSource, LeadStage } from '@hongtu/domain';

/** Words the API's messages name: stages, kinds of contract and of funds, currencies. */
export const INVESTMENT_LABELS: Record<Locale, {
  stage: Record<LeadStage, string>; source: Record<LeadSource, string>; kind: Record<ContractKind, string>; currency: Record<ContractCurrency, string>; fund: Record<FundKind, string>;
}> = {
  'zh-CN': {
    source: { door_knocking: '叩门招商', via_investors: '以商招商', building: '楼宇招商', capital: '资本招商', expo: '会展招商', portal: '门户网站', other: '其他' },
    stage: { lead: '线索', negotiation: '洽谈', signed: '签约', registered: '注册', started: '开工', producing: '投产' },
    kind: { domestic: '内资', foreign: '外资' },
    currency: { yi_yuan: '亿元', wan_usd: '万美元' },
    fund: { funds_in_place: '实际到位资金', industrial_funds: '产业到资', foreign_capital: '实际利用外资', fdi: '外商直接投资' },
  },
  'zh-TW': {
    source: { door_knocking: '叩門招商', via_investors: '以商招商', building: '樓宇招商', capital: '資本招商', expo: '會展招商', portal: '門戶網站', other: '其他' },
    stage: { lead: '線索', negotiation: '洽談', signed: '簽約', registered: '註冊', started: '開工', producing: '投產' },
    kind: { domestic: '內資', foreign: '外資' },
    currency: { yi_yuan: '億元', wan_usd: '萬美元' },
    fund: { funds_in_place: '實際到位資金', industrial_funds: '產業到資', foreign_capital: '實際利用外資', fdi: '外商直接投資' },
  },
  en: {
    source: { door_knocking: 'Door-knocking', via_investors: 'Via investors', building: 'Building-based', capital: 'Capital', expo: 'Expo', portal: 'Portal', other: 'Other' },
    stage: { lead: 'lead', negotiation: 'negotiation', signed: 'signed', registered: 'registered', started: 'construction started', producing: 'in production' },
    kind: { domestic: 'domestic', foreign: 'foreign' },
    currency: { yi_yuan: '100 million yuan', wan_usd: '10 thousand US dollars' },
    fund: { funds_in_place: 'funds in place', industrial_funds: 'industrial funds in place', foreign_capital: 'foreign capital utilized', fdi: 'FDI' },
  },
};
