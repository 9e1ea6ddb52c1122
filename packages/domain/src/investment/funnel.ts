// The funnel and the districts' ranking of investment attraction: conversion between stages, time
// in stage, amounts by stage; completion of the target against time progress.
import { type Fixed, FIXED_ONE, percentOf } from '../fixed-point';
import { rankByValue, RANK_RATE_PLACES } from '../ranking';
import { validatedTimeProgress, type ProgressSchedule } from '../time-progress';
import { LEAD_STAGES, type LeadStage } from './vocabulary';

/** Leads now at a stage (count and intended investment, scaled × 10^6 in 亿元) and the time spent in it by those that left it. */
export interface StageFacts {
  stage: LeadStage;
  current: number;
  intended: bigint;
  /** Leads that moved on from this stage, and the days they spent in it altogether. */
  left: number;
  leftDays: number;
}

export interface FunnelStage {
  stage: LeadStage;
  /** Leads now at this stage. */
  current: number;
  /** Leads that reached this stage (now here or further on): moves go forward one stage at a time. */
  reached: number;
  /** reached ÷ the previous stage's reached × 100; null for the first stage or without a base. */
  conversion: Fixed | null;
  /** Intended investment of the leads now at this stage (scaled × 10^6, 亿元). */
  intended: bigint;
  /** Mean days in this stage of the leads that left it; null when none has. */
  averageDays: Fixed | null;
}

/** The funnel from the facts of each stage (stages without facts count zero). */
export function leadFunnel(facts: readonly StageFacts[]): { stages: FunnelStage[]; total: number; signedShare: Fixed | null } {
  const byStage = new Map(facts.map((f) => [f.stage, f]));
  const current = LEAD_STAGES.map((s) => byStage.get(s)?.current ?? 0);
  const reached = current.map((_, i) => current.slice(i).reduce((a, b) => a + b, 0));
  const stages = LEAD_STAGES.map((stage, i): FunnelStage => {
    const f = byStage.get(stage);
    return {
      stage,
      current: current[i]!,
      reached: reached[i]!,
      conversion: i === 0 ? null : percentOf(BigInt(reached[i]!), BigInt(reached[i - 1]!)),
      intended: f?.intended ?? 0n,
      averageDays: f && f.left > 0 ? (BigInt(f.leftDays) * FIXED_ONE) / BigInt(f.left) : null,
    };
  });
  const signedIndex = LEAD_STAGES.indexOf('signed');
  return { stages, total: reached[0]!, signedShare: percentOf(BigInt(reached[signedIndex]!), BigInt(reached[0]!)) };
}

export interface DistrictTargetFacts<Id> {
  orgId: Id;
  /** Funds in place this year up to the month (scaled × 10^6, in the target's unit). */
  actual: bigint;
  /** The year's target (scaled × 10^6) or null when none is set. */
  target: bigint | null;
  schedule: ProgressSchedule | null;
}

export interface DistrictTargetRow<Id> {
  orgId: Id;
  /** actual ÷ target × 100. */
  completion: Fixed | null;
  timeProgress: Fixed;
  /** completion − time progress, in percentage points (ahead when ≥ 0). */
  gap: Fixed | null;
  rank: number | null;
}

/**
 * Districts ranked by completion of their investment-attraction target (one decimal, ties share a
 * rank), each beside the time progress of the month (the target's own schedule, else linear).
 */
export function rankAgainstTargets<Id>(rows: readonly DistrictTargetFacts<Id>[], month: number): DistrictTargetRow<Id>[] {
  const computed = rows.map((r) => {
    const completion = r.target === null ? null : percentOf(r.actual, r.target);
    const time = validatedTimeProgress(month, r.schedule);
    return { orgId: r.orgId, completion, timeProgress: time, gap: completion === null ? null : completion - time };
  });
  const ranking = rankByValue(computed.map((c) => ({ orgId: c.orgId, value: c.completion })), 'higher', { places: RANK_RATE_PLACES });
  const rankOf = new Map(ranking.rows.map((r) => [r.orgId, r.rank]));
  return ranking.rows.map((r) => {
    const c = computed.find((x) => x.orgId === r.orgId)!;
    return { ...c, rank: rankOf.get(r.orgId) ?? null };
  });
}
