// The context the figures of a document are read against (packages/domain extractFigures): the
// indicator catalogue with the city's aliases, the organisation tree, the enterprise registry and
// the project library (names only, bounded), and the subject when the text names none.
import { isReportingUnit, mentionsPlace, REPORTING_UNIT_KINDS, type ExtractionContext } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { toSimplified } from '../../platform/text/chinese';
import { aliasesForImport } from '../indicators/indicators.public';

/** Enterprises and projects named to the extraction, at most (the largest registries are cut; organisations are all named). */
const NAMED_RECORDS = 5000;

export interface FigureContext {
  extraction: ExtractionContext;
  /** Organisation id by the key the extraction returns (its code). */
  organisationByKey: Map<string, number>;
}

/** Short forms a text uses for an organisation: 武昌区 → 武昌, 黄石市 → 黄石. */
function organisationNames(name: string): string[] {
  const names = [name];
  const short = /^(.{2,})(?:区|市|县)$/.exec(name)?.[1];
  if (short && !/[经开新高]$/.test(short)) names.push(short);
  return names;
}

export async function buildFigureContext(db: Executor): Promise<FigureContext> {
  const [indicators, aliases, organisations, enterprises, projects] = await Promise.all([
    db.selectFrom('indicators').select(['code', 'name_zh_cn', 'name_zh_tw']).orderBy('sort_order').execute(),
    aliasesForImport(db),
    db.selectFrom('organisations').select(['id', 'code', 'name', 'kind']).where('kind', 'in', ['province', 'city', ...REPORTING_UNIT_KINDS]).execute(),
    db.selectFrom('enterprises').select(['id', 'name']).orderBy('id').limit(NAMED_RECORDS).execute(),
    db.selectFrom('projects').select(['id', 'name']).orderBy('id').limit(NAMED_RECORDS).execute(),
  ]);
  const aliasesByCode = new Map<string, string[]>();
  for (const { code, alias } of aliases) aliasesByCode.set(code, [...(aliasesByCode.get(code) ?? []), alias]);
  const organisationByKey = new Map(organisations.map((o) => [o.code, o.id]));
  return {
    organisationByKey,
    extraction: {
      indicators: indicators.map((i) => ({ code: i.code, names: [...new Set([i.name_zh_cn, toSimplified(i.name_zh_tw), ...(aliasesByCode.get(i.code) ?? [])])] })),
      entities: [
        ...organisations.map((o) => ({ kind: 'organisation' as const, key: o.code, names: organisationNames(o.name) })),
        ...enterprises.map((e) => ({ kind: 'enterprise' as const, key: String(e.id), names: [e.name] })),
        ...projects.map((p) => ({ kind: 'project' as const, key: String(p.id), names: [p.name] })),
      ],
      toSimplified,
    },
  };
}

/**
 * The subject of a document's figures when its text names none: the organisation its issuer or its
 * title names (武昌区人民政府 → 武昌区; the first line that names one), else the uploading unit when it is a district or zone.
 */
export async function defaultEntity(db: Executor, context: FigureContext, stated: readonly (string | null)[], uploader: number): Promise<ExtractionContext['defaultEntity']> {
  const organisations = context.extraction.entities.filter((e) => e.kind === 'organisation');
  for (const line of stated) {
    if (!line) continue;
    const text = toSimplified(line);
    // a short name heading a longer proper name (武汉 in 武汉大学) does not name the place
    const named = organisations.filter((o) => o.names.some((n) => mentionsPlace(text, n)))
      .sort((a, b) => Math.max(...b.names.map((n) => n.length)) - Math.max(...a.names.map((n) => n.length)))[0];
    if (named) return { kind: 'organisation', key: named.key, name: named.names[0]! };
  }
  const own = await db.selectFrom('organisations').select(['code', 'name', 'kind']).where('id', '=', uploader).executeTakeFirst();
  if (own && isReportingUnit(own.kind)) return { kind: 'organisation', key: own.code, name: own.name };
  return null;
}
