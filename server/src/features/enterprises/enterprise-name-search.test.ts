// A part of a name found through the name's indexes on both databases (the pairs of characters;
// SQLite's trigram index): one, two and more characters, Traditional input, case, LIKE's % and _
// typed literally, and the indexes following an edit and a removal.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseListSchema, enterpriseSchema, type Enterprise } from '@hongtu/contracts/enterprises';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { ENTERPRISE_LIMITS } from '@hongtu/contracts/enterprises';
import { denseNameWalk, idAmong, nextWalkStep, walkNameMatches, type NameWalk } from './enterprise-name-walk';
import { withCheckChar } from './enterprises.test-helpers';

const NAMES = {
  smart: '武汉鑫源智能科技有限公司',
  logistics: '长江鑫源物流有限公司',
  electronics: '鑫华电子有限公司',
  water: '100%纯净水有限公司',
  underscore: 'A_B科技有限公司',
  plain: 'AB科技有限公司',
  display: 'TCL华星光电有限公司',
} as const;
type Key = keyof typeof NAMES;

/** The pairs the registry keeps of a name: each character with the next, the last one alone (lower case). */
function pairsOf(name: string): string[] {
  const chars = [...name.toLowerCase()];
  return [...new Set(chars.map((c, i) => c + (chars[i + 1] ?? '')))].sort();
}

