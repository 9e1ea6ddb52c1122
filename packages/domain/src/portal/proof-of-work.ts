// The public portal's challenge on sign-up and anonymous forms (DOMAIN.md "Enterprise accounts"): a signed,
// expiring token the browser answers either by proof of work (a nonce whose SHA-256 with the
// token starts with `difficulty` zero bits, found by a small script with Web Crypto) or, without
// script, by a simple sum written in words (the accessible fallback). The signature (HMAC with
// the server's secret) and the hash are given by the caller: the rule itself does no I/O.

/** Leading zero bits asked of SHA-256(token + ':' + nonce): 2^16 tries on average, a second or two in a browser. */
export const PORTAL_CHALLENGE_DIFFICULTY = 16;
/** How long a challenge may be answered after it was issued. */
export const PORTAL_CHALLENGE_MINUTES = 20;

export interface PortalChallenge {
  /** Random id (base64url): makes each token unique, and lets a spent one be remembered. */
  id: string;
  difficulty: number;
  /** Epoch milliseconds after which the token is refused. */
  expiresAt: number;
  /** The no-script question: the sum of these two numbers. */
  addends: readonly [number, number];
}

export interface ChallengeCrypto {
  /** HMAC of the text with the server's secret, base64url. */
  sign: (text: string) => string;
  /** SHA-256 of the UTF-8 text. */
  sha256: (text: string) => Uint8Array;
}

export type ChallengeVerdict = 'ok' | 'malformed' | 'forged' | 'expired' | 'wrong';

// The body is ASCII (an id of base64url characters and numbers): hex keeps it free of the '.' separator.
const toHex = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) throw new Error('not hex');
  return hex.replace(/../g, (pair) => String.fromCharCode(parseInt(pair, 16)));
};

/** The token the page carries: hex(JSON of the challenge) '.' signature. */
export function encodeChallenge(challenge: PortalChallenge, crypto: Pick<ChallengeCrypto, 'sign'>): string {
  const body = toHex(JSON.stringify({ i: challenge.id, d: challenge.difficulty, e: challenge.expiresAt, a: challenge.addends }));
  return `${body}.${crypto.sign(body)}`;
}

/** Two numbers 1–9 for the question, from the id's characters (the caller's randomness). */
export function addendsOf(id: string): [number, number] {
  const code = (i: number) => (id.charCodeAt(i % Math.max(id.length, 1)) || 0) % 9 + 1;
  return [code(0), code(1)];
}

/** Equal strings in time independent of where they differ (the signature check). */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The challenge a token carries, when its signature is the server's (else why not). */
export function decodeChallenge(token: string, crypto: Pick<ChallengeCrypto, 'sign'>): PortalChallenge | 'malformed' | 'forged' {
  if (token.length > 512) return 'malformed';
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return 'malformed';
  if (!sameText(crypto.sign(body), signature)) return 'forged';
  try {
    const raw = JSON.parse(fromHex(body)) as { i?: unknown; d?: unknown; e?: unknown; a?: unknown };
    const addends = Array.isArray(raw.a) && raw.a.length === 2 && raw.a.every((n) => Number.isInteger(n)) ? (raw.a as [number, number]) : null;
    if (typeof raw.i !== 'string' || !Number.isInteger(raw.d) || !Number.isInteger(raw.e) || !addends) return 'malformed';
    return { id: raw.i, difficulty: raw.d as number, expiresAt: raw.e as number, addends };
  } catch {
    return 'malformed';
  }
}

/** How many zero bits the hash starts with. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) { bits += 8; continue; }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Whether the nonce is a proof of work for the token at the difficulty. */
export function nonceSolves(token: string, nonce: string, difficulty: number, sha256: ChallengeCrypto['sha256']): boolean {
  return nonce.length > 0 && nonce.length <= 32 && leadingZeroBits(sha256(`${token}:${nonce}`)) >= difficulty;
}

/** The answer: a nonce solving the work, or the sum (digits, full-width digits accepted) of the question. */
export function verifyChallenge(
  token: string,
  answer: { nonce?: string | null; sum?: string | null },
  crypto: ChallengeCrypto,
  now: number,
): { verdict: ChallengeVerdict; challenge?: PortalChallenge } {
  const challenge = decodeChallenge(token, crypto);
  if (typeof challenge === 'string') return { verdict: challenge };
  if (now > challenge.expiresAt) return { verdict: 'expired', challenge };
  if (answer.nonce && nonceSolves(token, answer.nonce, challenge.difficulty, crypto.sha256)) return { verdict: 'ok', challenge };
  const sum = (answer.sum ?? '').normalize('NFKC').trim();
  if (/^\d{1,3}$/.test(sum) && Number(sum) === challenge.addends[0] + challenge.addends[1]) return { verdict: 'ok', challenge };
  return { verdict: 'wrong', challenge };
}

/** Finds a nonce (tests, scripts; the browser does the same with Web Crypto). */
export function solveChallenge(token: string, difficulty: number, sha256: ChallengeCrypto['sha256']): string {
  for (let n = 0; ; n += 1) {
    const nonce = n.toString(36);
    if (nonceSolves(token, nonce, difficulty, sha256)) return nonce;
  }
}
