// A project's coordinate against its district's boundary on save, on both databases: with no
// boundary loaded anything in range is kept; once the city has loaded one, a point outside the
// district is refused naming the district (in the reader's language) and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectSchema } from '@hongtu/contracts/projects';
import { describeEachDialect } from '../../test/dialects';
import { snapshotDatabase } from '../../test/db-snapshot';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { projectBody } from './projects.test-helpers';

type Json = Record<string, unknown>;

const square = (lon: number, lat: number, half: number): [number, number][] => [
  [lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half],
];
/** A schematic square around 中南路 for 武昌区 (not its real outline). */
const WUCHANG_SQUARE = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code: '420106', name: '武昌区' }, geometry: { type: 'Polygon', coordinates: [square(114.32, 30.54, 0.05)] } }],
};

describeEachDialect('project location (项目坐标与区界)', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let reviewer: string;

  const send = async (method: 'POST' | 'PUT', url: string, cookie: string, payload: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, payload });
    return { status: response.statusCode, body: response.json() as Json };
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, reviewer] = await Promise.all([t.login('wuchang'), t.login('reviewer')]);
  });
  afterAll(() => t.close());

  describe('before and after the city loads its boundaries', () => {
    it('keeps a far-away coordinate while no boundary is loaded', async () => {
      const { status } = await send('POST', '/api/projects', wuchang, projectBody({ longitude: 120.5, latitude: 31.2 }));
      expect(status).toBe(201);
    });

    it('refuses a coordinate outside 武昌区 on create and on change, naming the district, nothing written', async () => {
      const inside = projectSchema.parse((await send('POST', '/api/projects', wuchang, projectBody())).body);
      const uploaded = await send('PUT', '/api/project-dispatch/boundaries', reviewer, { name: '测试区界', source: '测试用示意图', geojson: WUCHANG_SQUARE });
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);

      for (const [locale, text] of [['zh-CN', '项目坐标不在武昌区的区界内'], ['zh-TW', '項目座標不在武昌区的區界內'], ['en', 'outside the boundary of 武昌区']] as const) {
        const before = await snapshotDatabase(t.database.db, 'failed');
        const created = await send('POST', '/api/projects', wuchang, projectBody({ longitude: 114.5, latitude: 30.54 }), locale);
        expect(created.status, JSON.stringify(created.body)).toBe(400);
        expect(created.body).toMatchObject({ code: 'PROJECT_OUTSIDE_DISTRICT' });
        expect(String(created.body.message)).toContain(text);
        expect(JSON.stringify(created.body.details)).toMatch(/longitude/);
        expect(await snapshotDatabase(t.database.db, 'failed')).toBe(before);
      }

      const before = await snapshotDatabase(t.database.db, 'failed');
      const changed = await send('PUT', `/api/projects/${inside.id}`, wuchang, projectBody({ version: inside.version, longitude: 114.32, latitude: 30.7 }));
      expect(changed.status, JSON.stringify(changed.body)).toBe(400);
      expect(changed.body).toMatchObject({ code: 'PROJECT_OUTSIDE_DISTRICT' });
      expect(await snapshotDatabase(t.database.db, 'failed')).toBe(before);

      // Inside the square, or with no coordinate at all, the save goes through.
      expect((await send('PUT', `/api/projects/${inside.id}`, wuchang, projectBody({ version: inside.version, longitude: 114.35, latitude: 30.52 }))).status).toBe(200);
      expect((await send('POST', '/api/projects', wuchang, projectBody({ longitude: null, latitude: null }))).status).toBe(201);
    });
  });
});
