import type { Q1Board, Q1Cell, Schedule } from '@hongtu/contracts';
import {
  PUBLISHED_STATUSES, Q1_END_MONTH, RANK_RATE_PLACES, fixedText, q1TargetOf, fromStorage, hasQ1Share, monthEndDate, percentOf, progressStatus, q1CurrentWeek, q1Days, q1DaysThrough,
  q1Pace, q1Share, q1TargetToDate, q1WeekEnds, q1WeeksElapsed, rankByValue, scheduleFromShares, shanghaiDate, storageInt, type Fixed,
} from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInScope } from '../../platform/permissions/scope';
import { rankingRoot, universeOrgs } from '../dashboards/dashboards.public';
import { periodTargets, yearTargets } from '../targets/targets.public';
import { amountText } from '../../db/amount-codec';
import type { IndicatorRow } from '../indicators/indicators.public';

/** The key flows carry a Q1 share (packages/domain hasQ1Share). */
export const isQ1Indicator = (i: Pick<IndicatorRow, 'is_key' | 'kind'>) => i.is_key === 1 && hasQ1Share(i.kind);

const text = (value: Fixed | null) => fixedText(value, 6);
/** Scheduled share of Q1, or null when the target has no (valid) schedule and the linear 25 % applies. */
const scheduledQ1Share = (scheduleJson: string | null): Fixed | null => {
  const schedule = scheduleJson ? scheduleFromShares(JSON.parse(scheduleJson) as Schedule) : null;
  return schedule ? q1Share(schedule) : null;
};

const indicatorName = (i: IndicatorRow, locale: RequestContext['locale']) =>
  locale === 'en' ? i.name_en : locale === 'zh-TW' ? i.name_zh_tw : i.name_zh_cn;

const key = (orgId: number, indicatorId: number) => `${orgId}:${indicatorId}`;

