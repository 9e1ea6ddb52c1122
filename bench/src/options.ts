import type { DialectName } from '@hongtu/server/src/db/connection';

export type ScaleName = 'small' | 'full';

/** The size of the generated province. */
export interface Scale {
  name: ScaleName | 'deadline';
  cities: number;
  /** Districts and zones (the reporting units), spread over the cities. */
  units: number;
  /** Total indicators: the 17 of the catalogue plus generated ones. */
  indicators: number;
  /** Years of 12 approved months each, ending with `lastYear`. */
  years: number;
  lastYear: number;
  /** The last generated month of `lastYear` (12 when absent): the later months have no period yet. */
  lastMonth?: number;
  /** The month whose overview is measured. */
  overviewPeriod: string;
  /** District-months imported one by one to time a single import (after `importWarmup`). */
  importSingle: number;
  importWarmup: number;
  /** Figure rows imported as whole district-months for the throughput figure. */
  importBulkRows: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  full: {
    name: 'full', cities: 17, units: 120, indicators: 40, years: 5, lastYear: 2025, overviewPeriod: '2025-09',
    importSingle: 30, importWarmup: 5, importBulkRows: 10_000,
  },
  small: {
    name: 'small', cities: 2, units: 12, indicators: 17, years: 1, lastYear: 2025, overviewPeriod: '2025-09',
    importSingle: 8, importWarmup: 2, importBulkRows: 10_000,
  },
};

export interface Options {
  dialects: DialectName[];
  scale: Scale;
  /** Overview requests timed after the warm-up. */
  iterations: number;
  warmup: number;
  pgUrl: string;
  /** Where results go; bench/results by default. */
  outDir: string;
  /** Skip the JSON files (a quick look). */
  write: boolean;
  /** Internal: run one dialect and write its result here (each dialect runs in its own process). */
  childResult?: string | undefined;
}

const USAGE = `usage: npm run bench -- [--dialect=sqlite|postgres|both] [--scale=small|full]
                     [--iterations=200] [--warmup=20] [--pg-url=postgres://…] [--no-write]`;

/**
 * The `--key=value` flags of a bench command (a bare `--key` is 'true'), each one of `known`;
 * `--help` prints the usage and exits. Shared by every bench command's options.
 */
export function readFlags(argv: string[], known: readonly string[], usage: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}\n${usage}`);
    values.set(match[1]!, match[2] ?? 'true');
  }
  const allowed = new Set(known);
  for (const key of values.keys()) if (!allowed.has(key)) throw new Error(`unknown option --${key}\n${usage}`);
  return values;
}

/** `--dialect=sqlite|postgres|both` (both by default) as the databases to run on. */
export function dialectsOf(values: Map<string, string>, usage: string): DialectName[] {
  const dialect = values.get('dialect') ?? 'both';
  if (dialect !== 'sqlite' && dialect !== 'postgres' && dialect !== 'both') throw new Error(`--dialect must be sqlite, postgres or both\n${usage}`);
  return dialect === 'both' ? ['sqlite', 'postgres'] : [dialect];
}

/** The PostgreSQL the bench uses: `--pg-url`, else HONGTU_BENCH_PG_URL, else the local test database. */
export const pgUrlOf = (values: Map<string, string>): string =>
  values.get('pg-url') ?? process.env.HONGTU_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function parseOptions(argv: string[], defaults: { outDir: string }): Options {
  const values = readFlags(argv, ['dialect', 'scale', 'iterations', 'warmup', 'pg-url', 'out', 'no-write', 'child-result'], USAGE);
  const scaleName = values.get('scale') ?? 'full';
  if (scaleName !== 'small' && scaleName !== 'full') throw new Error(`--scale must be small or full\n${USAGE}`);
  const int = (key: string, fallback: number) => {
    const raw = values.get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${key} must be a positive integer`);
    return n;
  };
  return {
    dialects: dialectsOf(values, USAGE),
    scale: SCALES[scaleName],
    iterations: int('iterations', 200),
    warmup: int('warmup', 20),
    pgUrl: pgUrlOf(values),
    outDir: values.get('out') ?? defaults.outDir,
    write: !values.has('no-write'),
    childResult: values.get('child-result'),
  };
}
