import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CREDIT_CODE_CHARSET,
  CreditCodeError,
  creditCodeCheckChar,
  isValidCreditCode,
  normalizeCreditCode,
} from './credit-code';

const bodyChar = fc.constantFrom(...CREDIT_CODE_CHARSET.split(''));
const body17 = fc.array(bodyChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));

describe('credit code (GB 32100-2015)', () => {
  it('has the 31-character charset without I O Z S V', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const letter of 'IOZSV') expect(CREDIT_CODE_CHARSET).not.toContain(letter);
  });

  it.each(['91350100M000100Y43', '91110000710925462X', '91110108551385082Q'])('accepts the published code %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes the check character of a body', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000710925462')).toBe('X');
  });

  it('maps a weighted sum divisible by 31 to check character 0', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(isValidCreditCode('000000000000000000')).toBe(true);
  });

  it('accepts codes built with the function', () => {
    for (const bodyText of ['91420100MA4KMR9X6', '12420000MB1234567', '52420106MJY000000']) {
      expect(isValidCreditCode(bodyText + creditCodeCheckChar(bodyText))).toBe(true);
    }
  });

  it.each([
    ['91350100M000100Y4', 'too short'],
    ['91350100M000100Y433', 'too long'],
    ['', 'empty'],
    ['91350100M000100Y44', 'wrong check character'],
    ['91350100I000100Y43', 'letter I'],
    ['91350100O000100Y43', 'letter O'],
    ['91350100Z000100Y43', 'letter Z'],
    ['91350100S000100Y43', 'letter S'],
    ['91350100V000100Y43', 'letter V'],
    ['91350100m000100y43', 'lower case'],
    ['91350100M000100Y4３', 'full-width digit'],
  ])('rejects %s (%s)', (code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  it('refuses to compute a check character for a malformed body', () => {
    expect(() => creditCodeCheckChar('9135010')).toThrow(CreditCodeError);
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(CreditCodeError);
  });

  it('normalises what users type', () => {
    expect(normalizeCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });

  it('property: any body plus its computed check character validates', () => {
    fc.assert(
      fc.property(body17, (bodyText) => {
        expect(isValidCreditCode(bodyText + creditCodeCheckChar(bodyText))).toBe(true);
      }),
    );
  });

  it('property: changing any one character breaks a valid code', () => {
    fc.assert(
      fc.property(body17, fc.integer({ min: 0, max: 17 }), bodyChar, (bodyText, position, replacement) => {
        const code = bodyText + creditCodeCheckChar(bodyText);
        fc.pre(code.charAt(position) !== replacement);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(isValidCreditCode(changed)).toBe(false);
      }),
    );
  });
});
