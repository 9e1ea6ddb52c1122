// The benchmark's province: generated straight into a prepared database.
//
// 1 province → `cities` cities → `units` districts and zones (materialised paths "/1/2/7/"),
// the 17 indicators of the catalogue plus generated ones, `years` × 12 approved district-months
// with one figure per indicator (and its first version and approval event, as the workflow leaves
// them), a target and a responsibility per year × district × indicator, district groups per city,
// the enabled warning rules, and one city reviewer at the province root.
//
// Amounts are scaled 64-bit integers, value × 10^6 (docs/adr/0002-exact-amounts.md); values are
// drawn with the indicator's decimals and scaled with integer arithmetic (checked against
// toScaled of @hongtu/domain on a sample). Deterministic: one seeded PRNG stream.
import { performance } from 'node:perf_hooks';
import { toScaled } from '@hongtu/domain';
import { prepareDatabase } from '@hongtu/server/src/db/prepare';
import { INDICATOR_CATALOGUE } from '@hongtu/server/src/features/indicators/indicator-catalogue';
import { accumulates, computesGrowth, defaultDeadlineDate, endOfShanghaiDay, type GrowthBasis, type ReportingFrequency, type ReportingUnitKind } from '@hongtu/domain';
import { ensureWarningRules } from '@hongtu/server/src/features/warnings/warning-rules.seed';
import { hashPassword } from '@hongtu/server/src/platform/auth/password-hash';
import type { Clock } from '@hongtu/server/src/platform/clock';
import type { IndicatorDirection, IndicatorKind } from '@hongtu/server/src/features/indicators/indicator-catalogue';
import {
  FIGURES,
  FIGURE_VERSIONS,
  GROUP_MEMBERS,
  GROUPS,
  ORGANISATIONS,
  PERIODS,
  RESPONSIBILITIES,
  SUBMISSIONS,
  SUBMISSION_EVENTS,
  TARGETS,
  openBulkWriter,
  resyncIdentities,
  type Row,
} from './bulk';
import type { BenchDatabase } from './database';
import {
  Buffered,
  CITY_NAMES,
  DISTRICT_SUFFIXES,
  GENERATED,
  SHAPE,
  ZONE_SUFFIXES,
  annualRange,
  cumulativeShares,
  prng,
  scaled,
} from './generate-series';
import type { Scale } from './options';

export const BENCH_PASSWORD = 'Bench#Hongtu-2026';
export const REVIEWER = 'bench_reviewer';

export interface GeneratedUnit {
  id: number;
  code: string;
  name: string;
  kind: ReportingUnitKind;
  path: string;
  cityId: number;
}

export interface GeneratedIndicator {
  id: number;
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  decimals: number;
  isKey: boolean;
  /** When the indicator is reported, and whether its growth is reported at constant prices. */
  frequency: ReportingFrequency;
  growthBasis: GrowthBasis;
}

export interface GeneratedProvince {
  provinceId: number;
  provincePath: string;
  units: GeneratedUnit[];
  indicators: GeneratedIndicator[];
  years: number[];
  passwordHash: string;
  counts: Record<string, number>;
  /** Wall time: migrations + catalogue (prepareDatabase), the bulk load, statistics, prepareDatabase again (as a restart). */
  timings: { prepareMs: number; loadMs: number; analyseMs: number; restartMs: number; totalMs: number };
}


export { scaled } from './generate-series';
/** Creates a user straight in the table (the hash is made once per run: argon2 is slow on purpose). */
export async function insertUser(
  database: BenchDatabase,
  user: { username: string; role: 'city_reviewer' | 'district_operator'; organisationId: number; passwordHash: string; now: string },
): Promise<void> {
  await database.handle.db.insertInto('users').values({
    username: user.username, display_name: user.username, password_hash: user.passwordHash, role: user.role,
    organisation_id: user.organisationId, status: 'active', created_at: user.now, updated_at: user.now, password_changed_at: user.now,
  }).execute();
}

