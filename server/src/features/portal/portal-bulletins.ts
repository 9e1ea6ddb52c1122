import type { Overview } from '@hongtu/contracts/dashboards';
import { dec, isUnitCode, parsePeriodKey, round, toPlainString, unitLabel, type Locale } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';

// The portal's 数据发布: the bulletins the city published (published_bulletins, DOMAIN.md
// "Published bulletins"), as they were published — never the live figures, never a month the city
// did not publish, never a body that counted unapproved figures.

export interface PublishedMonth { periodKey: string; publishedAt: string }

/**
 * A district's row as published: the year-to-date value as reported; the growth as ranked (the
 * reported growth when the district reported one, else computed from last year's figure — then
 * `yoyComputed`); the completion of the target always computed (YTD ÷ target).
 */
export interface PublicRankingRow { rank: number | null; organisationName: string; ytdValue: string | null; yoy: string | null; yoyComputed: boolean; completion: string | null }
export interface PublicIndicatorRanking { code: string; name: string; unit: string; rows: PublicRankingRow[] }
export interface PublicBulletin { periodKey: string; publishedAt: string; timeProgress: string; indicators: PublicIndicatorRanking[] }

const rounded = (value: string | null, places: number) => (value === null ? null : toPlainString(round(dec(value), places), places));

export function createPublishedBulletins({ db }: Pick<Deps, 'db'>) {
  /** The latest publication of each month (a month published again: the latest stands). */
  const latestOfMonths = () => db.selectFrom('published_bulletins')
    .select(['period_key', (eb) => eb.fn.max('id').as('id')])
    .groupBy('period_key');

  return {
    async months(limit: number): Promise<PublishedMonth[]> {
      const rows = await db.selectFrom('published_bulletins as b')
        .innerJoin(latestOfMonths().as('l'), 'l.id', 'b.id')
        .select(['b.period_key', 'b.published_at'])
        .orderBy('b.period_key', 'desc').limit(limit).execute();
      return rows.map((r) => ({ periodKey: r.period_key, publishedAt: r.published_at }));
    },

    /** A published month in the reader's language; null when never published or not fit for the public. */
    async find(periodKey: string, locale: Locale): Promise<PublicBulletin | null> {
      if (!parsePeriodKey(periodKey)) return null;
      const row = await db.selectFrom('published_bulletins').select(['body_json', 'published_at'])
        .where('period_key', '=', periodKey).orderBy('id', 'desc').limit(1).executeTakeFirst();
      if (!row) return null;
      const body = JSON.parse(row.body_json) as Overview;
      // A bulletin is published from approved figures; one that says otherwise is not shown.
      if (body.includesUnapproved) return null;
      const codes = body.indicators.map((i) => i.code);
      const names = codes.length === 0 ? [] : await db.selectFrom('indicators')
        .select(['code', 'name_zh_cn', 'name_zh_tw', 'name_en']).where('code', 'in', codes).execute();
      const nameOf = new Map(names.map((n) => [n.code, locale === 'en' ? n.name_en : locale === 'zh-TW' ? n.name_zh_tw : n.name_zh_cn]));
      const indicators = body.indicators.map((indicator): PublicIndicatorRanking => {
        const rows = body.rows.map((r) => {
          const cell = r.cells.find((c) => c.indicatorCode === indicator.code);
          // Bulletins published before the ranked growth was kept have the reported and computed ones only.
          const reported = cell?.reportedYoy ?? null;
          const growth = cell?.growth ?? reported ?? cell?.yoy ?? null;
          return {
            rank: cell?.rank ?? null, organisationName: r.organisationName,
            ytdValue: rounded(cell?.ytdValue ?? null, indicator.decimals), yoy: rounded(growth, 1), yoyComputed: growth !== null && reported === null,
            completion: rounded(cell?.completion ?? null, 1),
          };
        }).sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
        return { code: indicator.code, name: nameOf.get(indicator.code) ?? indicator.name, unit: isUnitCode(indicator.unit) ? unitLabel(indicator.unit, locale) : indicator.unit, rows };
      });
      return { periodKey, publishedAt: row.published_at, timeProgress: rounded(body.timeProgress, 1) ?? '', indicators };
    },
  };
}
export type PublishedBulletins = ReturnType<typeof createPublishedBulletins>;
