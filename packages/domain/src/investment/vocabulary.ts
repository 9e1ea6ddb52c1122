// Investment attraction 招商引资 (docs/DOMAIN.md "Investment attraction"): the pipeline's stages,
// where a lead came from, the kinds of contract and of funds in place, and of 招商活动.

/** The pipeline, in order: 线索 → 洽谈 → 签约 → 注册 → 开工 → 投产. */
export const LEAD_STAGES = ['lead', 'negotiation', 'signed', 'registered', 'started', 'producing'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** How the lead was found: 叩门招商, 以商招商, 楼宇招商, 资本招商, 会展招商, 门户 (an enterprise's interest sent through the portal), other. */
export const LEAD_SOURCES = ['door_knocking', 'via_investors', 'building', 'capital', 'expo', 'portal', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** What happened on a lead: a visit 走访, a meeting 洽谈会, a call, or a note. */
export const LEAD_CONTACT_KINDS = ['visit', 'meeting', 'call', 'note'] as const;
export type LeadContactKind = (typeof LEAD_CONTACT_KINDS)[number];

/** A contract with a domestic investor is stated in 亿元, a foreign one in 万美元. */
export const CONTRACT_KINDS = ['domestic', 'foreign'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const CONTRACT_CURRENCIES = ['yi_yuan', 'wan_usd'] as const;
export type ContractCurrency = (typeof CONTRACT_CURRENCIES)[number];
export const CONTRACT_CURRENCY: Readonly<Record<ContractKind, ContractCurrency>> = { domestic: 'yi_yuan', foreign: 'wan_usd' };

/**
 * Funds in place reported monthly per contract: 实际到位资金 and 产业到资 in 亿元 (domestic
 * contracts), 实际利用外资 and FDI 外商直接投资 in 万美元 (foreign contracts).
 */
export const FUND_KINDS = ['funds_in_place', 'industrial_funds', 'foreign_capital', 'fdi'] as const;
export type FundKind = (typeof FUND_KINDS)[number];
export const FUND_CURRENCY: Readonly<Record<FundKind, ContractCurrency>> = {
  funds_in_place: 'yi_yuan', industrial_funds: 'yi_yuan', foreign_capital: 'wan_usd', fdi: 'wan_usd',
};
/** The catalogue's indicator each kind rolls up into (server indicator-catalogue codes). */
export const FUND_INDICATOR: Readonly<Record<FundKind, string>> = {
  funds_in_place: 'investment_funds_in_place', industrial_funds: 'industrial_funds_in_place', foreign_capital: 'utilized_foreign_capital', fdi: 'fdi',
};

/** 招商活动: a trip 外出招商, a conference 推介会, a signing conference 签约大会. */
export const ACTIVITY_KINDS = ['trip', 'conference', 'signing_conference'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Days without a visit, meeting or move after which a lead is flagged stale, unless the city sets another number. */
export const DEFAULT_STALE_DAYS = 30;
export const STALE_DAYS_RANGE = { min: 7, max: 365 } as const;
