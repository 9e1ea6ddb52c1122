import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scaledText } from '../../platform/imports/scaled';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../../test/dialects';
import { buildTestApp } from '../../test/test-app';
import { currentValues, targetSnapshot, type BatchTarget } from './target-import-batch';
import { replacedJson, scaledTextSql } from './target-import-write';

describeEachDialect('Targets import: amounts printed by the database', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.dispose());

  it('prints a scaled amount in SQL exactly as scaledText does (the commit builds before_json there)', async () => {
    const edges = [0n, 1n, -1n, 999_999n, 1_000_000n, -1_000_000n, 1_300_000_000n, -500_000n, 2n ** 63n - 1n, -(2n ** 63n) + 1n];
    const values = [...edges, ...fc.sample(fc.oneof(fc.bigInt({ min: -(2n ** 63n) + 1n, max: 2n ** 63n - 1n }), fc.bigInt({ min: -10_000_000n, max: 10_000_000n })), 300)];
    const query = dialect === 'sqlite'
      ? sql<{ text: string }>`select ${scaledTextSql(dialect, sql.ref('value'))} as text from json_each(${`[${values.join(',')}]`}) order by key`
      : sql<{ text: string }>`select ${scaledTextSql(dialect, sql.ref('v'))} as text from unnest(${`{${values.join(',')}}`}::bigint[]) with ordinality as u(v, ord) order by ord`;
    const { rows } = await query.execute(database.db);
    expect(rows.map((r) => r.text)).toEqual(values.map(scaledText));
  });

  it('builds before_json in SQL exactly as the snapshot of each replaced target, in the order given', async () => {
    const t = await buildTestApp(dialect);
    try {
      const organisations = await t.database.db.selectFrom('organisations').select('id').limit(3).execute();
      const indicators = await t.database.db.selectFrom('indicators').select('id').limit(4).execute();
      const amounts = [null, 0n, 1_300_000_000n, -500_000n, 9_007_199_254_740_991n, 12_345_678_901n];
      let n = 0;
      for (const o of organisations) {
        for (const i of indicators) {
          n++;
          await t.database.db.insertInto('targets').values({
            year: 2077, organisation_id: o.id, indicator_id: i.id, amount_target: amounts[n % amounts.length]!, amount_comparator: n % 3 ? 'ge' : 'le',
            growth_target: n % 2 ? 6_500_000n : null, growth_comparator: n % 2 ? 'ge' : null, no_target: n % 5 === 0 ? 1 : 0,
            schedule_json: n % 4 === 0 ? '{"kind":"quarterly","shares":["20","50","75","100"]}' : null, source: 'entered', version: n, updated_at: 'x',
          }).execute();
        }
      }
      const stored = await t.database.db.selectFrom('targets')
        .select(['year', 'organisation_id', 'indicator_id', 'amount_target', 'amount_comparator', 'growth_target', 'growth_comparator', 'no_target', 'schedule_json', 'version'])
        .where('year', '=', 2077).orderBy('id', 'desc').execute();
      const rows = stored.map((r) => ({ indicatorId: r.indicator_id, target: { year: r.year, organisationId: r.organisation_id, version: r.version } as BatchTarget }));
      const { rows: [built] } = await sql<{ json: string }>`select ${replacedJson(dialect, rows)} as json`.execute(t.database.db);
      expect(JSON.parse(built!.json)).toEqual(stored.map((r) => targetSnapshot({ year: r.year, organisationId: r.organisation_id, version: r.version }, r.indicator_id, currentValues(r))));
      const { rows: [none] } = await sql<{ json: string }>`select ${replacedJson(dialect, [])} as json`.execute(t.database.db);
      expect(JSON.parse(none!.json)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
