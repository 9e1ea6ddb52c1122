// The dispatch's demo: the schematic district boundaries (labelled as such), the seed documents'
// mass starts and signings, and the demo year's synthetic projects placed on the map with their
// contact leader. Runs inside the major-projects demo's transaction (its audit row counts these).
import { dec, toScaled } from '@hongtu/domain';
import type { Executor } from '../../database';
import { DOCUMENT_EVENTS } from './events';
import { DEMO_LOCATIONS, SCHEMATIC_NAME, SCHEMATIC_SOURCE, WUHAN_SCHEMATIC } from './wuhan-schematic';

const degrees = (n: number) => toScaled(dec(n));

export async function seedProjectDispatchDemo(trx: Executor, organisationIds: ReadonlyMap<string, number>, now: string): Promise<{ events: number; located: number }> {
  const city = organisationIds.get('420100');
  if (city !== undefined) {
    await trx.insertInto('project_boundaries').values({ organisation_id: city, name: SCHEMATIC_NAME, source: SCHEMATIC_SOURCE, geojson: JSON.stringify(WUHAN_SCHEMATIC), uploaded_by: null, uploaded_at: now }).execute();
  }
  let events = 0;
  for (const e of DOCUMENT_EVENTS) {
    const organisationId = organisationIds.get(e.organisationCode);
    if (organisationId === undefined) continue;
    await trx.insertInto('project_events').values({
      organisation_id: organisationId, kind: e.kind, title: e.title, held_in: e.heldIn, project_count: e.projectCount,
      total_investment: e.totalInvestment === null ? null : toScaled(dec(e.totalInvestment)), source_file: e.file, source_quote: e.quote, created_at: now,
    }).execute();
    events++;
  }
  let located = 0;
  for (const [name, place] of Object.entries(DEMO_LOCATIONS)) {
    const result = await trx.updateTable('projects')
      .set({ longitude: degrees(place.longitude), latitude: degrees(place.latitude), ...(place.contactLeader ? { contact_leader: place.contactLeader } : {}) })
      .where('name', '=', name).where('source', '=', 'synthetic').executeTakeFirst();
    located += Number(result.numUpdatedRows);
  }
  return { events, located };
}
