// The demo's territorial scope (docs/DOMAIN.md "Territorial scope"): the one overlap of two Wuhan
// reporting units that the seed documents support, registered as the administrator would.
import type { TerritoryOverlapKind } from '@hongtu/domain';
import type { Executor } from '../database';
import { F001 } from './indicator-demo/document-sources';

export interface DemoTerritoryOverlap {
  /** The unit that overlaps (the zone), and the one it overlaps (the district), by organisation code. */
  unitCode: string;
  overlapsCode: string;
  kind: TerritoryOverlapKind;
  /** The sentence that places the zone on the district's ground, and what of the record it does not state. */
  source: { file: string; quote: string };
  illustrative: string;
}

/**
 * 001 places 汉南纱帽大道 (in 汉南区, 420113) inside 武汉经开区's 通用航空及卫星产业园: the zone holds
 * part of the district's ground (contains_part), so the city's sums count that ground once, by
 * leaving the zone out of any set that also holds 汉南区. The document states where the road lies,
 * not how the two units' statistics are kept.
 */
export const DEMO_TERRITORY_OVERLAPS: readonly DemoTerritoryOverlap[] = [
  {
    unitCode: 'WH-JKQ',
    overlapsCode: '420113',
    kind: 'contains_part',
    source: { file: F001, quote: '汉南纱帽大道位于武汉经济技术开发区通用航空及卫星产业园核心区' },
    illustrative: 'That 汉南区 also counts the zone’s figures for that ground is the rule’s premise, not a statement of the document.',
  },
];

/** Registers the demo's overlaps in their city (the parent of both units); a unit missing from the tree is skipped. */
export async function seedDemoTerritory(trx: Executor, orgIds: ReadonlyMap<string, number>, now: string): Promise<number> {
  let written = 0;
  for (const overlap of DEMO_TERRITORY_OVERLAPS) {
    const unitId = orgIds.get(overlap.unitCode);
    const overlapsId = orgIds.get(overlap.overlapsCode);
    if (unitId === undefined || overlapsId === undefined) continue;
    const unit = await trx.selectFrom('organisations').select('parent_id').where('id', '=', unitId).executeTakeFirstOrThrow();
    if (unit.parent_id === null) continue;
    await trx.insertInto('territory_overlaps')
      .values({ city_id: unit.parent_id, organisation_id: unitId, overlaps_organisation_id: overlapsId, kind: overlap.kind, created_by: null, created_at: now })
      .execute();
    written++;
  }
  return written;
}