export async function generateProvince(database: BenchDatabase, scale: Scale, clock: Clock): Promise<GeneratedProvince> {
  const started = performance.now();
  const { db } = database.handle;
  const now = clock.now().toISOString();

  await prepareDatabase(database.handle, clock);
  await ensureWarningRules(db, clock);
  const prepared = performance.now();

  // Indicators: the catalogue (installed by prepareDatabase), then generated ones.
  const extra = GENERATED.slice(0, Math.max(0, scale.indicators - INDICATOR_CATALOGUE.length));
  if (extra.length > 0) {
    await db.insertInto('indicators').values(extra.map(([code, name, unit, kind, decimals, direction], i) => ({
      code, name_zh_cn: name, name_zh_tw: name, name_en: code.replace(/^bench_/, '').replaceAll('_', ' '), unit, kind,
      direction: direction ?? 'higher', ytd_non_decreasing: accumulates(kind) ? 1 : 0,
      decimals, is_key: 0, sort_order: 1000 + i * 10, created_at: now,
    }))).execute();
  }
  const indicatorRows = await db.selectFrom('indicators').selectAll().orderBy('sort_order').execute();
  const indicators: GeneratedIndicator[] = indicatorRows.slice(0, scale.indicators).map((r) => ({
    id: r.id, code: r.code, name: r.name_zh_cn, unit: r.unit, kind: r.kind, direction: r.direction, decimals: r.decimals, isKey: r.is_key === 1,
    frequency: r.frequency, growthBasis: r.growth_basis,
  }));

  const rand = prng(20_260_120 + scale.units);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const writer = await openBulkWriter(database);
  const out = new Buffered(writer);
  const years = Array.from({ length: scale.years }, (_, i) => scale.lastYear - scale.years + 1 + i);
  const units: GeneratedUnit[] = [];
  const provinceId = 1;
  const provincePath = '/1/';

  try {
    await writer.transaction(async () => {
      // Organisations: ids assigned here (the database is fresh), paths "/1/<city>/<unit>/".
      const orgRows: Row[] = [[provinceId, 'BENCH-P', '宏图省', 'province', null, provincePath, null, now, now]];
      const cities: { id: number; path: string; name: string; units: GeneratedUnit[] }[] = [];
      let nextOrg = 2;
      for (let c = 0; c < scale.cities; c++) {
        const id = nextOrg++;
        const name = `${CITY_NAMES[c % CITY_NAMES.length]}${c >= CITY_NAMES.length ? c : ''}市`;
        cities.push({ id, path: `${provincePath}${id}/`, name, units: [] });
        orgRows.push([id, `BENCH-C${String(c + 1).padStart(2, '0')}`, name, 'city', provinceId, `${provincePath}${id}/`, null, now, now]);
      }
      for (let u = 0; u < scale.units; u++) {
        const city = cities[u % scale.cities]!;
        const index = city.units.length;
        // About one unit in six is a functional zone.
        const kind: GeneratedUnit['kind'] = index % 6 === 5 ? 'zone' : 'district';
        const id = nextOrg++;
        const stem = city.name.replace(/市$/, '');
        const suffixes = kind === 'zone' ? ZONE_SUFFIXES : DISTRICT_SUFFIXES;
        const name = `${stem}${suffixes[Math.floor(index / (kind === 'zone' ? 6 : 1)) % suffixes.length]}${index >= 10 ? index : ''}`;
        const unit: GeneratedUnit = { id, code: `BENCH-C${String((u % scale.cities) + 1).padStart(2, '0')}-${String(index + 1).padStart(2, '0')}`, name, kind, path: `${city.path}${id}/`, cityId: city.id };
        city.units.push(unit);
        units.push(unit);
        orgRows.push([id, unit.code, name, kind, city.id, unit.path, null, now, now]);
      }
      await writer.insert(ORGANISATIONS, orgRows);
      out.counts.organisations = orgRows.length;
      await resyncIdentities(writer, database, ['organisations']);

      // District groups of each city, as the demo has them (中心城区 / 新城区 / 功能区). Written on the
      // writer's connection like everything else: a write on another connection would wait for the
      // overview generation's row, which the writer's open transaction holds (migration 0090's triggers).
      const groupRows: Row[] = [];
      const memberRows: Row[] = [];
      let nextGroup = 1;
      for (const city of cities) {
        const districts = city.units.filter((x) => x.kind === 'district');
        const half = Math.ceil(districts.length / 2);
        const groups: [string, string, GeneratedUnit[]][] = [
          ['CENTRAL', '中心城区', districts.slice(0, half)],
          ['NEWCITY', '新城区', districts.slice(half)],
          ['ZONES', '功能区', city.units.filter((x) => x.kind === 'zone')],
        ];
        for (const [suffix, label, members] of groups) {
          if (members.length === 0) continue;
          const groupId = nextGroup++;
          groupRows.push([groupId, `BENCH-${city.id}-${suffix}`, `${city.name}${label}`, now]);
          for (const m of members) memberRows.push([groupId, m.id]);
        }
      }
      await writer.insert(GROUPS, groupRows);
      await resyncIdentities(writer, database, ['organisation_groups']);
      await writer.insert(GROUP_MEMBERS, memberRows);
      out.counts.organisation_group_members = memberRows.length;

      // Series state per unit × indicator: last year's twelve month values (YTD, or the level).
      const baseShare = cumulativeShares(SHAPE);
      const series = units.map(() => indicators.map((ind) => {
        const [lo, hi] = annualRange(ind.unit, ind.kind);
        const annual = between(lo, hi);
        const flat = ind.kind === 'ratio' || ind.kind === 'stock';
        return { lastYear: baseShare.map((share) => (flat ? annual : annual * share)) };
      }));

      let periodId = 1;
      let submissionId = 1;
      let figureId = 1;
      for (const year of years) {
        // This year's values of each series: last year's × growth, through a jittered monthly shape.
        const values = units.map((_, u) => indicators.map((ind, i) => {
          const s = series[u]![i]!;
          const growth = between(-0.06, 0.16);
          const lastDecember = s.lastYear[11]!;
          let months: number[];
          if (ind.kind === 'ratio') months = s.lastYear.map(() => lastDecember * between(0.95, 1.05));
          else if (ind.kind === 'stock') months = s.lastYear.map((_, m) => lastDecember * (1 + (growth * (m + 1)) / 12));
          else {
            const annual = lastDecember * (1 + growth);
            months = cumulativeShares(SHAPE.map((w) => w * between(0.9, 1.1))).map((share) => annual * share);
          }
          // Rounded as stored, so the reported growth agrees with the one computed from the figures.
          const stored = months.map((v) => Math.round(v * 10 ** ind.decimals) / 10 ** ind.decimals);
          // No growth against nothing (a count of 0 last year), as a district would leave it empty.
          const yoy = stored.map((v, m) => (!computesGrowth(ind.kind) || !(s.lastYear[m]! > 0) ? null : (v / s.lastYear[m]! - 1) * 100));
          const result = { stored, yoy, annual: stored[11]! };
          s.lastYear = stored;
          return result;
        }));

        for (let u = 0; u < units.length; u++) {
          for (let i = 0; i < indicators.length; i++) {
            const ind = indicators[i]!;
            const v = values[u]![i]!;
            const ratio = ind.kind === 'ratio';
            // Ahead of, on, or behind what the year will bring: some districts get carded.
            const amount = ratio ? v.annual * between(0.95, 1.1) : v.annual * between(0.92, 1.25);
            const comparator = ind.direction === 'lower' ? 'le' : 'ge';
            await out.add(TARGETS, [
              year, units[u]!.id, ind.id, scaled(amount, ind.decimals), comparator,
              ratio ? null : scaled(between(4, 14), 2), ratio ? null : comparator, 0, 'synthetic', now,
            ]);
            await out.add(RESPONSIBILITIES, [year, units[u]!.id, ind.id, '常务副区长', '区发改局', '发改工作专班', '周调度、月通报，问题清单化闭环管理', now]);
          }
        }

        const monthsOfYear = year === scale.lastYear ? (scale.lastMonth ?? 12) : 12;
        for (let month = 1; month <= monthsOfYear; month++) {
          const deadline = endOfShanghaiDay(defaultDeadlineDate({ year, month }));
          await out.add(PERIODS, [periodId, year, month, deadline, 'closed', now]);
          for (let u = 0; u < units.length; u++) {
            const submittedAt = new Date(Date.parse(deadline) - between(1, 4) * 86_400_000).toISOString();
            await out.add(SUBMISSIONS, [submissionId, periodId, units[u]!.id, 'approved', 1, 0, submittedAt, deadline, deadline]);
            await out.add(SUBMISSION_EVENTS, [submissionId, 'approve', 'submitted', 'approved', 1, null, deadline]);
            for (let i = 0; i < indicators.length; i++) {
              const ind = indicators[i]!;
              const v = values[u]![i]!;
              const ytd = scaled(v.stored[month - 1]!, ind.decimals);
              const growth = v.yoy[month - 1];
              const yoy = growth === null || growth === undefined ? null : scaled(growth, 2);
              await out.add(FIGURES, [figureId, submissionId, ind.id, ytd, yoy, 'synthetic', 1, null, deadline]);
              await out.add(FIGURE_VERSIONS, [figureId, submissionId, 1, ytd, yoy, 'synthetic', null, deadline, 1]);
              figureId++;
            }
            submissionId++;
          }
          periodId++;
        }
      }
      await out.flush();
      await resyncIdentities(writer, database);
    });
  } finally {
    await writer.release();
  }
  const loaded = performance.now();

  // PostgreSQL's autovacuum would analyse these tables shortly after such a load; do it now so
  // the planner sees the steady state. SQLite gets its statistics from prepareDatabase below.
  if (database.dialect === 'postgres') {
    const analyser = await openBulkWriter(database);
    try {
      await analyser.exec('analyze');
    } finally {
      await analyser.release();
    }
  }
  const analysed = performance.now();

  // What a running server sees: the server prepares its database at every start, and
  // prepareDatabase refreshes SQLite's planner statistics (PRAGMA optimize). A restart after the
  // load would do exactly this, so the measurements run on the database as the server leaves it.
  await prepareDatabase(database.handle, clock);
  const restarted = performance.now();

  const reviewerOrg = provinceId;
  await insertUser(database, { username: REVIEWER, role: 'city_reviewer', organisationId: reviewerOrg, passwordHash, now });

  // The integer scaling above must agree with the domain's exact codec.
  for (const [v, d] of [[123.456, 2], [70_123.4, 0], [0.015, 2], [9_876.54321, 2]] as const) {
    const expected = Number(toScaled((Math.round(v * 10 ** d) / 10 ** d).toFixed(d)));
    if (scaled(v, d) !== expected) throw new Error(`scaling mismatch for ${v}: ${scaled(v, d)} ≠ ${expected}`);
  }

  return {
    provinceId,
    provincePath,
    units,
    indicators,
    years,
    passwordHash,
    counts: { ...out.counts, indicators: indicators.length, organisation_groups: Number((await db.selectFrom('organisation_groups').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0) },
    timings: {
      prepareMs: Math.round(prepared - started),
      loadMs: Math.round(loaded - prepared),
      analyseMs: Math.round(analysed - loaded),
      restartMs: Math.round(restarted - analysed),
      totalMs: Math.round(restarted - started),
    },
  };
}
