import { describe, expect, it } from 'vitest';
import { jobPercent } from './jobs';

describe('jobPercent', () => {
  const at = (status: 'queued' | 'running' | 'succeeded' | 'failed', done: number, total: number | null) => jobPercent({ status, progress: { done, total, phase: null } });

  it('is 0 while the total is unknown, and 100 only once the job succeeded', () => {
    expect(at('queued', 0, null)).toBe(0);
    expect(at('running', 0, 3)).toBe(0);
    expect(at('running', 1, 3)).toBe(33);
    expect(at('running', 3, 3)).toBe(99);
    expect(at('succeeded', 0, null)).toBe(100);
    expect(at('failed', 2, 3)).toBe(66);
  });

  it('stays within 0–99 whatever a running job reports', () => {
    expect(at('running', 7, 3)).toBe(99);
    expect(at('running', -1, 3)).toBe(0);
    expect(at('running', 1, 0)).toBe(0);
  });
});
