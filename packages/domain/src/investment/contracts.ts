// Signed contracts and the funds they bring in place: the currency rule, 履约率 and 到位率.
import { type Fixed, percentOf } from '../fixed-point';
import { CONTRACT_CURRENCY, FUND_CURRENCY, type ContractCurrency, type ContractKind, type FundKind } from './vocabulary';

/** A domestic contract is stated in 亿元, a foreign one in 万美元; the other currency is refused. */
export function contractCurrencyAllowed(kind: ContractKind, currency: ContractCurrency): boolean {
  return CONTRACT_CURRENCY[kind] === currency;
}

/** Funds in place of a kind are reported only on a contract of the same currency (实际利用外资 on a 万美元 contract). */
export function fundKindAllowed(kind: FundKind, contractCurrency: ContractCurrency): boolean {
  return FUND_CURRENCY[kind] === contractCurrency;
}

/** The kinds of funds whose sum against the contract amounts gives 到位率: 实际到位资金 (亿元), 实际利用外资 (万美元). */
export const IN_PLACE_KIND: Readonly<Record<ContractCurrency, FundKind>> = { yi_yuan: 'funds_in_place', wan_usd: 'foreign_capital' };

export interface DistrictContractFacts {
  /** Contracts signed. */
  signed: number;
  /** Of those, contracts whose lead reached 开工 or 投产. */
  started: number;
  /** Contract amounts and funds in place of one currency, as stored (scaled × 10^6). */
  contracted: bigint;
  inPlace: bigint;
}

/**
 * 履约率 = contracts whose project started (开工 or 投产) ÷ contracts signed × 100;
 * 到位率 = funds in place ÷ contract amounts × 100, in one currency. Null without a base.
 */
export function contractRates(facts: DistrictContractFacts): { fulfilmentRate: Fixed | null; inPlaceRate: Fixed | null } {
  return {
    fulfilmentRate: percentOf(BigInt(facts.started), BigInt(facts.signed)),
    inPlaceRate: percentOf(facts.inPlace, facts.contracted),
  };
}
