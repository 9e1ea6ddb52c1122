import { auditHeadSchema } from '@hongtu/contracts';

/** A head the auditor kept: the newest row's id and hash at the time. */
export interface KeptHead {
  id: number;
  hash: string;
}

const pick = auditHeadSchema.pick({ id: true, hash: true });

function fromJson(text: string): KeptHead | null {
  try {
    const parsed = pick.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Reads a kept head from what the auditor pastes or uploads: the file "keep the head" downloads
 * (or a backup's head.json), `id:hash`, or a checkpoint log (its furthest head). Null when the
 * text holds none.
 */
export function parseKeptHead(text: string): KeptHead | null {
  const trimmed = text.trim();
  const pair = /^(\d+):([0-9a-f]{64})$/.exec(trimmed);
  if (pair) return Number(pair[1]) > 0 ? { id: Number(pair[1]), hash: pair[2]! } : null;
  const whole = fromJson(trimmed);
  if (whole) return whole;
  const lines = trimmed.split('\n').map(fromJson).filter((h): h is KeptHead => h !== null);
  return lines.reduce<KeptHead | null>((best, head) => (best === null || head.id > best.id ? head : best), null);
}

/** The file name of a kept head: the date and the row it names. */
export function keptHeadFileName(head: { id: number; at: string }): string {
  return `audit-head-${head.at.slice(0, 10)}-${head.id}.json`;
}
