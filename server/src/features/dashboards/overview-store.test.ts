import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { overviewSchema } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildApp } from '../../app';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { OverviewCache } from './overview-store';
import { EncodedAnswer } from '../../platform/http/encoded-answer';

type Json = Record<string, unknown>;
const FAI = 'fixed_asset_investment';
const OVERVIEW = '/api/dashboard/overview?period=2026-02';

/**
 * The overview's read model is never stale: after every kind of write that changes what an
 * overview shows, the answer is the one computed afresh from the tables; writes that do not
 * change it leave the stored answer in place.
 */
describeEachDialect('the overview read model', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const org: Record<string, number> = {};

  const call = async (who: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: Json) => {
    const response = await t.app.inject({ method, url, headers: { cookie: cookies[who]! }, ...(payload ? { payload } : {}) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response;
  };
  const ok = async (who: string, method: 'POST' | 'PUT' | 'PATCH' | 'GET', url: string, payload?: Json) => (await call(who, method, url, payload)).json() as Json;
  /** The answer as sent, checked against its contract. */
  const served = async (who = 'leader') => {
    const response = await call(who, 'GET', OVERVIEW);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(() => overviewSchema.parse(response.json())).not.toThrow();
    return response.body;
  };
  /** The overview computed afresh: nothing stored or held by an app server is left to serve (a new generation). */
  const fresh = async (who = 'leader') => {
    await t.database.db.deleteFrom('dashboard_overviews').execute();
    await t.database.db.updateTable('dashboard_generation').set((eb) => ({ generation: eb('generation', '+', 1) })).where('id', '=', 1).execute();
    return served(who);
  };
  /** The same request to a second app server on the same database (its own in-process copies). */
  let second: FastifyInstance;
  const servedBySecond = async (who = 'leader') => {
    const response = await second.inject({ method: 'GET', url: OVERVIEW, headers: { cookie: cookies[who]! } });
    expect(response.statusCode, response.body).toBe(200);
    return response.body;
  };
  const generation = async () => String((await t.database.db.selectFrom('dashboard_generation').select('generation').executeTakeFirstOrThrow()).generation);
  const indicatorId = async (code: string) => (await t.database.db.selectFrom('indicators').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const month = (code: string) => `/api/submissions/2026-02/${org[code]}`;

  /** Seeds one approved district-month straight into the tables. */
  async function approvedMonth(code: string, ytd: string) {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', 2026).where('month', '=', 2).executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: org[code]!, status: 'approved', submitted_at: 'x', approved_at: 'x', reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: await indicatorId(FAI), ytd_value: toScaled(ytd), reported_yoy: null,
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).execute();
  }

  /** Reads (stored), writes, reads again: the answer is the fresh one, and the write changed it. */
  async function expectFreshAfter(write: () => Promise<unknown>) {
    const before = await served();
    expect(await served()).toBe(before);
    // The second app server holds its copy too.
    expect(await servedBySecond()).toBe(before);
    expect(await servedBySecond()).toBe(before);
    await write();
    const after = await served();
    // Neither app server serves the copy it holds: both answer what the tables say now.
    expect(await servedBySecond()).toBe(after);
    expect(after).toBe(await fresh());
    expect(after).not.toBe(before);
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const who of ['reviewer', 'leader', 'wuchang', 'admin']) cookies[who] = await t.login(who);
    for (const code of ['420102', '420103', '420104', '420106', '420100']) org[code] = await t.orgId(code);
    await ok('reviewer', 'POST', '/api/periods', { year: 2026, month: 2 });
    for (const code of ['420103', '420104', '420106']) {
      await ok('reviewer', 'PUT', '/api/targets', {
        year: 2026, organisationId: org[code], indicatorCode: FAI, amountTarget: '100', amountComparator: 'ge',
        growthTarget: null, growthComparator: null, noTarget: false, schedule: null, version: 0,
      });
    }
    await approvedMonth('420103', '12.85');
    await approvedMonth('420104', '9');
    second = await buildApp({ database: t.database, clock: t.clock, logger: false });
    await second.ready();
  });
  afterAll(async () => {
    await second?.close();
    await t.close();
  });

  it('serves the stored overview while nothing it shows has changed', async () => {
    const first = await served();
    const rows = await t.database.db.selectFrom('dashboard_overviews').select(['key', 'body']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.body).toBe(first);
    // What is stored is what is served: a marked copy comes back as it is.
    const marked = first.replace('"periodKey":"2026-02"', '"periodKey":"2026-02","marked":true');
    expect(marked).not.toBe(first);
    await t.database.db.updateTable('dashboard_overviews').set({ body: marked }).execute();
    // An app server without a copy of its own serves the stored one; the one that computed it, its copy of that generation.
    expect(await servedBySecond()).toBe(marked);
    expect((await call('leader', 'GET', OVERVIEW)).body).toBe(first);
    // Another person, language or group is another entry.
    await served('reviewer');
    expect(await t.database.db.selectFrom('dashboard_overviews').select('key').execute()).toHaveLength(2);
    await fresh();
  });

  it('sends the same answer compressed to a client that accepts it, made once per generation', async () => {
    const plain = await served();
    const asBrowser = async (acceptEncoding: string) => {
      const response = await t.app.inject({ method: 'GET', url: OVERVIEW, headers: { cookie: cookies.leader!, 'accept-encoding': acceptEncoding } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      return response;
    };
    const br = await asBrowser('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(plain) / 2);
    // A client that prefers gzip, or knows only gzip, gets gzip.
    const gz = await asBrowser('gzip;q=1, br;q=0.5');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain);
    // A client that refuses both, or names none we offer, gets the bytes as they are.
    for (const header of ['identity', 'br;q=0, gzip;q=0', 'compress']) {
      const none = await asBrowser(header);
      expect(none.headers['content-encoding'], header).toBeUndefined();
      expect(none.body).toBe(plain);
    }
    // The same bytes the second time: the compressed copy is the one held.
    expect((await asBrowser('br')).rawPayload.equals(br.rawPayload)).toBe(true);
    // A new generation is compressed afresh and decompresses to the new answer.
    const afresh = await fresh();
    expect(brotliDecompressSync((await asBrowser('br')).rawPayload).toString('utf8')).toBe(afresh);
  });

  it('keeps it through drafts, submits and returns of a month not yet approved', async () => {
    const before = await served();
    const at = await generation();
    const saved = await ok('wuchang', 'PUT', `${month('420106')}/figures`, { figures: [{ indicatorCode: FAI, ytdValue: '12.85', reportedYoy: null, note: null, version: 0 }] });
    const submitted = await ok('wuchang', 'POST', `${month('420106')}/submit`, { version: saved.version });
    const returned = await ok('reviewer', 'POST', `${month('420106')}/return`, { version: submitted.version, reason: '请核实' });
    const again = await ok('wuchang', 'PUT', `${month('420106')}/figures`, { figures: [{ indicatorCode: FAI, ytdValue: '13.5', reportedYoy: null, note: null, version: (returned.figures as Json[]).find((f) => f.indicatorCode === FAI)?.version as number }] });
    await ok('wuchang', 'POST', `${month('420106')}/submit`, { version: again.version });
    expect(await generation()).toBe(at);
    expect(await served()).toBe(before);
    expect(await fresh()).toBe(before);
  });

  it('is fresh after an approval', async () => {
    const current = await ok('reviewer', 'GET', month('420106'));
    await expectFreshAfter(() => ok('reviewer', 'POST', `${month('420106')}/approve`, { version: current.version }));
  });

  it('is fresh after a figure of a published month changes', async () => {
    const faiId = await indicatorId(FAI);
    await expectFreshAfter(async () => {
      const submission = await t.database.db.selectFrom('submissions').select('id').where('organisation_id', '=', org['420104']!).executeTakeFirstOrThrow();
      await t.database.db.updateTable('figures').set({ ytd_value: toScaled('9.5') }).where('submission_id', '=', submission.id).where('indicator_id', '=', faiId).execute();
    });
  });

  it('is fresh after a target changes', async () => {
    const target = await t.database.db.selectFrom('targets').select('version').where('organisation_id', '=', org['420103']!).executeTakeFirstOrThrow();
    await expectFreshAfter(() => ok('reviewer', 'PUT', '/api/targets', {
      year: 2026, organisationId: org['420103'], indicatorCode: FAI, amountTarget: '50', amountComparator: 'ge',
      growthTarget: null, growthComparator: null, noTarget: false, schedule: null, version: target.version,
    }));
  });

  it('is fresh after a warning rule changes', async () => {
    const rules = (await ok('reviewer', 'GET', '/api/warning-rules')).items as Json[];
    const wuhan = rules.find((r) => r.code === 'wuhan.progress_ratio')!;
    await expectFreshAfter(() => ok('reviewer', 'PUT', '/api/warning-rules/wuhan.progress_ratio', { enabled: false, config: wuhan.config as Json, version: wuhan.version }));
  });

  it('is fresh after a district is renamed', async () => {
    const row = await t.database.db.selectFrom('organisations').select('version').where('id', '=', org['420104']!).executeTakeFirstOrThrow();
    await expectFreshAfter(() => ok('admin', 'PATCH', `/api/organisations/${org['420104']}`, { name: '硚口区（新）', version: row.version }));
  });

  it('is fresh after a granted revision takes an approved month back to the district', async () => {
    const approved = await ok('wuchang', 'GET', month('420106'));
    const requested = await ok('wuchang', 'POST', `${month('420106')}/revision-request`, { version: approved.version, reason: '数据有误' });
    await expectFreshAfter(() => ok('reviewer', 'POST', `${month('420106')}/revision-decision`, { version: requested.version, grant: true, reason: '同意' }));
  });
});

describe('an app server\'s copies of the overview', () => {
  const answer = (json: string) => EncodedAnswer.of(json);
  const text = (held: EncodedAnswer | undefined) => held?.text();

  it('serves a copy only at its own generation', () => {
    const cache = new OverviewCache({ entries: 4, bytes: 1000 });
    cache.set('k', '7', answer('{"a":1}'));
    expect(text(cache.get('k', '7'))).toBe('{"a":1}');
    expect(cache.get('k', '8')).toBeUndefined();
    // Once a later generation was asked for, the old copy is gone for good.
    expect(cache.get('k', '7')).toBeUndefined();
    expect([cache.size, cache.heldBytes]).toEqual([0, 0]);
  });

  it('is bounded in entries and bytes, the least recently used going first', () => {
    const cache = new OverviewCache({ entries: 2, bytes: 10 });
    cache.set('a', '1', answer('aaaa'));
    cache.set('b', '1', answer('bbbb'));
    expect(text(cache.get('a', '1'))).toBe('aaaa');
    cache.set('c', '1', answer('cccc'));
    expect([text(cache.get('a', '1')), text(cache.get('b', '1')), text(cache.get('c', '1'))]).toEqual(['aaaa', undefined, 'cccc']);
    cache.set('d', '1', answer('dddddddd'));
    expect([cache.size, cache.heldBytes]).toEqual([1, 8]);
    cache.set('e', '1', answer('x'.repeat(11)));
    expect(cache.get('e', '1')).toBeUndefined();
    expect(cache.heldBytes).toBeLessThanOrEqual(10);
  });

  it('counts bytes, not characters, and the compressed copies made since', async () => {
    const cache = new OverviewCache({ entries: 4, bytes: 1_000_000 });
    const chinese = answer(JSON.stringify({ name: '武昌区'.repeat(1000) }));
    cache.set('zh', '1', chinese);
    // Three bytes a character in UTF-8.
    expect(cache.heldBytes).toBe(9000 + '{"name":""}'.length);
    const before = cache.heldBytes;
    const copy = await chinese.encoded('gzip');
    expect(cache.heldBytes).toBe(before + copy.length);
  });

  it('evicts by the bytes of compressed copies too', async () => {
    const first = answer(JSON.stringify({ n: Array.from({ length: 400 }, (_, i) => i * 7919 % 1000) }));
    const copy = await first.encoded('gzip');
    const cache = new OverviewCache({ entries: 4, bytes: first.bytes.length + copy.length + 10 });
    cache.set('a', '1', first);
    cache.set('b', '1', answer('x'.repeat(copy.length + 11)));
    expect(cache.get('a', '1')).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
