import { describe, expect, it } from 'vitest';
import { isRecoveryCode, normaliseSecondFactorCode } from '@hongtu/contracts';
import { matchTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpCode, totpStepAt } from './totp';

/** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890" (base32), codes cut to six digits. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: [number, string][] = [[59, '287082'], [1111111109, '081804'], [1111111111, '050471'], [1234567890, '005924'], [2000000000, '279037']];

describe('TOTP', () => {
  it('gives the codes of RFC 6238 for SHA-1', () => {
    for (const [seconds, code] of RFC_VECTORS) expect(totpCode(RFC_SECRET, totpStepAt(new Date(seconds * 1000)))).toBe(code);
  });

  it('accepts the code of the step before, the current and the one after, and names its step', () => {
    const at = new Date('2026-03-05T02:00:10.000Z');
    const step = totpStepAt(at);
    for (const delta of [-1, 0, 1]) expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + delta), at)).toBe(step + delta);
    for (const delta of [-3, -2, 2, 3]) expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + delta), at)).toBeNull();
  });

  it('makes 160-bit base32 secrets, each new', () => {
    const secrets = new Set(Array.from({ length: 20 }, newTotpSecret));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  });
});

describe('recovery codes', () => {
  it('are ten different codes of ten characters without look-alikes, hashed from their typed form', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
      expect(isRecoveryCode(normaliseSecondFactorCode(code))).toBe(true);
      expect(recoveryCodeHash(normaliseSecondFactorCode(` ${code.toUpperCase()} `))).toBe(recoveryCodeHash(normaliseSecondFactorCode(code)));
    }
  });
});
