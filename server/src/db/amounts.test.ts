import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { dec, fromScaled, toPlainString, toScaled } from '@hongtu/domain';
import { amountColumnType, strictTable, sumAmount } from './columns';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../test/dialects';

describeEachDialect('exact amounts through the database', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // A scratch table with the same amount column type the feature tables use.
    await strictTable(
      dialect,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (database.db as any).schema
        .createTable('amount_probe')
        .addColumn('id', 'integer', (c: { primaryKey: () => unknown }) => c.primaryKey())
        .addColumn('amount', amountColumnType(dialect), (c: { notNull: () => unknown }) => c.notNull()),
    ).execute();
  });
  afterAll(() => database.dispose());

  it('525.69 亿元 + 0.01 亿元 = 525.70 亿元, summed by the database', async () => {
    await sql`insert into amount_probe (id, amount) values (1, ${toScaled(dec('525.69'))}), (2, ${toScaled(dec('0.01'))})`.execute(database.db);
    const row = await sql<{ total: string }>`select ${sumAmount('amount')} as total from amount_probe`.execute(database.db);
    expect(toPlainString(fromScaled(row.rows[0]!.total), 2)).toBe('525.70');
  });

  it('round-trips a value through storage unchanged', async () => {
    const value = dec('123456789.123456');
    await sql`insert into amount_probe (id, amount) values (3, ${toScaled(value)})`.execute(database.db);
    const row = await sql<{ amount: string | number }>`select amount from amount_probe where id = 3`.execute(database.db);
    expect(fromScaled(row.rows[0]!.amount).equals(value)).toBe(true);
  });

  it('refuses text in an amount column', async () => {
    await expect(sql`insert into amount_probe (id, amount) values (4, ${'12abc'})`.execute(database.db)).rejects.toThrow();
  });
});
