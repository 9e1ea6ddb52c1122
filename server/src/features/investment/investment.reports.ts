import type { DistrictList, Funnel, Reconciliation } from '@hongtu/contracts/investment';
import {
  contractRates, div, fixedText, fromScaled, FUND_CURRENCY, FUND_INDICATOR, FUND_KINDS, IN_PLACE_KIND, leadFunnel, rankAgainstTargets,
  REPORTING_UNIT_KINDS, scheduleFromShares, storageInt, sub, toPlainString, type Dec, type FundKind, type LeadStage, type ScheduleShares,
} from '@hongtu/domain';
import { sumAmount } from '../../db/columns';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/permissions/actor';
import { approvedFigures } from '../reporting/reporting.public';
import { yearTargets } from '../targets/targets.public';

const big = (raw: string | number | bigint | null | undefined): bigint => (raw === null || raw === undefined ? 0n : storageInt(raw));
const rate = (value: bigint | null): string | null => fixedText(value, 2, true);

/**
 * The funnel of the leads in the actor's scope (or of one district in it): how many are at each
 * stage and reached it, conversion between stages, intended investment by stage, mean days in a
 * stage. Three small queries (the organisations in scope, two grouped reads), whatever the number of leads.
 */
export async function leadFunnelOf(db: Executor, actor: Pick<Actor, 'organisationPath'>, districtId?: number): Promise<Funnel> {
  // The organisations in scope first (a few hundred at most), then the leads by organisation id: the
  // grouped reads run on the funnel indexes without a join.
  let scope = db.selectFrom('organisations').select('id').where('path', 'like', `${actor.organisationPath}%`);
  if (districtId !== undefined) scope = scope.where('id', '=', districtId);
  const ids = (await scope.limit(5000).execute()).map((o) => o.id);
  if (ids.length === 0) return toFunnel(leadFunnel([]));
  const leads = db.selectFrom('investment_leads').where('organisation_id', 'in', ids)
    .select((eb) => ['stage', eb.fn.countAll<number>().as('n'), sumAmount('intended_investment').as('intended')])
    .groupBy('stage');
  const moves = db.selectFrom('investment_lead_events').where('organisation_id', 'in', ids).where('kind', '=', 'stage')
    .select((eb) => ['from_stage', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('days_in_stage').as('days')])
    .groupBy('from_stage');
  const [current, left] = await Promise.all([leads.execute(), moves.execute()]);
  const leftOf = new Map(left.map((r) => [r.from_stage, r]));
  const funnel = leadFunnel(current.map((r) => ({
    stage: r.stage as LeadStage, current: Number(r.n), intended: big(r.intended),
    left: Number(leftOf.get(r.stage)?.n ?? 0), leftDays: Number(leftOf.get(r.stage)?.days ?? 0),
  })).concat(left.filter((r) => r.from_stage !== null && !current.some((c) => c.stage === r.from_stage)).map((r) => ({
    stage: r.from_stage as LeadStage, current: 0, intended: 0n, left: Number(r.n), leftDays: Number(r.days ?? 0),
  }))));
  return toFunnel(funnel);
}

function toFunnel(funnel: ReturnType<typeof leadFunnel>): Funnel {
  return {
    total: funnel.total,
    signedShare: rate(funnel.signedShare),
    stages: funnel.stages.map((s) => ({
      stage: s.stage, current: s.current, reached: s.reached, conversion: rate(s.conversion),
      intended: toPlainString(fromScaled(s.intended)), averageDays: fixedText(s.averageDays, 1),
    })),
  };
}

/** The reporting units (districts, zones) in the actor's scope. */
async function districtsOf(db: Executor, actor: Pick<Actor, 'organisationPath'>) {
  return db.selectFrom('organisations').select(['id', 'name']).where('path', 'like', `${actor.organisationPath}%`)
    .where('kind', 'in', [...REPORTING_UNIT_KINDS]).orderBy('code').limit(500).execute();
}

const monthEnd = (month: string) => `${month}-31`;

/**
 * The districts' 履约率 and 到位率 over the contracts signed this year up to the month, and their
 * funds in place this year to the month against the target of 招商引资实际到位资金 beside time
 * progress, ranked.
 */
