// Before the deadline's window: the province with the month open and its people in a database
// of its own, then everyone signed in through the API and each operator's figures drafted, as the
// day so far would have left them. None of it is timed as the scenario. See bench/README.md.
import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { accumulates } from '@hongtu/domain';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { nextValue, reportedRate, type AckedSave, type HttpClient, type OperatorSpec, type OwnedIndicator, type ReviewerSpec } from './deadline-load';
import { prng, totp } from './deadline-mix';
import type { DeadlineOptions } from './deadline-options';
import type { DeadlineDatabase } from './deadline-server';
import { BENCH_PASSWORD, generateProvince, insertUser } from './generate';
import type { Scale } from './options';

export const log = (dialect: DialectName, message: string) => console.log(`[deadline ${dialect}] ${message}`);

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  }));
  return out;
}

/** The reviewers' TOTP secret (base32), for this benchmark's throwaway accounts only. */
const BENCH_TOTP_SECRET = 'HONGTUBENCHSECRETONLYFORBENCHXXX';

const operatorAddress = (i: number) => `127.77.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const reviewerAddress = (i: number) => `127.78.0.${i + 1}`;

export interface DeadlinePeople {
  operators: OperatorSpec[];
  reviewers: ReviewerSpec[];
  /** Per operator: how many colleagues share its district's month, and which of them it is. */
  split: Map<string, { colleagues: number; k: number }>;
  figuresInDatabase: number;
  generateMs: number;
}

/** The province, the open month, the people: straight into the tables. */
export async function populate(
  dialect: DialectName, options: DeadlineOptions, database: DeadlineDatabase, clock: Clock,
  month: { scale: Scale; due: { year: number; month: number }; deadline: string; periodKey: string },
): Promise<DeadlinePeople> {
  const { scale, due, deadline, periodKey } = month;
  const t0 = performance.now();
  const bench = database.open();
  let operators: OperatorSpec[];
  let reviewers: ReviewerSpec[];
  let figuresInDatabase: number;
  const split = new Map<string, { colleagues: number; k: number }>();
  try {
    const province = await generateProvince(bench, scale, clock);
    const { db } = bench.handle;
    await db.insertInto('reporting_periods').values({ year: due.year, month: due.month, status: 'open', deadline, created_at: clock.now().toISOString() }).execute();
    const districts = province.units.slice(0, Math.min(province.units.length, Math.ceil(options.operators / options.perDistrict)));
    // October's figures of those districts: November's values are drawn from them.
    const october = await db.selectFrom('figures as f')
      .innerJoin('submissions as s', 's.id', 'f.submission_id')
      .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
      .select(['s.organisation_id', 'f.indicator_id', 'f.ytd_value'])
      .where('p.year', '=', due.year).where('p.month', '=', due.month - 1)
      .where('s.organisation_id', 'in', districts.map((d) => d.id))
      .execute();
    const base = new Map(october.map((r) => [`${r.organisation_id}:${r.indicator_id}`, Number(r.ytd_value) / 1e6]));
    const perDistrict = new Map<number, number>();
    const people = Array.from({ length: options.operators }, (_, i) => {
      const district = districts[i % districts.length]!;
      perDistrict.set(district.id, (perDistrict.get(district.id) ?? 0) + 1);
      return { i, district, k: Math.floor(i / districts.length) };
    });
    // Every indicator for now; once signed in, the month form says which are due this month
    // (quarterly ones are not, in most months) and those are shared among the colleagues.
    operators = people.map(({ i, district, k }) => {
      const indicators: OwnedIndicator[] = province.indicators
        .map((ind) => ({ code: ind.code, decimals: ind.decimals, base: base.get(`${district.id}:${ind.id}`) ?? 0, accumulates: accumulates(ind.kind) }));
      split.set(`op_${district.id}_${k + 1}`, { colleagues: perDistrict.get(district.id)!, k });
      return { username: `op_${district.id}_${k + 1}`, address: operatorAddress(i), organisationId: district.id, cityId: district.cityId, indicators };
    });
    const cities = [...new Set(districts.map((d) => d.cityId))];
    reviewers = cities.map((cityId, i) => ({ username: `reviewer_${cityId}`, address: reviewerAddress(i), cityId }));
    const now = clock.now().toISOString();
    for (const op of operators) await insertUser(bench, { username: op.username, role: 'district_operator', organisationId: op.organisationId, passwordHash: province.passwordHash, now });
    for (const r of reviewers) await insertUser(bench, { username: r.username, role: 'city_reviewer', organisationId: r.cityId, passwordHash: province.passwordHash, now });
    // The reviewers' role signs in with a second factor (where the server has them): enrolled here,
    // as each reviewer would have done at their first sign-in, with the benchmark's secret.
    const reviewerIds = await db.selectFrom('users').select('id').where('username', 'in', reviewers.map((r) => r.username)).execute();
    try {
      await sql`insert into second_factors (user_id, secret, confirmed_at, last_step, created_at, updated_at)
        select id, ${BENCH_TOTP_SECRET}, ${now}, null, ${now}, ${now} from users where id in (${sql.join(reviewerIds.map((r) => r.id))})`.execute(db);
    } catch {
      // A server without second factors.
    }
    figuresInDatabase = province.counts.figures ?? 0;
    log(dialect, `${figuresInDatabase.toLocaleString('en-US')} figures; ${periodKey} open until ${deadline}; ${districts.length} districts, ${operators.length} operators, ${reviewers.length} reviewers`);
  } finally {
    await bench.dispose();
  }
  const generateMs = Math.round(performance.now() - t0);
  return { operators, reviewers, split, figuresInDatabase, generateMs };
}

export interface SignedIn {
  operatorCookies: string[];
  reviewerCookies: string[];
  loginMs: number;
  indicatorsDue: number;
  /** The drafts every operator saved before the window (checked afterwards like the window's saves). */
  prefill: AckedSave[];
  /** Each operator's month as it stood when the window opened. */
  current: unknown[];
  prefillMs: number;
}

/** Everyone signs in (reviewers with their second factor), then each operator drafts its figures. */
export async function signInAndDraft(
  dialect: DialectName, options: DeadlineOptions, http: HttpClient, people: DeadlinePeople, periodKey: string,
): Promise<SignedIn> {
  const { operators, reviewers, split } = people;
  const t2 = performance.now();
  const signIn = async (username: string, address: string) => {
    let answer = await http.request('POST', '/api/auth/login', { body: { username, password: BENCH_PASSWORD }, address });
    if (answer.status === 200 && answer.cookie && (answer.body as { pendingStep?: string | null }).pendingStep === 'second-factor') {
      const code = totp(BENCH_TOTP_SECRET, new Date(), (key, message) => createHmac('sha1', key).update(message).digest());
      answer = await http.request('POST', '/api/auth/second-factor/verify', { body: { code }, cookie: answer.cookie, address });
    }
    const pending = (answer.body as { pendingStep?: string | null } | null)?.pendingStep;
    if (answer.status !== 200 || !answer.cookie || pending) throw new Error(`sign-in of ${username} failed: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    return answer.cookie;
  };
  const operatorCookies = await mapLimit(operators, 4, (op) => signIn(op.username, op.address));
  const reviewerCookies = await mapLimit(reviewers, 4, (r) => signIn(r.username, r.address));
  const loginMs = Math.round(performance.now() - t2);
  const dueCodes = new Map<number, string[]>();
  for (const [i, op] of operators.entries()) {
    if (dueCodes.has(op.organisationId)) continue;
    const month = await http.request('GET', `/api/submissions/${periodKey}/${op.organisationId}`, { cookie: operatorCookies[i], address: op.address });
    if (month.status !== 200) throw new Error(`month form of ${op.organisationId}: ${month.status} ${JSON.stringify(month.body).slice(0, 300)}`);
    dueCodes.set(op.organisationId, (month.body as { figures: { indicatorCode: string }[] }).figures.map((f) => f.indicatorCode));
  }
  // Indicators whose growth is reported at comparable prices need that growth with each figure.
  const catalogue = await http.request('GET', '/api/indicators', { cookie: operatorCookies[0], address: operators[0]!.address });
  const rated = new Set(((catalogue.body as { items?: { code: string; growthBasis?: string }[] } | null)?.items ?? [])
    .filter((i) => i.growthBasis === 'reported_real').map((i) => i.code));
  for (const op of operators) {
    const { colleagues, k } = split.get(op.username)!;
    const byCode = new Map(op.indicators.map((ind) => [ind.code, { ...ind, rate: rated.has(ind.code) }]));
    op.indicators = dueCodes.get(op.organisationId)!.filter((_, j) => j % colleagues === k).map((code) => byCode.get(code)!);
  }
  const indicatorsDue = dueCodes.values().next().value?.length ?? 0;
  log(dialect, `signed in ${operators.length + reviewers.length} people in ${(loginMs / 1000).toFixed(1)} s`);

  // ---- The day so far: each operator has drafted its figures (not timed; checked afterwards like the rest).
  const t3 = performance.now();
  const prefillRand = prng(options.seed);
  const prefill: AckedSave[] = [];
  const submissions = await mapLimit(operators, 8, async (op, i) => {
    const figures = op.indicators.map((ind) => ({
      indicatorCode: ind.code, ytdValue: nextValue(prefillRand, ind, undefined), reportedYoy: reportedRate(prefillRand, ind), note: null, version: 0,
    }));
    const path = `/api/submissions/${periodKey}/${op.organisationId}/figures`;
    let answer = await http.request('PUT', path, { body: { figures }, cookie: operatorCookies[i], address: op.address });
    if (answer.status === 409) answer = await http.request('PUT', path, { body: { figures }, cookie: operatorCookies[i], address: op.address });
    if (answer.status !== 200) throw new Error(`draft of ${op.username} failed: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    const s = answer.body as { id: number; figures: { indicatorCode: string; version: number }[] };
    const versions = new Map(s.figures.map((f) => [f.indicatorCode, f.version]));
    prefill.push({ operator: op.username, organisationId: op.organisationId, submissionId: s.id, figures: figures.map((f) => ({ code: f.indicatorCode, value: f.ytdValue, version: versions.get(f.indicatorCode) ?? -1 })), at: -1 });
    return answer.body;
  });
  // Each operator starts from the month as it is now (its colleagues' drafts included).
  const current = await mapLimit(operators, 8, async (op, i) => {
    const answer = await http.request('GET', `/api/submissions/${periodKey}/${op.organisationId}`, { cookie: operatorCookies[i], address: op.address });
    return answer.status === 200 ? answer.body : submissions[i];
  });
  const prefillMs = Math.round(performance.now() - t3);
  log(dialect, `drafted ${prefill.length} operators' figures in ${(prefillMs / 1000).toFixed(1)} s`);
  return { operatorCookies, reviewerCookies, loginMs, indicatorsDue, prefill, current, prefillMs };
}
