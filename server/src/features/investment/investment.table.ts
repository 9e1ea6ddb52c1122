import type { Generated, Selectable } from 'kysely';
import type { ActivityKind, ContractCurrency, ContractKind, FundKind, LeadSource, LeadStage } from '@hongtu/domain';
import type { ScaledAmount } from '../../db/amount-codec';

/**
 * 招商线索: a project a district pursues, from the first contact to production. Intended investment in
 * 亿元 as a scaled integer (ADR 0002); `name_key` is the project name as duplicates are compared;
 * `last_activity_on` the day of the last visit, meeting or move (stale leads are measured from it).
 */
export interface InvestmentLeadsTable {
  id: Generated<number>;
  organisation_id: number;
  project_name: string;
  name_key: string;
  investor_name: string;
  investor_credit_code: string | null;
  /** The registry's enterprise of that credit code, when the city has it. */
  enterprise_id: number | null;
  source: LeadSource;
  industry: string;
  intended_investment: ScaledAmount;
  stage: LeadStage;
  stage_since: string;
  contact_name: string;
  contact_phone: string;
  owner_name: string;
  next_step: string;
  next_step_on: string | null;
  last_activity_on: string;
  activity_id: number | null;
  /** Demo rows only: 'document' (cited by `source_file` and its verbatim `source_quote`) or 'synthetic'; null for what users record. */
  demo_source: Generated<'document' | 'synthetic' | null>;
  source_file: Generated<string | null>;
  source_quote: Generated<string | null>;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/**
 * A lead's history: its creation, visits, meetings, calls, notes and moves. A move ('stage') keeps
 * the stage left and the days spent in it, from which the funnel's time in stage is read.
 */
export interface InvestmentLeadEventsTable {
  id: Generated<number>;
  lead_id: number;
  organisation_id: number;
  kind: string;
  on_date: string;
  from_stage: LeadStage | null;
  to_stage: LeadStage | null;
  days_in_stage: number | null;
  text: string | null;
  actor_id: number | null;
  at: string;
}

/** 签约合同: one per lead, amount in 亿元 (domestic) or 万美元 (foreign), its milestones as JSON. */
export interface InvestmentContractsTable {
  id: Generated<number>;
  lead_id: number;
  organisation_id: number;
  kind: ContractKind;
  currency: ContractCurrency;
  amount: ScaledAmount;
  signed_on: string;
  terms: string;
  milestones_json: string;
  activity_id: number | null;
  /** The major project the contract became (projects feature), once created or linked. */
  project_id: number | null;
  /** Demo rows only: 'document' (cited by `source_file` and its verbatim `source_quote`) or 'synthetic'; null for what users record. */
  demo_source: Generated<'document' | 'synthetic' | null>;
  source_file: Generated<string | null>;
  source_quote: Generated<string | null>;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Funds in place of one month (the month's own amount) for a contract, by kind, in the contract's currency. */
export interface InvestmentFundsTable {
  id: Generated<number>;
  contract_id: number;
  organisation_id: number;
  month: string;
  kind: FundKind;
  amount: ScaledAmount;
  reported_by: number | null;
  reported_at: string;
}

/** 招商活动: trips, conferences and 签约大会 of a district (or the city). */
export interface InvestmentActivitiesTable {
  id: Generated<number>;
  organisation_id: number;
  kind: ActivityKind;
  name: string;
  held_on: string;
  place: string;
  /** Demo rows only: 'document' (cited by `source_file` and its verbatim `source_quote`) or 'synthetic'; null for what users record. */
  demo_source: Generated<'document' | 'synthetic' | null>;
  source_file: Generated<string | null>;
  source_quote: Generated<string | null>;
  created_by: number | null;
  created_at: string;
}

/** The city's settings of investment attraction: one row (id 1). */
export interface InvestmentSettingsTable {
  id: number;
  stale_days: number;
  version: number;
  updated_at: string;
}

export type InvestmentLeadRow = Selectable<InvestmentLeadsTable>;
export type InvestmentContractRow = Selectable<InvestmentContractsTable>;

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    investment_leads: InvestmentLeadsTable;
    investment_lead_events: InvestmentLeadEventsTable;
    investment_contracts: InvestmentContractsTable;
    investment_funds: InvestmentFundsTable;
    investment_activities: InvestmentActivitiesTable;
    investment_settings: InvestmentSettingsTable;
  }
}
