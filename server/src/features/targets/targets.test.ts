// Annual targets through the HTTP API: every rule PUT /api/targets enforces (amount and/or growth,
// comparators, "no target", monthly / quarterly schedules, numbers as typed, scope, versions), and
// that a refused request stores nothing. Tests go through the API only, so they hold whichever
// layer (contract, domain, service) enforces a rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { snapshotDatabase, type Refusal } from '../../test/db-snapshot';

type Json = Record<string, unknown>;
interface ErrorBody { code: string; message: string; details?: { path: string; message: string }[] }

const MONTHLY = ['5', '12', '25', '32', '40', '50', '58', '66', '75', '83', '91', '100'];
const QUARTERLY = ['30', '55', '80', '100'];

describeEachDialect('annual targets', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchangOperator: string;
  let districtReviewer: string;
  const org: Record<string, number> = {};
  /** Each case gets its own year, so that cases never meet an existing target. */
  let nextYear = 2040;

  /** A valid request for 武昌区's GDP target; `change` overrides fields. */
  const request = (change: Json = {}): Json => ({
    year: nextYear++, organisationId: org['420106'], indicatorCode: 'gdp',
    amountTarget: '1,300', amountComparator: 'ge', growthTarget: '6.5', growthComparator: 'ge',
    noTarget: false, schedule: null, version: 0, ...change,
  });
  const put = async (payload: Json, cookie = reviewer) => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/targets', headers: { cookie, 'accept-language': 'en' }, payload });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const stored = async (year: number, organisationId = org['420106']!) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/targets?year=${year}&organisationId=${organisationId}`, headers: { cookie: reviewer } });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: Json[] }).items;
  };

  /**
   * Asserts a refusal with status and code, that the detail names `path`, and that nothing was
   * written but the refusal's own audit row: 'denied' for 403 and out-of-scope 404, else 'failed'.
   */
  const refused = async (payload: Json, status: number, code: string, path?: RegExp, cookie = reviewer, refusal: Refusal = status === 403 ? 'denied' : 'failed') => {
    const before = await snapshotDatabase(t.database.db, refusal);
    const response = await put(payload, cookie);
    const body = response.body as unknown as ErrorBody;
    expect(response.status, JSON.stringify(body)).toBe(status);
    expect(body.code).toBe(code);
    if (path) expect(body.details?.map((d) => d.path).join(' '), JSON.stringify(body)).toMatch(path);
    expect(await snapshotDatabase(t.database.db, refusal)).toBe(before);
    return body;
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    wuchangOperator = await t.login('wuchang');
    for (const code of ['420106', '420102', '420203']) org[code] = await t.orgId(code);
    // A city reviewer whose scope is one district: writing another district's target is out of scope.
    const admin = await t.login('admin');
    const created = await t.app.inject({
      method: 'POST', url: '/api/users', headers: { cookie: admin },
      payload: { username: 'wuchang-reviewer', displayName: '武昌区审核员', role: 'city_reviewer', organisationId: org['420106'], password: 'Targets#Test2026' },
    });
    expect(created.statusCode, created.body).toBe(201);
    districtReviewer = await t.login('wuchang-reviewer', 'Targets#Test2026');
  });
  afterAll(() => t.close());

  describe('amount and growth', () => {
    it('stores an amount with growth, each with its comparator, as exact decimals', async () => {
      const payload = request({ amountTarget: '1,202.50', growthTarget: '6.5' });
      const { status, body } = await put(payload);
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({
        year: payload.year, organisationId: org['420106'], indicatorCode: 'gdp',
        amountTarget: '1202.5', amountComparator: 'ge', growthTarget: '6.5', growthComparator: 'ge',
        noTarget: false, schedule: null, source: 'entered', version: 1,
      });
      expect(await stored(payload.year as number)).toEqual([body]);
    });

    it('accepts an amount alone, and drops a comparator given without its value', async () => {
      const { status, body } = await put(request({ growthTarget: null, growthComparator: 'ge' }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ amountTarget: '1300', amountComparator: 'ge', growthTarget: null, growthComparator: null });
    });

    it('accepts a growth alone, also a decline ("下降 3 %" = −3)', async () => {
      const { status, body } = await put(request({ amountTarget: null, amountComparator: null, growthTarget: '-3' }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ amountTarget: null, amountComparator: null, growthTarget: '-3', growthComparator: 'ge' });
    });

    it('treats an empty marker ("—") as no value', async () => {
      const { status, body } = await put(request({ amountTarget: '—', amountComparator: null }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ amountTarget: null, growthTarget: '6.5' });
    });

    it('reads numbers as people type them: full-width digits, grouping, numbers', async () => {
      const fullWidth = await put(request({ amountTarget: '１，２０２．５', growthTarget: 6.5 }));
      expect(fullWidth.status, JSON.stringify(fullWidth.body)).toBe(200);
      expect(fullWidth.body).toMatchObject({ amountTarget: '1202.5', growthTarget: '6.5' });
    });

    it('keeps a lower-is-better target with ≤ (城镇登记失业率 控制在 3.20 % 以内)', async () => {
      const { status, body } = await put(request({
        indicatorCode: 'registered_unemployment_rate', amountTarget: '3.20', amountComparator: 'le', growthTarget: null, growthComparator: null,
      }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ indicatorCode: 'registered_unemployment_rate', amountTarget: '3.2', amountComparator: 'le' });
    });

    it('refuses a target with neither amount nor growth', async () => {
      await refused(request({ amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null }), 400, 'TARGET_INVALID', /amountTarget|growthTarget/);
      await refused(request({ amountTarget: '', amountComparator: null, growthTarget: '—', growthComparator: null }), 400, 'TARGET_INVALID', /amountTarget|growthTarget/);
    });

    it('refuses an amount without its comparator', async () => {
      await refused(request({ amountComparator: null }), 400, 'TARGET_INVALID', /amountComparator/);
    });

    it('refuses a growth without its comparator', async () => {
      await refused(request({ growthComparator: null }), 400, 'TARGET_INVALID', /growthComparator/);
    });

    it('refuses a comparator other than ≥ / ≤', async () => {
      await refused(request({ amountComparator: 'gt' }), 400, 'VALIDATION_FAILED', /amountComparator/);
      await refused(request({ growthComparator: '>=' }), 400, 'VALIDATION_FAILED', /growthComparator/);
    });

    it('refuses numbers that are not numbers or too precise', async () => {
      await refused(request({ amountTarget: '12abc' }), 400, 'NUMBER_INVALID', /amountTarget/);
      await refused(request({ growthTarget: '1e5' }), 400, 'NUMBER_INVALID', /growthTarget/);
      await refused(request({ amountTarget: '1,23' }), 400, 'NUMBER_INVALID', /amountTarget/);
      await refused(request({ amountTarget: '1.1234567' }), 400, 'NUMBER_TOO_PRECISE', /amountTarget/);
    });
  });

  describe('no target', () => {
    it('stores "no target" and clears both values, comparators and the schedule', async () => {
      const { status, body } = await put(request({ noTarget: true, schedule: { kind: 'quarterly', shares: QUARTERLY } }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ noTarget: true, amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, schedule: null });
    });

    it('accepts "no target" without any value', async () => {
      const { status, body } = await put(request({ noTarget: true, amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ noTarget: true, amountTarget: null, growthTarget: null });
    });

    it('turns an existing target into "no target" and back', async () => {
      const first = await put(request());
      expect(first.status).toBe(200);
      const year = first.body.year as number;
      const none = await put({ ...request({ noTarget: true }), year, version: 1 });
      expect(none.body).toMatchObject({ noTarget: true, amountTarget: null, version: 2 });
      const again = await put({ ...request(), year, version: 2 });
      expect(again.body).toMatchObject({ noTarget: false, amountTarget: '1300', growthTarget: '6.5', version: 3 });
    });
  });

  describe('schedules', () => {
    it('stores a monthly schedule of 12 cumulative shares ending at 100', async () => {
      const schedule = { kind: 'monthly', shares: MONTHLY };
      const { status, body } = await put(request({ schedule }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.schedule).toEqual(schedule);
    });

    it('stores a quarterly schedule of 4 (a Q1 push: 一季度完成全年 30 %)', async () => {
      const schedule = { kind: 'quarterly', shares: QUARTERLY };
      const { status, body } = await put(request({ schedule }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.schedule).toEqual(schedule);
    });

    it('accepts flat stretches and a share of 0 (nothing due yet)', async () => {
      const { status } = await put(request({ schedule: { kind: 'quarterly', shares: ['0', '50', '50', '100'] } }));
      expect(status).toBe(200);
    });

    it('refuses the wrong number of shares for the kind', async () => {
      await refused(request({ schedule: { kind: 'monthly', shares: QUARTERLY } }), 400, 'TARGET_INVALID', /schedule/);
      await refused(request({ schedule: { kind: 'quarterly', shares: MONTHLY } }), 400, 'TARGET_INVALID', /schedule/);
      await refused(request({ schedule: { kind: 'quarterly', shares: ['20', ...QUARTERLY] } }), 400, 'TARGET_INVALID', /schedule/);
      await refused(request({ schedule: { kind: 'monthly', shares: MONTHLY.slice(1) } }), 400, 'TARGET_INVALID', /schedule/);
    });

    it('refuses fewer than 4 or more than 12 shares at the contract', async () => {
      await refused(request({ schedule: { kind: 'quarterly', shares: ['50', '80', '100'] } }), 400, 'VALIDATION_FAILED', /schedule/);
      await refused(request({ schedule: { kind: 'monthly', shares: ['0', ...MONTHLY] } }), 400, 'VALIDATION_FAILED', /schedule/);
    });

    it('refuses an unknown kind and shares that are not decimals', async () => {
      await refused(request({ schedule: { kind: 'weekly', shares: QUARTERLY } }), 400, 'VALIDATION_FAILED', /schedule/);
      await refused(request({ schedule: { kind: 'quarterly', shares: ['三十', '55', '80', '100'] } }), 400, 'VALIDATION_FAILED', /schedule/);
      await refused(request({ schedule: { kind: 'quarterly', shares: ['30%', '55', '80', '100'] } }), 400, 'VALIDATION_FAILED', /schedule/);
    });

    it('refuses decreasing shares', async () => {
      await refused(request({ schedule: { kind: 'quarterly', shares: ['30', '25', '80', '100'] } }), 400, 'TARGET_INVALID', /schedule/);
      const monthly = [...MONTHLY];
      monthly[6] = '49';
      await refused(request({ schedule: { kind: 'monthly', shares: monthly } }), 400, 'TARGET_INVALID', /schedule/);
    });

    it('refuses a share above 100', async () => {
      await refused(request({ schedule: { kind: 'quarterly', shares: ['30', '55', '100.5', '100.5'] } }), 400, 'TARGET_INVALID', /schedule/);
      await refused(request({ schedule: { kind: 'quarterly', shares: ['30', '55', '80', '120'] } }), 400, 'TARGET_INVALID', /schedule/);
    });

    it('refuses a schedule not ending at exactly 100', async () => {
      await refused(request({ schedule: { kind: 'quarterly', shares: ['30', '55', '80', '99.99'] } }), 400, 'TARGET_INVALID', /schedule/);
      await refused(request({ schedule: { kind: 'monthly', shares: [...MONTHLY.slice(0, 11), '95'] } }), 400, 'TARGET_INVALID', /schedule/);
    });

    it('refuses a negative share', async () => {
      await refused(request({ schedule: { kind: 'quarterly', shares: ['-5', '55', '80', '100'] } }), 400, 'TARGET_INVALID', /schedule/);
    });

    it('replaces a schedule with none', async () => {
      const first = await put(request({ schedule: { kind: 'quarterly', shares: QUARTERLY } }));
      const year = first.body.year as number;
      const cleared = await put({ ...request({ schedule: null }), year, version: 1 });
      expect(cleared.status).toBe(200);
      expect(cleared.body.schedule).toBeNull();
    });
  });

  describe('organisation, indicator, year and request shape', () => {
    it('answers a district outside the reviewer\'s scope like a missing one (404)', async () => {
      // 西塞山区 belongs to 黄石市, outside 武汉市.
      const outside = await refused(request({ organisationId: org['420203'] }), 404, 'NOT_FOUND', undefined, reviewer, 'denied');
      const missing = await refused(request({ organisationId: 999_999 }), 404, 'NOT_FOUND');
      expect(outside.message).toBe(missing.message);
      // A reviewer scoped to 武昌区 may set 武昌区's targets, not 江岸区's.
      await refused(request({ organisationId: org['420102'] }), 404, 'NOT_FOUND', undefined, districtReviewer, 'denied');
      const own = await put(request(), districtReviewer);
      expect(own.status, JSON.stringify(own.body)).toBe(200);
    });

    it('refuses a district operator (403)', async () => {
      await refused(request(), 403, 'FORBIDDEN', undefined, wuchangOperator);
    });

    it('refuses an unknown indicator', async () => {
      await refused(request({ indicatorCode: 'happiness_index' }), 400, 'UNKNOWN_INDICATOR', /indicatorCode/);
    });

    it('refuses a year outside 2000–2100 and unknown fields', async () => {
      await refused(request({ year: 1999 }), 400, 'VALIDATION_FAILED', /year/);
      await refused(request({ year: 2101 }), 400, 'VALIDATION_FAILED', /year/);
      await refused(request({ unit: 'wan_yuan' }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('versions and the audit trail', () => {
    it('creates at version 0 → 1, updates with the current version and refuses a stale one', async () => {
      const created = await put(request());
      expect(created.body.version).toBe(1);
      const year = created.body.year as number;
      const updated = await put({ ...request({ amountTarget: '1400' }), year, version: 1 });
      expect(updated.body).toMatchObject({ amountTarget: '1400', version: 2 });
      await refused({ ...request({ amountTarget: '1500' }), year, version: 1 }, 409, 'STALE_VERSION');
      await refused({ ...request(), version: 3 }, 409, 'STALE_VERSION');
      expect((await stored(year))[0]).toMatchObject({ amountTarget: '1400', version: 2 });
    });

    it('records each change in the audit trail with before and after', async () => {
      const created = await put(request());
      const year = created.body.year as number;
      await put({ ...request({ amountTarget: '1400' }), year, version: 1 });
      const rows = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id', 'before_json', 'after_json', 'result'])
        .where('entity_id', '=', String(created.body.id)).where('entity_type', '=', 'target').orderBy('id').execute();
      expect(rows.map((r) => r.result)).toEqual(['success', 'success']);
      expect(JSON.parse(rows[0]!.before_json ?? 'null')).toBeNull();
      expect(JSON.parse(rows[1]!.before_json!)).toMatchObject({ amountTarget: '1300', version: 1 });
      expect(JSON.parse(rows[1]!.after_json!)).toMatchObject({ amountTarget: '1400', version: 2 });
    });
  });

  describe('reading', () => {
    it('lists only targets inside the reader\'s scope', async () => {
      const year = nextYear++;
      for (const code of ['420106', '420102']) {
        const { status } = await put({ ...request(), year, organisationId: org[code] });
        expect(status).toBe(200);
      }
      const read = async (cookie: string) => {
        const response = await t.app.inject({ method: 'GET', url: `/api/targets?year=${year}`, headers: { cookie } });
        return (response.json() as { items: { organisationId: number }[] }).items.map((i) => i.organisationId).sort();
      };
      expect(await read(reviewer)).toEqual([org['420106'], org['420102']].sort());
      expect(await read(wuchangOperator)).toEqual([org['420106']]);
    });
  });
});
