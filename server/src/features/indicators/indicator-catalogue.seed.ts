import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { INDICATOR_CATALOGUE } from './indicator-catalogue';

/**
 * Installs the default catalogue (every start, idempotent): indicators that
 * are missing by code are added, with their frequency and growth basis; existing ones are left as
 * the city set them (indicators.migrations.ts set those of the shipped indicators once).
 */
export async function ensureIndicatorCatalogue(db: Db, clock: Clock): Promise<void> {
  const existing = new Set((await db.selectFrom('indicators').select('code').execute()).map((r) => r.code));
  const missing = INDICATOR_CATALOGUE.map((d, i) => ({ d, i })).filter(({ d }) => !existing.has(d.code));
  if (missing.length === 0) return;
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const { d, i } of missing) {
      await trx
        .insertInto('indicators')
        .values({
          code: d.code,
          name_zh_cn: d.names['zh-CN'],
          name_zh_tw: d.names['zh-TW'],
          name_en: d.names.en,
          unit: d.unit,
          kind: d.kind,
          direction: d.direction,
          ytd_non_decreasing: d.ytdNonDecreasing ? 1 : 0,
          decimals: d.decimals,
          is_key: d.key ? 1 : 0,
          frequency: d.frequency,
          growth_basis: d.growthBasis,
          sort_order: (i + 1) * 10,
          created_at: now,
        })
        .execute();
    }
  });
}
