import { describe, expect, it } from 'vitest';
import { DEMO_GROUPS, demoOverview } from '../builders/demo-overview.test-helpers';
import { RenderWorker, type ReportSnapshots } from './render-pool';

// No database is read here: the render worker's one question (the sources' approvals) is answered as none.
const input = {
  kind: 'monthly-bulletin', periodKey: '2022-09', scope: { organisationId: 1, name: '武汉市', isCity: true },
  groups: DEMO_GROUPS, locale: 'zh-CN', issuer: '武汉市发展和改革委员会', dateLine: '2022年10月20日', provisional: false,
} as const;
const snapshots: ReportSnapshots = { snapshotJson: JSON.stringify(demoOverview(2022, 9, 9)), previousJson: null };
const hooks = { approvals: async () => new Map(), phase: () => {} };

describe('the report render worker', () => {
  it('is replaced after a report that leaves its isolate holding more than its bound', async () => {
    const pool = new RenderWorker({ recycleMb: 0 });
    const first = await pool.make(input, snapshots, undefined, hooks);
    const second = await pool.make(input, snapshots, undefined, hooks);
    expect(pool.lastMemory).toBeGreaterThan(0);
    expect(pool.started).toBe(2);
    expect(second.title).toBe(first.title);
  }, 120_000);

  it('keeps its worker from report to report under its bound', async () => {
    const pool = new RenderWorker({ recycleMb: 4096 });
    await pool.make(input, snapshots, undefined, hooks);
    await pool.make(input, snapshots, undefined, hooks);
    expect(pool.started).toBe(1);
  }, 120_000);
});
