import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotsJson, targetSnapshot, type BatchTarget, type TargetValues } from './target-import-batch';
import { readStoredTargets, StoredTargetsWriter, type StoredTarget } from './target-import-stored';

const scaled = fc.option(fc.oneof(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.bigInt({ min: -10_000_000n, max: 10_000_000n })), { nil: null });
const comparator = fc.constantFrom('ge' as const, 'le' as const, null);
const schedule = fc.constantFrom(null, '{"kind":"quarterly","shares":["25","50","75","100"]}', '{"kind":"monthly","shares":["5","12","22","30","38","47","55","63","72","81","90","100"]}');
const values: fc.Arbitrary<TargetValues> = fc.record({
  amount: scaled, amountComparator: comparator, growth: scaled, growthComparator: comparator, noTarget: fc.boolean(), scheduleJson: schedule,
});
const target: fc.Arbitrary<BatchTarget> = fc.record({
  year: fc.integer({ min: 2000, max: 2100 }), organisationId: fc.integer({ min: 1, max: 10_000_000 }), indicatorCode: fc.constantFrom('gdp', 'retail_sales', '指标"1"'),
  version: fc.nat({ max: 1000 }), sheet: fc.constantFrom('年度目标', 'Sheet "1"', 'a\\b'), row: fc.integer({ min: 1, max: 100_030 }),
  changes: fc.boolean(), before: fc.constant(null),
}).chain((t) => (t.changes ? fc.option(values, { nil: null }).map((before) => ({ ...t, before })) : fc.constant(t)))
  .chain((t) => values.map((v) => ({ ...t, ...v })));

describe('the stored batch of a targets import', () => {
  it('gives back every row as written: values (64-bit exact), comparators, flags, schedule, place, version, change and replaced values', () => {
    fc.assert(fc.property(fc.array(target, { maxLength: 30 }), (rows) => {
      const writer = new StoredTargetsWriter();
      for (const { changes, before, ...row } of rows) writer.add(row, changes!, before);
      expect(writer.count).toBe(rows.length);
      expect(readStoredTargets(writer.json())).toEqual(rows);
    }), { numRuns: 500 });
  });

  it('reads a batch stored before the compact form (one object per row), changes not recorded', () => {
    const legacy: StoredTarget[] = [{
      year: 2026, organisationId: 7, indicatorCode: 'gdp', amount: '1300.5', amountComparator: 'ge', growth: null, growthComparator: null,
      noTarget: false, schedule: null, version: 2, at: '年度目标!4',
    }];
    expect(readStoredTargets(JSON.stringify(legacy))).toEqual([{
      year: 2026, organisationId: 7, indicatorCode: 'gdp', amount: 1_300_500_000n, amountComparator: 'ge', growth: null, growthComparator: null,
      noTarget: false, scheduleJson: null, version: 2, sheet: '年度目标', row: 4, changes: null, before: null,
    }]);
  });

  it('writes the record of replaced targets exactly as JSON.stringify of their snapshots', () => {
    const item = fc.record({
      at: fc.record({ year: fc.integer({ min: 2000, max: 2100 }), organisationId: fc.nat(), version: fc.nat() }), indicatorId: fc.nat(), values,
    });
    fc.assert(fc.property(fc.array(item, { maxLength: 20 }), (items) => {
      expect(snapshotsJson(items)).toBe(JSON.stringify(items.map((i) => targetSnapshot(i.at, i.indicatorId, i.values))));
    }), { numRuns: 500 });
  });
});