describeEachDialect('enterprise name search (企业库)', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let jiangan: string;
  let hongshan: number;
  const created = {} as Record<Key, Enterprise>;

  const list = async (q: string, cookie = reviewer) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent(q)}&organisationId=${hongshan}&pageSize=50`, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    const page = enterpriseListSchema.parse(response.json());
    expect(page.total).toBe(page.items.length);
    return page.items.map((i) => i.name);
  };
  const named = (...keys: Key[]) => keys.map((k) => created[k].name);
  const storedPairs = async (id: number) => (await t.database.db.selectFrom('enterprise_name_pairs').select('pair')
    .where('enterprise_id', '=', id).execute()).map((r) => r.pair).sort();

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [reviewer, jiangan] = await Promise.all([t.login('reviewer'), t.login('jiangan')]);
    hongshan = await t.orgId('420111');
    let serial = 0;
    for (const [key, name] of Object.entries(NAMES) as [Key, string][]) {
      serial += 1;
      const response = await t.app.inject({
        method: 'POST', url: '/api/enterprises', headers: { cookie: reviewer },
        payload: { creditCode: withCheckChar(`91420111MA4N200${String(serial).padStart(2, '0')}`), name, organisationId: hongshan },
      });
      expect(response.statusCode, response.body).toBe(201);
      created[key] = enterpriseSchema.parse(response.json());
    }
  });
  afterAll(() => t.close());

  describe('one or two characters (the pairs)', () => {
    it('finds two characters anywhere in the name, at its end too', async () => {
      expect(await list('鑫源')).toEqual(named('smart', 'logistics'));
      expect(await list('公司')).toEqual(named(...(Object.keys(NAMES) as Key[])));
      expect(await list('鑫宏')).toEqual([]);
    });

    it('finds one character anywhere, the last one of a name too', async () => {
      expect(await list('鑫')).toEqual(named('smart', 'logistics', 'electronics'));
      expect(await list('司')).toEqual(named(...(Object.keys(NAMES) as Key[])));
      expect(await list('净')).toEqual(named('water'));
    });

    it('takes Traditional input and ignores the case of Latin letters', async () => {
      expect(await list('鑫華')).toEqual(named('electronics'));
      expect(await list('l華')).toEqual(named('display'));
    });

    it('takes % and _ as typed characters', async () => {
      expect(await list('%')).toEqual(named('water'));
      expect(await list('_')).toEqual(named('underscore'));
      expect(await list('%纯')).toEqual(named('water'));
      expect(await list('B科')).toEqual(named('underscore', 'plain'));
    });
  });

  describe('three characters or more', () => {
    it('finds the part as written, Traditional input and any case accepted', async () => {
      expect(await list('鑫源智能')).toEqual(named('smart'));
      expect(await list('長江鑫源')).toEqual(named('logistics'));
      expect(await list('源智能科技')).toEqual(named('smart'));
      expect(await list('tcl華星')).toEqual(named('display'));
      // both pairs are in a name, but not side by side
      expect(await list('鑫源科技')).toEqual([]);
    });

    it('takes % and _ as typed characters', async () => {
      expect(await list('0%纯')).toEqual(named('water'));
      expect(await list('10%')).toEqual([]);
      expect(await list('A_B')).toEqual(named('underscore'));
      expect(await list('A_B科技')).toEqual(named('underscore'));
    });
  });

  it('keeps to the reader\'s scope', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent('鑫源')}`, headers: { cookie: jiangan } });
    expect(enterpriseListSchema.parse(response.json())).toEqual({ items: [], total: 0, totalCapped: false });
  });

  describe('the indexes follow the registry', () => {
    it('keeps each name\'s pairs, lower case', async () => {
      expect(await storedPairs(created.display.id)).toEqual(pairsOf(NAMES.display));
      expect(await storedPairs(created.display.id)).toContain('tc');
    });

    it('follows a new name', async () => {
      const response = await t.app.inject({
        method: 'PUT', url: `/api/enterprises/${created.electronics.id}`, headers: { cookie: reviewer },
        payload: { version: created.electronics.version, name: '鑫盛电子有限公司', organisationId: hongshan },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(await list('鑫华')).toEqual([]);
      expect(await list('华电子')).toEqual([]);
      expect(await list('鑫盛')).toEqual(['鑫盛电子有限公司']);
      expect(await list('鑫盛电子')).toEqual(['鑫盛电子有限公司']);
      expect(await storedPairs(created.electronics.id)).toEqual(pairsOf('鑫盛电子有限公司'));
    });

    it('forgets a record removed', async () => {
      await t.database.db.deleteFrom('enterprises').where('id', '=', created.plain.id).execute();
      expect(await storedPairs(created.plain.id)).toEqual([]);
      expect(await list('B科')).toEqual(named('underscore'));
      expect(await list('AB科技')).toEqual([]);
    });
  });
  describe('a search by name counts up to its bound', () => {
    const bound = ENTERPRISE_LIMITS.searchCount;
    const search = async (q: string, page = 1) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent(q)}&page=${page}&pageSize=20`, headers: { cookie: reviewer } });
      expect(response.statusCode, response.body).toBe(200);
      return enterpriseListSchema.parse(response.json());
    };

    beforeAll(async () => {
      // One more than the bound (and three more of a name the search must not find), in one
      // statement, as a bulk load writes them; in Jiang'an, outside the district the tests above filter.
      const jianganId = await t.orgId('420102');
      const now = '2026-12-01T00:00:00.000Z';
      const names = [...Array.from({ length: bound + 1 }, (_, i) => `批量登记第${i + 1}号企业有限公司`), '批量第登记号企业有限公司', '批登量记企业有限公司', '批量登企业有限公司'];
      await t.database.db.insertInto('enterprises').values(names.map((name, i) => ({
        organisation_id: jianganId, name, credit_code: withCheckChar(`91420102MA5${String(i).padStart(6, '0')}`),
        name_pinyin: '', name_initials: '', created_at: now, updated_at: now,
      }))).execute();
    });

    it('says the bound when more names hold the text, the page read in full', async () => {
      for (const q of ['批量', '登记第', '批量登记', '量登记第']) {
        const page = await search(q);
        expect(page.totalCapped, q).toBe(true);
        expect(page.total, q).toBe(bound);
        expect(page.items.map((i) => i.name), q).toEqual(Array.from({ length: 20 }, (_, i) => `批量登记第${i + 1}号企业有限公司`));
      }
      // past the bound the pages are still there
      const last = await search('批量登记', Math.ceil((bound + 1) / 20));
      expect(last.items.map((i) => i.name)).toContain(`批量登记第${bound + 1}号企业有限公司`);
    });

    it('sizes the walk\'s next step by the share of matches seen so far', () => {
      // 987 of the first 2,000 held it, 14 more wanted: a small step, not a doubled one
      expect(nextWalkStep(2_000, 2_000, 987, 1_001)).toBe(64);
      expect(nextWalkStep(2_000, 2_000, 500, 1_001)).toBe(Math.ceil(501 * 4 * 1.25));
      // none seen yet: doubled; few: as many as allowed
      expect(nextWalkStep(2_000, 2_000, 0, 1_001)).toBe(4_000);
      expect(nextWalkStep(2_000, 2_000, 10, 1_001)).toBe(16_000);
    });

    it('walks the ids that may hold a text in steps to exactly the names holding it', async () => {
      const db = t.database.db;
      const like = async (text: string) => (await db.selectFrom('enterprises').select('id').where('name', 'like', `%${text}%`).orderBy('id').execute()).map((r) => r.id);
      const check = async (ids: number[], holds: Parameters<Parameters<typeof walkNameMatches>[4]>[1]) =>
        (await db.selectFrom('enterprises as e').select('e.id').where(idAmong(dialect, ids)).where(holds).orderBy('e.id').execute()).map((r) => r.id);
      for (const [text, pair] of [['批量登记', '批量'], ['量登记第', '登记'], ['第登记号', '登记'], ['第100', '第1']] as const) {
        const walk: NameWalk = dialect === 'postgres' ? { dialect, pair } : { dialect };
        const all = await like(text);
        expect(await walkNameMatches(db, text, walk, 5_000, check, 100), text).toEqual(all);
        // asked for 30: a prefix of them, at least 30 long (the walk stops after the step that found them)
        const some = await walkNameMatches(db, text, walk, 30, check, 7);
        expect(some, text).toEqual(all.slice(0, some.length));
        expect(some.length, text).toBeGreaterThanOrEqual(Math.min(30, all.length));
      }
    });

    it('counts exactly below the bound', async () => {
      expect(await search('批量登企业')).toMatchObject({ total: 1, totalCapped: false });
      expect(await search('第1000号')).toMatchObject({ total: 1, totalCapped: false });
      expect(await search('第100')).toMatchObject({ total: 3, totalCapped: false });
      expect(await search('登记号企业')).toMatchObject({ total: 1, totalCapped: false });
    });
  });
  describe('a text thousands of names hold is walked, not read whole', () => {
    const DENSE_NAMES = 5_200;
    const search = async (q: string, query = '', cookie = reviewer) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent(q)}&pageSize=20${query}`, headers: { cookie } });
      expect(response.statusCode, response.body).toBe(200);
      return enterpriseListSchema.parse(response.json());
    };
    let inHongshan: string[];
    let walkedBeforeAnalysis: NameWalk | null;

    beforeAll(async () => {
      // Enough records for the walk (in Jiang'an), every 1,000th of them in Hongshan instead.
      const [jianganId, now] = [await t.orgId('420102'), '2026-12-01T00:00:00.000Z'];
      const names = Array.from({ length: DENSE_NAMES }, (_, i) => `密集登记${i + 1}号有限公司`);
      inHongshan = names.filter((_, i) => i % 1_000 === 999);
      for (let start = 0; start < names.length; start += 1_000) {
        await t.database.db.insertInto('enterprises').values(names.slice(start, start + 1_000).map((name, j) => ({
          organisation_id: (start + j) % 1_000 === 999 ? hongshan : jianganId, name,
          credit_code: withCheckChar(`91420102MA6${String(start + j).padStart(6, '0')}`), name_pinyin: '', name_initials: '', created_at: now, updated_at: now,
        }))).execute();
      }
      // PostgreSQL: before any ANALYZE a pair's names are counted; after one, read from the statistics
      walkedBeforeAnalysis = await denseNameWalk(t.database.db, dialect, '密集登记');
      if (dialect === 'postgres') await sql`analyze enterprise_name_pairs`.execute(t.database.db);
    });

    it('is taken for a text thousands of names hold, not for a rare one', async () => {
      expect(walkedBeforeAnalysis).not.toBeNull();
      expect(await denseNameWalk(t.database.db, dialect, '密集登记')).not.toBeNull();
      expect(await denseNameWalk(t.database.db, dialect, '密集登记5200号')).toBeNull();
      expect(await denseNameWalk(t.database.db, dialect, '密集')).toBeNull();
    });

    it('pages in id order, counts to the bound, and keeps the filters and the reader\'s scope', async () => {
      const first = await search('密集登记');
      expect(first).toMatchObject({ total: ENTERPRISE_LIMITS.searchCount, totalCapped: true });
      expect(first.items.map((i) => i.name)).toEqual(Array.from({ length: 20 }, (_, i) => `密集登记${i + 1}号有限公司`));
      const third = await search('集登记', '&page=3');
      expect(third.items.map((i) => i.name)).toEqual(Array.from({ length: 20 }, (_, i) => `密集登记${i + 41}号有限公司`));
      // Hongshan's five, walked past thousands of Jiang'an's
      const filtered = await search('密集登记', `&organisationId=${hongshan}`);
      expect(filtered).toMatchObject({ total: inHongshan.length, totalCapped: false });
      expect(filtered.items.map((i) => i.name)).toEqual(inHongshan);
      // Jiang'an's operator: none of Hongshan's
      const own = await search('密集登记', '&page=50', jiangan);
      expect(own.items.map((i) => i.name)).toEqual(Array.from({ length: 1_020 }, (_, i) => `密集登记${i + 1}号有限公司`)
        .filter((_, i) => i % 1_000 !== 999).slice(980, 1_000));
    });
  });
});