/** GET /api/q1/:year — the Q1 开门红 board: districts × key indicators, Q1 target, YTD, completion, rank. */
export function createQ1ReadModel({ db, clock }: Deps) {
  return {
    async board(ctx: RequestContext, year: number): Promise<Q1Board> {
      const actor = requireActor(ctx);
      const root = await rankingRoot(db, actor);
      const orgs = await universeOrgs(db, root.path);
      const orgIds = orgs.map((o) => o.id);
      const indicators = (await db.selectFrom('indicators').selectAll().orderBy('sort_order').execute()).filter(isQ1Indicator);
      const indicatorIds = indicators.map((i) => i.id);
      const none = orgIds.length === 0 || indicatorIds.length === 0;
      const [targets, monthly, weekly, statedQ1] = none ? [[], [], [], []] : await Promise.all([
        yearTargets(db, orgIds, year, indicatorIds).then((all) => all.filter((t) => !t.noTarget)),
        db.selectFrom('figures as f')
          .innerJoin('submissions as s', 's.id', 'f.submission_id')
          .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
          .select(['s.organisation_id', 'f.indicator_id', 'p.month', 'f.ytd_value'])
          .where('p.year', '=', year).where('p.month', '<=', 3).where('s.status', 'in', PUBLISHED_STATUSES)
          .where('f.ytd_value', 'is not', null)
          .where('s.organisation_id', 'in', orgIds).where('f.indicator_id', 'in', indicatorIds).execute(),
        db.selectFrom('q1_weekly_figures').selectAll()
          .where('year', '=', year).where('organisation_id', 'in', orgIds).where('indicator_id', 'in', indicatorIds)
          .orderBy('week').execute(),
        // Q1 targets stated as amounts (DOMAIN.md "Period targets") come before any share of the year.
        periodTargets(db, orgIds, year, { throughMonth: Q1_END_MONTH, indicatorIds }),
      ]);
      const statedBy = new Map(statedQ1.map((t) => [key(t.organisationId, t.indicatorId), fromStorage(storageInt(t.amountTarget))]));
      const targetBy = new Map(targets.map((t) => [key(t.organisationId, t.indicatorId), t]));
      const monthBy = new Map<string, { month: number; ytd: Fixed }>();
      for (const m of monthly) {
        const k = key(m.organisation_id, m.indicator_id);
        if ((monthBy.get(k)?.month ?? 0) < m.month) monthBy.set(k, { month: m.month, ytd: fromStorage(storageInt(m.ytd_value!)) });
      }
      const weeksBy = new Map<string, typeof weekly>();
      for (const w of weekly) {
        const k = key(w.organisation_id, w.indicator_id);
        weeksBy.set(k, [...(weeksBy.get(k) ?? []), w]);
      }

      // Q1 is paced by calendar days (packages/domain q1-pace.ts): a week's, a month's end and today alike.
      const today = shanghaiDate(clock.now());
      const ends = q1WeekEnds(year);

      /**
       * A cell as this reader may see it. Outside the reader's own subtree (a district looking at the
       * others) only what the dashboards publish is shown: approved monthly figures, completion and
       * rank; the annual and Q1 targets, the weekly figures and their notes stay with their district.
       */
      const cellOf = (orgId: number, indicator: IndicatorRow, full: boolean): Omit<Q1Cell, 'rank'> & { completionDec: Fixed | null } => {
        const k = key(orgId, indicator.id);
        const target = targetBy.get(k);
        const annual = target?.amountTarget != null ? fromStorage(storageInt(target.amountTarget)) : null;
        const scheduled = scheduledQ1Share(target?.scheduleJson ?? null);
        const { target: q1Target, stated } = q1TargetOf(statedBy.get(k) ?? null, annual, scheduled ?? q1Share(null));
        // A stated Q1 amount shows its own share of the year, when the year has a positive target.
        const share = (stated && q1Target !== null && annual !== null ? percentOf(q1Target, annual) : null) ?? scheduled ?? q1Share(null);
        const month = monthBy.get(k) ?? null;
        const rows = full ? (weeksBy.get(k) ?? []) : [];
        const lastWeek = [...rows].reverse().find((r) => r.ytd_value !== null) ?? null;
        const weekWins = lastWeek !== null && (month === null || ends[lastWeek.week - 1]! > monthEndDate(year, month.month));
        const ytd = weekWins ? fromStorage(storageInt(lastWeek.ytd_value!)) : (month?.ytd ?? null);
        const asOf = weekWins ? ends[lastWeek.week - 1]! : month ? monthEndDate(year, month.month) : null;
        const expected = asOf === null ? null : q1Pace(year, asOf);
        const completion = ytd !== null && q1Target !== null ? percentOf(ytd, q1Target) : null;
        const byWeek = new Map(rows.map((r) => [r.week, r]));
        return {
          indicatorCode: indicator.code,
          annualTarget: full ? text(annual) : null,
          q1Share: fixedText(share, 6),
          linear: scheduled === null && !stated,
          q1Target: full ? text(q1Target) : null,
          monthlyYtd: text(month?.ytd ?? null),
          monthlyMonth: month?.month ?? null,
          weeklyYtd: lastWeek ? amountText(lastWeek.ytd_value) : null,
          weeklyWeek: lastWeek?.week ?? null,
          ytd: text(ytd),
          ytdSource: ytd === null ? null : weekWins ? 'week' : 'month',
          completion: text(completion),
          completionDec: completion,
          expectedProgress: text(expected),
          status: completion !== null && expected !== null ? progressStatus(completion, expected, indicator.direction) : null,
          weeks: ends.map((end, i) => {
            const r = byWeek.get(i + 1);
            return {
              week: i + 1, ytdValue: r ? amountText(r.ytd_value) : null, note: r?.note ?? null, version: r?.version ?? 0,
              targetToDate: full && q1Target !== null ? text(q1TargetToDate(q1Target, year, end)) : null,
            };
          }),
        };
      };

      const cells = orgs.map((o) => indicators.map((i) => cellOf(o.id, i, isInScope(actor, o.path))));
      const ranks = indicators.map((indicator, col) => {
        // Ranked on the published rounding: completions equal at one decimal share a rank.
        const ranking = rankByValue(orgs.map((o, row) => ({ orgId: o.id, value: cells[row]![col]!.completionDec })), indicator.direction, { places: RANK_RATE_PLACES });
        return new Map(ranking.rows.map((r) => [r.orgId, r.rank]));
      });

      return {
        year,
        today,
        weeksElapsed: q1WeeksElapsed(year, today),
        q1Days: q1Days(year),
        daysElapsed: q1DaysThrough(year, today),
        timeProgress: fixedText(q1Pace(year, today), 6),
        currentWeek: q1CurrentWeek(year, today),
        weeks: ends.map((endDate, i) => ({ week: i + 1, endDate, pace: fixedText(q1Pace(year, endDate), 6) })),
        indicators: indicators.map((i) => ({
          code: i.code, name: indicatorName(i, ctx.locale), unit: i.unit, decimals: i.decimals, direction: i.direction,
        })),
        rows: orgs.map((o, row) => ({
          organisationId: o.id,
          organisationName: o.name,
          cells: cells[row]!.map(({ completionDec: _c, ...cell }, col) => ({ ...cell, rank: ranks[col]!.get(o.id) ?? null })),
        })),
      };
    },
  };
}
