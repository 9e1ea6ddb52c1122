// The unified social credit code 统一社会信用代码 (GB 32100-2015; DOMAIN.md "Who": enterprises
// are identified by it, with a check character). 18 characters: 17 body characters + 1 check.
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // no I O Z S V

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const BODY_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{17}$/;
const CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** A body that is not 17 characters of the GB 32100 charset. */
export class CreditCodeError extends Error {
  override readonly name = 'CreditCodeError';
  constructor(readonly body: string) {
    super(`Not a 17-character credit code body: ${body}`);
  }
}

/** check = 31 − (Σ value(cᵢ) × wᵢ mod 31), where 31 becomes 0. */
export function creditCodeCheckChar(first17: string): string {
  if (!BODY_PATTERN.test(first17)) throw new CreditCodeError(first17);
  let total = 0;
  for (let i = 0; i < 17; i += 1) total += CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = (31 - (total % 31)) % 31;
  return CREDIT_CODE_CHARSET.charAt(check);
}

/** Strict: exactly 18 upper-case charset characters with the right check character. */
export function isValidCreditCode(code: string): boolean {
  if (!CODE_PATTERN.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);
}

/** What a user typed → the canonical form (trimmed, half-width, upper-case); validate afterwards. */
export function normalizeCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
