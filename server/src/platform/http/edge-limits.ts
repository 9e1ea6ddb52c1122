// The limits of the public edge: request rates, sign-in failures, how refusals are audited.
// Defaults suit a city's offices behind shared NAT addresses; tests pass smaller ones.

export interface EdgeLimits {
  /** Requests per window per account (signed in) or per address (anonymous). */
  requestsPerWindow: number;
  requestWindowMs: number;
  /** Wrong passwords for one account from one address before that address is locked out of it. */
  failuresPerAccountAddress: number;
  /** The first lock of an account for an address; each further lock doubles it (up to 32×). */
  lockMinutes: number;
  /** Wrong passwords from one address, across accounts, within the window before it is throttled. */
  failuresPerAddress: number;
  addressWindowMinutes: number;
  /** The first throttle of an address; each further one doubles it (up to 32×). */
  addressBlockMinutes: number;
  /** Anonymous refusals from one address audited one by one per window; beyond, counted (10×, 100× …). */
  refusalsAuditedInFull: number;
  refusalWindowMinutes: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = {
  requestsPerWindow: 600,
  requestWindowMs: 60_000,
  failuresPerAccountAddress: 5,
  lockMinutes: 30,
  failuresPerAddress: 20,
  addressWindowMinutes: 15,
  addressBlockMinutes: 15,
  refusalsAuditedInFull: 10,
  refusalWindowMinutes: 10,
};

/** A lock or throttle that grows with each repetition: base × 2^strikes, at most 32 × base. */
export function progressiveMinutes(base: number, strikes: number): number {
  return base * 2 ** Math.min(Math.max(strikes, 0), 5);
}
