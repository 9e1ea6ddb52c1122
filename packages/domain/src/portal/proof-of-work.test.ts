import { describe, expect, it } from 'vitest';
import { addendsOf, decodeChallenge, encodeChallenge, leadingZeroBits, solveChallenge, verifyChallenge, type ChallengeCrypto, type PortalChallenge } from './proof-of-work';

// The rule takes its hash and signature from the caller (the server: HMAC-SHA256, SHA-256); a
// small FNV-1a stands in for both here, enough to tell secrets and texts apart.
const fnv = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const cryptoWith = (secret: string): ChallengeCrypto => ({
  sign: (text) => fnv(`${secret}|${text}`).toString(36),
  sha256: (text) => { const h = fnv(text); return new Uint8Array([h >>> 24, (h >>> 16) & 255, (h >>> 8) & 255, h & 255]); },
});
const crypto = cryptoWith('test-secret');
const challenge: PortalChallenge = { id: 'abcDEF123', difficulty: 8, expiresAt: 1_000_000, addends: addendsOf('abcDEF123') };

describe('portal challenge (proof of work or a sum in words)', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0x10, 0xff]))).toBe(11);
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });

  it('round-trips a signed token and refuses one signed with another secret or altered', () => {
    const token = encodeChallenge(challenge, crypto);
    expect(decodeChallenge(token, crypto)).toEqual(challenge);
    expect(decodeChallenge(token, cryptoWith('other'))).toBe('forged');
    const [body, signature] = token.split('.');
    expect(decodeChallenge(`${body}x.${signature}`, crypto)).toBe('forged');
    expect(decodeChallenge('nonsense', crypto)).toBe('malformed');
  });

  it('accepts a nonce that solves the work, refuses one that does not, and refuses an expired token', () => {
    const token = encodeChallenge(challenge, crypto);
    const nonce = solveChallenge(token, challenge.difficulty, crypto.sha256);
    expect(verifyChallenge(token, { nonce }, crypto, 999_999).verdict).toBe('ok');
    const wrong = ['x', 'y', 'z', 'w'].find((n) => leadingZeroBits(crypto.sha256(`${token}:${n}`)) < 8)!;
    expect(verifyChallenge(token, { nonce: wrong }, crypto, 999_999).verdict).toBe('wrong');
    expect(verifyChallenge(token, { nonce }, crypto, 1_000_001).verdict).toBe('expired');
  });

  it('accepts the sum as the accessible answer (full-width digits too), not another number', () => {
    const token = encodeChallenge(challenge, crypto);
    const [a, b] = challenge.addends;
    expect(verifyChallenge(token, { sum: String(a + b) }, crypto, 0).verdict).toBe('ok');
    expect(verifyChallenge(token, { sum: String(a + b).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) }, crypto, 0).verdict).toBe('ok');
    expect(verifyChallenge(token, { sum: String(a + b + 1) }, crypto, 0).verdict).toBe('wrong');
  });
});
