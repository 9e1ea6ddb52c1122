// The benchmark's yardstick for the city overview: the same aggregate as one raw SQL statement.
// The API never uses it (bench/ and dashboards.test.ts do); kinds and statuses come from packages/domain.
import { sql } from 'kysely';
import { INDICATOR_KINDS, PROJECT_INDICATOR_SET, PUBLISHED_STATUSES, REPORTING_UNIT_KINDS, isLevel, type StoredSubmissionStatus } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { ScaledAmount } from '../../db/amount-codec';

/**
 * The benchmark's yardstick: the overview's aggregate as one raw SQL statement, so the API can be
 * compared with what the database alone costs. For every key indicator and district under the
 * city: the month's figure, last year's same month, the target, completion, growth, linear time
 * progress, gap, the card of the default Wuhan rule (on its investment indicators), rank in the city
 * and in the first group on completion at one decimal, and the city's completion as a ratio of sums
 * — computed by the database in floating point. Not used by the API.
 */
export async function overviewRawSql(exec: Executor, periodKey: string, options: { rootPath?: string; statuses?: readonly StoredSubmissionStatus[] } = {}) {
  const [year, month] = periodKey.split('-').map(Number) as [number, number];
  const statuses = sql.join([...(options.statuses ?? PUBLISHED_STATUSES)].map((s) => sql`${s}`));
  const rootPath = `${options.rootPath ?? '/'}%`;
  const levelKinds = sql.join(INDICATOR_KINDS.filter(isLevel).map((k) => sql`${k}`));
  const unitKinds = sql.join(REPORTING_UNIT_KINDS.map((k) => sql`${k}`));
  const tp = sql.raw(String((month * 100) / 12));
  const projects = sql.join(PROJECT_INDICATOR_SET.map((c) => sql`${c}`));
  const rounded = 'round(cast(b.completion as numeric), 1)';
  const order = sql.raw(`(b.completion is null), case when b.direction = 'lower' then ${rounded} else -${rounded} end`);
  const result = await sql<{
    organisation_id: number; indicator_id: number; ytd_value: ScaledAmount | null; reported_yoy: ScaledAmount | null;
    source: string; source_ref: string | null; source_quote: string | null; last_year_ytd: ScaledAmount | null;
    amount_target: ScaledAmount | null; growth_target: ScaledAmount | null; schedule_json: string | null;
    completion: number | null; yoy: number | null; progress_gap: number | null; card: string | null;
    city_rank: number; group_rank: number; city_average: number | null;
  }>`
    with base as (
      select s.organisation_id, f.indicator_id, i.code, i.direction, f.ytd_value, f.reported_yoy, f.source, f.source_ref, f.source_quote,
             f2.ytd_value as last_year_ytd, t.amount_target, t.growth_target, t.schedule_json, g.group_id,
             case when t.amount_target > 0 and coalesce(t.amount_comparator, 'ge') = 'ge' and i.kind not in (${levelKinds}) then f.ytd_value * 100.0 / t.amount_target end as completion,
             case when f2.ytd_value > 0 and i.kind not in (${levelKinds}) then (f.ytd_value - f2.ytd_value) * 100.0 / f2.ytd_value end as yoy
      from reporting_periods p
      join submissions s on s.period_id = p.id
      join figures f on f.submission_id = s.id
      join organisations o on o.id = s.organisation_id
      join indicators i on i.id = f.indicator_id
      left join targets t on t.year = p.year and t.organisation_id = s.organisation_id and t.indicator_id = f.indicator_id
      left join reporting_periods p2 on p2.year = ${year - 1} and p2.month = p.month
      left join submissions s2 on s2.period_id = p2.id and s2.organisation_id = s.organisation_id and s2.status in (${statuses})
      left join figures f2 on f2.submission_id = s2.id and f2.indicator_id = f.indicator_id
      left join (select organisation_id, min(group_id) as group_id from organisation_group_members group by organisation_id) g on g.organisation_id = s.organisation_id
      where p.year = ${year} and p.month = ${month} and s.status in (${statuses})
        and o.kind in (${unitKinds}) and o.path like ${rootPath} and i.is_key = 1
    )
    select b.organisation_id, b.indicator_id, b.ytd_value, b.reported_yoy, b.source, b.source_ref, b.source_quote, b.last_year_ytd,
           b.amount_target, b.growth_target, b.schedule_json, b.completion, b.yoy, b.completion - ${tp} as progress_gap,
           case when b.code in (${projects}) and b.direction = 'higher' and b.completion * 100.0 / ${tp} < 60 then 'red'
                when b.code in (${projects}) and b.direction = 'higher' and b.completion * 100.0 / ${tp} < 80 then 'yellow' end as card,
           rank() over (partition by b.indicator_id order by ${order}) as city_rank,
           rank() over (partition by b.indicator_id, b.group_id order by ${order}) as group_rank,
           sum(case when b.completion is not null then b.ytd_value end) over (partition by b.indicator_id) * 100.0
             / sum(case when b.completion is not null then b.amount_target end) over (partition by b.indicator_id) as city_average
    from base b
    order by b.organisation_id, b.indicator_id`.execute(exec);
  return result.rows;
}
