// Deterministic helpers of the demo: a stated total split among its rows, dates spread over a period.

/** `count` positive parts of `total` (a scaled integer) that add up to it exactly, varied but not random. */
export function splitTotal(total: bigint, count: number): bigint[] {
  const weights = Array.from({ length: count }, (_, i) => BigInt(5 + ((i * 7) % 11)));
  const sum = weights.reduce((a, b) => a + b, 0n);
  // Whole 0.1 亿元 steps (scaled × 10^6 per unit: 0.1 = 100 000).
  const step = 100_000n;
  const parts = weights.map((w) => ((total * w) / sum / step) * step);
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0n);
  return parts;
}

/** `count` dates from `from` to `to` (inclusive), evenly spread, in order. */
export function spreadDates(from: string, to: string, count: number): string[] {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const dayMs = 86_400_000;
  const span = Math.round((b - a) / dayMs);
  return Array.from({ length: count }, (_, i) => new Date(a + Math.round((span * i) / Math.max(1, count - 1)) * dayMs).toISOString().slice(0, 10));
}