export async function districtRates(db: Executor, actor: Pick<Actor, 'organisationPath'>, month: string): Promise<DistrictList> {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const districts = await districtsOf(db, actor);
  const ids = districts.map((d) => d.id);
  if (ids.length === 0) return { month, items: [] };
  const contracts = await db.selectFrom('investment_contracts as c').innerJoin('investment_leads as l', 'l.id', 'c.lead_id')
    .select((eb) => ['c.organisation_id', 'c.currency', eb.fn.countAll<number>().as('n'), sumAmount('c.amount').as('amount'),
      eb.fn.sum<number>(eb.case().when('l.stage', 'in', ['started', 'producing']).then(1).else(0).end()).as('started')])
    .where('c.organisation_id', 'in', ids).where('c.signed_on', '>=', `${year}-01-01`).where('c.signed_on', '<=', monthEnd(month))
    .groupBy(['c.organisation_id', 'c.currency']).execute();
  const inPlace = await db.selectFrom('investment_funds as f').innerJoin('investment_contracts as c', 'c.id', 'f.contract_id')
    .select(['c.organisation_id', 'c.currency', sumAmount('f.amount').as('amount')])
    .where('c.organisation_id', 'in', ids).where('c.signed_on', '>=', `${year}-01-01`).where('c.signed_on', '<=', monthEnd(month))
    .where('f.month', '<=', month)
    .where((eb) => eb.or([eb.and([eb('c.currency', '=', 'yi_yuan'), eb('f.kind', '=', IN_PLACE_KIND.yi_yuan)]), eb.and([eb('c.currency', '=', 'wan_usd'), eb('f.kind', '=', IN_PLACE_KIND.wan_usd)])]))
    .groupBy(['c.organisation_id', 'c.currency']).execute();
  const ytd = await db.selectFrom('investment_funds').select(['organisation_id', sumAmount('amount').as('amount')])
    .where('organisation_id', 'in', ids).where('kind', '=', 'funds_in_place').where('month', '>=', `${year}-01`).where('month', '<=', month)
    .groupBy('organisation_id').execute();
  const indicator = await db.selectFrom('indicators').select('id').where('code', '=', FUND_INDICATOR.funds_in_place).executeTakeFirst();
  const targets = indicator ? await yearTargets(db, ids, year, [indicator.id]) : [];

  const facts = districts.map((d) => {
    const of = (currency: 'yi_yuan' | 'wan_usd') => {
      const c = contracts.find((r) => r.organisation_id === d.id && r.currency === currency);
      const p = inPlace.find((r) => r.organisation_id === d.id && r.currency === currency);
      return { signed: Number(c?.n ?? 0), started: Number(c?.started ?? 0), contracted: big(c?.amount), inPlace: big(p?.amount) };
    };
    const target = targets.find((t) => t.organisationId === d.id && !t.noTarget);
    const stored = target?.scheduleJson ? (JSON.parse(target.scheduleJson) as ScheduleShares) : null;
    return { d, yuan: of('yi_yuan'), usd: of('wan_usd'), actual: big(ytd.find((r) => r.organisation_id === d.id)?.amount), target: target?.amountTarget == null ? null : big(target.amountTarget), schedule: scheduleFromShares(stored) };
  });
  const ranked = new Map(rankAgainstTargets(facts.map((f) => ({ orgId: f.d.id, actual: f.actual, target: f.target, schedule: f.schedule })), monthNumber).map((r) => [r.orgId, r]));
  return {
    month,
    items: facts.map((f) => {
      const signed = f.yuan.signed + f.usd.signed;
      const started = f.yuan.started + f.usd.started;
      const overall = contractRates({ signed, started, contracted: 0n, inPlace: 0n });
      const r = ranked.get(f.d.id)!;
      return {
        organisationId: f.d.id, organisationName: f.d.name, signed, started, fulfilmentRate: rate(overall.fulfilmentRate),
        contractedYiYuan: toPlainString(fromScaled(f.yuan.contracted)), inPlaceYiYuan: toPlainString(fromScaled(f.yuan.inPlace)), inPlaceRateYiYuan: rate(contractRates(f.yuan).inPlaceRate),
        contractedWanUsd: toPlainString(fromScaled(f.usd.contracted)), inPlaceWanUsd: toPlainString(fromScaled(f.usd.inPlace)), inPlaceRateWanUsd: rate(contractRates(f.usd).inPlaceRate),
        ytdInPlace: toPlainString(fromScaled(f.actual)), target: f.target === null ? null : toPlainString(fromScaled(f.target)),
        completion: rate(r.completion), timeProgress: fixedText(r.timeProgress, 2, true), gap: rate(r.gap), rank: r.rank,
      };
    }),
  };
}

/**
 * The contracts' funds in place this year to the month beside the district's approved figure of the
 * matching indicator (实际到位资金, 产业到资, 实际利用外资, FDI), with the difference (reported −
 * contracts). 万美元 are shown as the indicators' 亿美元, exactly.
 */
export async function reconciliation(db: Executor, actor: Pick<Actor, 'organisationPath'>, month: string): Promise<Reconciliation> {
  const year = Number(month.slice(0, 4));
  const districts = await districtsOf(db, actor);
  const ids = districts.map((d) => d.id);
  if (ids.length === 0) return { month, items: [] };
  const sums = await db.selectFrom('investment_funds').select(['organisation_id', 'kind', sumAmount('amount').as('amount')])
    .where('organisation_id', 'in', ids).where('month', '>=', `${year}-01`).where('month', '<=', month)
    .groupBy(['organisation_id', 'kind']).execute();
  const indicators = await db.selectFrom('indicators').select(['id', 'code']).where('code', 'in', Object.values(FUND_INDICATOR)).execute();
  const figures = await approvedFigures(db, ids, year, Number(month.slice(5, 7)));
  const inUnit = (kind: FundKind, scaled: bigint): Dec => (FUND_CURRENCY[kind] === 'yi_yuan' ? fromScaled(scaled) : div(fromScaled(scaled), 10_000));
  const items = districts.flatMap((d) => FUND_KINDS.map((kind) => {
    const indicatorId = indicators.find((i) => i.code === FUND_INDICATOR[kind])?.id;
    const fromContracts = inUnit(kind, big(sums.find((s) => s.organisation_id === d.id && s.kind === kind)?.amount));
    const raw = indicatorId === undefined ? null : (figures.get(d.id)?.get(indicatorId)?.ytd_value ?? null);
    const reported = raw === null ? null : fromScaled(raw);
    return {
      organisationId: d.id, organisationName: d.name, kind, indicatorCode: FUND_INDICATOR[kind],
      fromContracts: toPlainString(fromContracts), reported: reported === null ? null : toPlainString(reported),
      difference: reported === null ? null : toPlainString(sub(reported, fromContracts)),
    };
  }));
  return { month, items };
}
