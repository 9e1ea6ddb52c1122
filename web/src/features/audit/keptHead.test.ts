import { describe, expect, it } from 'vitest';
import { keptHeadFileName, parseKeptHead } from './keptHead';

const HASH = 'c'.repeat(64);
const OTHER = 'd'.repeat(64);

describe('parseKeptHead', () => {
  it('reads the downloaded head, id:hash and a checkpoint log (its furthest head)', () => {
    expect(parseKeptHead(JSON.stringify({ id: 41, hash: HASH, count: 41, at: '2026-11-22T08:00:00.000Z' }, null, 2))).toEqual({ id: 41, hash: HASH });
    expect(parseKeptHead(`  41:${HASH}\n`)).toEqual({ id: 41, hash: HASH });
    const log = [
      { id: 12, hash: OTHER, count: 12, at: '2026-11-22T08:00:00Z', reason: 'start' },
      { id: 40, hash: HASH, count: 40, at: '2026-11-22T08:10:00Z', reason: 'schedule' },
      { id: 30, hash: OTHER, count: 30, at: '2026-11-22T08:20:00Z', reason: 'start' },
    ].map((l) => JSON.stringify(l)).join('\n');
    expect(parseKeptHead(log)).toEqual({ id: 40, hash: HASH });
  });

  it('refuses text that holds no head', () => {
    for (const text of ['', 'abc', `0:${HASH}`, '41:abc', '{"id":41}', `{"id":"41","hash":"${HASH}"}`, `{"id":41,"hash":"${HASH.toUpperCase()}"}`]) {
      expect(parseKeptHead(text), text).toBeNull();
    }
  });

  it('names the file by date and row', () => {
    expect(keptHeadFileName({ id: 41, at: '2026-11-22T08:00:00.000Z' })).toBe('audit-head-2026-11-22-41.json');
  });
});
