// The context tests and the evaluation read documents with: the default indicator names and the
// demo's organisations (a copy of server/src/db/seed/demo.ts: Hubei, Wuhan and its districts and
// zones, Huangshi and 西塞山区) with the other names documents give the zones; full names only for
// places (a bare 武汉 is inside 武汉大学 as often as it names the city).
import { DEFAULT_FIGURE_INDICATORS } from './indicator-names';
import { type ExtractedFigure, type ExtractionContext, extractFigures } from './figures';

type Org = { key: string; names: string[] };

const ORGS: Org[] = [
  { key: '420000', names: ['湖北省'] },
  { key: '420100', names: ['武汉市'] },
  { key: '420102', names: ['江岸区'] },
  { key: '420103', names: ['江汉区'] },
  { key: '420104', names: ['硚口区'] },
  { key: '420105', names: ['汉阳区'] },
  { key: '420106', names: ['武昌区'] },
  { key: '420107', names: ['青山区'] },
  { key: '420111', names: ['洪山区'] },
  { key: '420112', names: ['东西湖区'] },
  { key: '420113', names: ['汉南区'] },
  { key: '420114', names: ['蔡甸区'] },
  { key: '420115', names: ['江夏区'] },
  { key: '420116', names: ['黄陂区'] },
  { key: '420117', names: ['新洲区'] },
  { key: 'WH-DHGX', names: ['东湖高新区', '东湖新技术开发区'] },
  { key: 'WH-JKQ', names: ['武汉经开区', '武汉开发区', '武汉经济技术开发区'] },
  { key: 'WH-LKG', names: ['临空港经开区', '武汉临空港经开区', '武汉临空港经济技术开发区'] },
  { key: 'WH-CJXQ', names: ['长江新区'] },
  { key: '420200', names: ['黄石市'] },
  { key: '420203', names: ['西塞山区'] },
];

export function testContext(extra: Partial<ExtractionContext> = {}): ExtractionContext {
  return {
    indicators: DEFAULT_FIGURE_INDICATORS,
    entities: ORGS.map((o) => ({ kind: 'organisation' as const, key: o.key, names: o.names })),
    ...extra,
  };
}

/**
 * Reads a text dated `documentDate` with the organisation `name` (key `key`) as the default entity,
 * each figure as the fields named: the form the rules' tests compare.
 */
export const readerOf = (entity: { name: string; key: string }, fields: ReadonlyArray<keyof ExtractedFigure>) => (text: string, documentDate: string) =>
  extractFigures(text, testContext({ documentDate, defaultEntity: { kind: 'organisation', key: entity.key, name: entity.name } })).map((f) => fields.map((field) => f[field]));
