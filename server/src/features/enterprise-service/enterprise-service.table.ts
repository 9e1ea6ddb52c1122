import type { Generated, Selectable } from 'kysely';
import type { CultivationGroup, CultivationKind, CultivationTargetPeriod, EnterpriseProblemCategory, EnterpriseProblemSource, EnterpriseProblemStatus } from '@hongtu/domain';
import type { ScaledAmount } from '../../db/amount-codec';

/** 企业诉求: a problem of an enterprise, sent to a department, with its deadlines in working days. */
export interface EnterpriseProblemsTable {
  id: Generated<number>;
  enterprise_id: number;
  /** The district (or zone) serving the enterprise when the problem was raised: its scope. */
  organisation_id: number;
  department_id: number;
  category: EnterpriseProblemCategory;
  title: string;
  description: string;
  status: EnterpriseProblemStatus;
  raised_via: EnterpriseProblemSource;
  /** The visit it was raised on, if any. */
  visit_id: number | null;
  /** China's calendar dates. */
  raised_on: string;
  acknowledge_due_on: string;
  answer_due_on: string;
  /** The deadline that runs now (signing for it, or the answer); null once answered or closed. */
  due_on: string | null;
  acknowledged_on: string | null;
  answered_on: string | null;
  closed_on: string | null;
  /** 1 when the city closed it without the enterprise's confirmation. */
  closed_by_city: Generated<number>;
  answer: string | null;
  /** 满意度 1–5, the enterprise's last word. */
  satisfaction: number | null;
  supervision_count: Generated<number>;
  reopen_count: Generated<number>;
  /** Demo rows only: 'document' (cited by `source_file` and its verbatim `source_quote`) or 'synthetic'; null for what users record. */
  demo_source: Generated<'document' | 'synthetic' | null>;
  source_file: Generated<string | null>;
  source_quote: Generated<string | null>;
  version: Generated<number>;
  raised_by: number | null;
  raised_at: string;
  updated_at: string;
}
export type EnterpriseProblemRow = Selectable<EnterpriseProblemsTable>;

/** Every move of a problem, with its words and the deadline it set. */
export interface EnterpriseProblemEventsTable {
  id: Generated<number>;
  problem_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  text: string | null;
  satisfaction: number | null;
  due_on: string | null;
  actor_id: number | null;
  at: string;
}

/** 一企一专人: the liaison cadre of a key enterprise, and when it was last visited. */
export interface EnterpriseLiaisonsTable {
  id: Generated<number>;
  enterprise_id: number;
  organisation_id: number;
  user_id: number;
  last_visited_on: string | null;
  version: Generated<number>;
  assigned_at: string;
  updated_at: string;
}

/** 千名干部进千企: a visit to an enterprise. */
export interface EnterpriseVisitsTable {
  id: Generated<number>;
  enterprise_id: number;
  organisation_id: number;
  visited_on: string;
  visitor_id: number;
  summary: string;
  created_at: string;
}

/** A 进规 / 进限 candidate: its revenue (万元, scaled × 10^6) counted to a month, the month expected, the month entered. */
export interface CultivationCandidatesTable {
  id: Generated<number>;
  enterprise_id: number;
  organisation_id: number;
  kind: CultivationKind;
  revenue_wan: ScaledAmount;
  revenue_month: string;
  expected_month: string | null;
  entered_month: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A district's cultivation target: at least N into 规上 (or 限上) in a quarter or a year. */
export interface CultivationTargetsTable {
  id: Generated<number>;
  organisation_id: number;
  year: number;
  period: CultivationTargetPeriod;
  group_kind: CultivationGroup;
  target: number;
  updated_at: string;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    enterprise_problems: EnterpriseProblemsTable;
    enterprise_problem_events: EnterpriseProblemEventsTable;
    enterprise_liaisons: EnterpriseLiaisonsTable;
    enterprise_visits: EnterpriseVisitsTable;
    cultivation_candidates: CultivationCandidatesTable;
    cultivation_targets: CultivationTargetsTable;
  }
}
