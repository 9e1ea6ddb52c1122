import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from './connection';

/**
 * Column helpers shared by migrations so both dialects get equivalent tables.
 * Amounts are scaled 64-bit integers (6 decimal places of the figure's own
 * unit); see docs/adr/0002-exact-amounts.md.
 */
export function amountColumnType(dialect: DialectName): 'integer' | 'bigint' {
  // SQLite's INTEGER is 64-bit; STRICT tables accept only its own type names.
  return dialect === 'sqlite' ? 'integer' : 'bigint';
}

export function idColumn(dialect: DialectName) {
  return (col: ColumnDefinitionBuilder) =>
    dialect === 'sqlite'
      ? col.primaryKey().autoIncrement()
      : col.primaryKey().generatedByDefaultAsIdentity();
}

/** SQLite tables are STRICT: text in an integer column is refused. */
export function strictTable<TB extends string, C extends string>(
  dialect: DialectName,
  builder: CreateTableBuilder<TB, C>,
): CreateTableBuilder<TB, C> {
  return dialect === 'sqlite' ? builder.modifyEnd(sql` strict`) : builder;
}

/** Sum of an amount column as an exact integer string on both dialects. */
export function sumAmount(column: string): RawBuilder<string | null> {
  return sql<string | null>`cast(sum(${sql.ref(column)}) as text)`;
}

export async function dialectOf(db: Kysely<unknown>): Promise<DialectName> {
  const adapter = db.getExecutor().adapter.constructor.name;
  return adapter.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite';
}
