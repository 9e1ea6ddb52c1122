// The pure parts of the deadline scenario: what an operator does next, how long it thinks, the
// latency summaries and the goals. No I/O here, so they are tested alone (deadline-mix.test.ts).

/** What an operator does in one action (issue 7, item 13): 70 % reads, 25 % saves, 5 % submits. */
export type ActionKind = 'read' | 'save' | 'submit';
export const DEADLINE_MIX: readonly (readonly [ActionKind, number])[] = [['read', 0.7], ['save', 0.25], ['submit', 0.05]];

/** The reads of an operator's day, by weight: the month form, the district dashboard, the periods list, the dry-run check. */
export type ReadKind = 'month' | 'dashboard' | 'periods' | 'check';
export const READ_MIX: readonly (readonly [ReadKind, number])[] = [['month', 0.55], ['dashboard', 0.25], ['periods', 0.1], ['check', 0.1]];

/** Every class of request timed separately; `return` and `review` are the city reviewers'. */
export const REQUEST_CLASSES = ['month', 'dashboard', 'periods', 'check', 'save', 'submit', 'review', 'return'] as const;
export type RequestClass = (typeof REQUEST_CLASSES)[number];

/** The item of a weighted list that `u` (uniform in [0, 1)) falls on; weights need not sum to 1. */
export function pick<T>(u: number, weighted: readonly (readonly [T, number])[]): T {
  if (weighted.length === 0) throw new Error('nothing to pick from');
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let at = u * total;
  for (const [item, weight] of weighted) {
    if (at < weight) return item;
    at -= weight;
  }
  return weighted[weighted.length - 1]![0];
}

/** A number uniform in [min, max) from `u`. */
export const uniform = (u: number, min: number, max: number) => min + (max - min) * u;

/** mulberry32: a small seeded generator, so a run's choices can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items (distinct, in list order) of `list`, drawn with `rand`. */
export function sample<T>(rand: () => number, list: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  const n = Math.min(count, list.length);
  while (chosen.size < n) chosen.add(Math.floor(rand() * list.length));
  return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
}

/**
 * Exact nearest-rank percentile of an ascending array (every sample is kept: a 10-minute run has
 * tens of thousands, so no histogram approximation is needed).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

const r1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : x);

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    p50: r1(percentile(sorted, 50)),
    p95: r1(percentile(sorted, 95)),
    p99: r1(percentile(sorted, 99)),
    max: r1(sorted[sorted.length - 1] ?? Number.NaN),
    mean: r1(sorted.length ? mean : Number.NaN),
  };
}

/**
 * Whether an answer is what a working system gives: 2xx, or a 409 that the scenario provokes
 * on purpose (a version a colleague moved on, a month submitted meanwhile). Everything else —
 * 4xx, 5xx, a timeout, a broken connection (status 0) — is an error.
 */
export function isExpected(status: number, code: string | undefined): boolean {
  if (status >= 200 && status < 300) return true;
  return status === 409 && (code === 'STALE_VERSION' || code === 'SUBMISSION_STATE');
}

/** The reporting month whose deadline is coming: the month before this one in Beijing. */
export function deadlineMonth(now: Date): { year: number; month: number; deadlineDate: string } {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  let year = beijing.getUTCFullYear();
  let month = beijing.getUTCMonth(); // 0-based this month = 1-based last month
  if (month === 0) {
    year -= 1;
    month = 12;
  }
  // "The last hours before the deadline": the deadline is the end of today in Beijing, or of
  // tomorrow when fewer than three hours of today are left.
  const later = new Date(now.getTime() + 3 * 3_600_000 + 8 * 3_600_000);
  return { year, month, deadlineDate: later.toISOString().slice(0, 10) };
}

export interface Goal {
  goal: string;
  value: string;
  pass: boolean;
}

export interface GoalInputs {
  save: Latency;
  requests: number;
  errors: number;
  verified: boolean;
}

/** The goals for the deadline: p95 save < 300 ms, p99 < 1 s, errors < 0.1 %, every write verified. */
export function deadlineGoals(input: GoalInputs): Goal[] {
  const errorRate = input.requests > 0 ? input.errors / input.requests : Number.NaN;
  return [
    { goal: 'save p95 < 300 ms', value: `${input.save.p95} ms`, pass: input.save.n > 0 && input.save.p95 < 300 },
    { goal: 'save p99 < 1 s', value: `${input.save.p99} ms`, pass: input.save.n > 0 && input.save.p99 < 1000 },
    { goal: 'errors < 0.1 %', value: `${(errorRate * 100).toFixed(3)} % (${input.errors} of ${input.requests})`, pass: errorRate < 0.001 },
    { goal: 'every acknowledged write present with its audit row; chain verifies', value: input.verified ? 'yes' : 'no', pass: input.verified },
  ];
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text.replace(/=+$/, '').toUpperCase()) {
    const index = BASE32.indexOf(ch);
    if (index < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/**
 * The TOTP code (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) of a base32 secret at a time, as an
 * authenticator app shows it: the city reviewers' accounts need a second factor to sign in.
 */
export function totp(secret: string, at: Date, hmac: (key: Buffer, message: Buffer) => Buffer, digits = 6): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 30_000)));
  const mac = hmac(base32Bytes(secret), counter);
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}
