import type { Selectable } from 'kysely';

/** A user's TOTP second factor (RFC 6238); one row per user. */
export interface SecondFactorsTable {
  user_id: number;
  /** Base32 secret. Never answered again once the enrolment is confirmed. */
  secret: string;
  /** Null while the enrolment waits for its first code; the factor counts only once confirmed. */
  confirmed_at: string | null;
  /** The last 30-second step whose code was accepted: a code is accepted once (replay). */
  last_step: number | null;
  created_at: string;
  updated_at: string;
}
export type SecondFactorRow = Selectable<SecondFactorsTable>;

/** One-time recovery codes of a second factor, kept as SHA-256 hashes (the codes are random, 50 bits each). */
export interface SecondFactorRecoveryCodesTable {
  user_id: number;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

declare module '../../db/database' {
  interface Database {
    second_factors: SecondFactorsTable;
    second_factor_recovery_codes: SecondFactorRecoveryCodesTable;
  }
}
