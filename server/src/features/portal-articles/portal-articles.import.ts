// One Markdown file with front matter taken in as a draft article: the documents module's front
// matter reader (documents.public.ts), the fields checked by the same contract as the editor's.
import { articleFieldsSchema, type ArticleFields } from '@hongtu/contracts/portal-articles';
import { isPortalTopic, isReportingUnit } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import { isoDate, splitFrontMatter } from '../documents/documents.public';

const str = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined);
const pick = (fields: Record<string, unknown>, ...keys: string[]) => keys.map((k) => str(fields[k])).find((v) => v !== undefined);

const invalid = (details: { path: string; message: string }[] = []) => new AppError(422, 'PORTAL_ARTICLE_IMPORT_INVALID', {}, details.length ? details : undefined);

/** The district a front matter names (by name in either script, or by code), among the actor's reporting units. */
async function districtNamed(db: Executor, actor: Actor, named: string | undefined): Promise<number | null> {
  if (named === undefined) {
    // Unnamed: a district's editor writes under his district, the city's for the city.
    const own = await db.selectFrom('organisations').select('kind').where('id', '=', actor.organisationId).executeTakeFirst();
    return own && isReportingUnit(own.kind) ? actor.organisationId : null;
  }
  const wanted = toSimplified(named);
  const rows = await db.selectFrom('organisations').select(['id', 'kind', 'name', 'code']).where('path', 'like', `${actor.organisationPath}%`)
    .where((eb) => eb.or([eb('name', '=', wanted), eb('code', '=', wanted)])).execute();
  const hit = rows.find((r) => isReportingUnit(r.kind));
  if (!hit) throw new AppError(422, 'PORTAL_ARTICLE_DISTRICT_INVALID', {}, [{ path: 'district', message: 'PORTAL_ARTICLE_DISTRICT_INVALID' }]);
  return hit.id;
}

/** The fields of an imported article: front matter title, summary, topic, district, date, tags, cover, cover_alt, source, slug; the rest is the body. */
export async function articleFromMarkdown(db: Executor, actor: Actor, markdown: string): Promise<ArticleFields> {
  const { fields, body } = splitFrontMatter(markdown);
  if (!fields) throw invalid();
  const topic = pick(fields, 'topic', '主题', '主題') ?? 'investment-news';
  if (!isPortalTopic(topic)) throw invalid([{ path: 'topic', message: 'PORTAL_ARTICLE_IMPORT_INVALID' }]);
  const rawTags = fields.tags ?? fields['标签'] ?? fields['標籤'];
  const tags = Array.isArray(rawTags) ? rawTags.map(str).filter((t): t is string => !!t) : (str(rawTags)?.split(/[,，、]/).map((t) => t.trim()).filter(Boolean) ?? []);
  const date = isoDate(fields.date ?? fields['日期'] ?? fields['发布日期']);
  const candidate = {
    slug: pick(fields, 'slug'),
    title: pick(fields, 'title', '标题', '標題') ?? '',
    summary: pick(fields, 'summary', '摘要') ?? '',
    bodyMarkdown: body.trim(),
    topic,
    districtId: await districtNamed(db, actor, pick(fields, 'district', '区域', '區域', '地区')),
    tags,
    coverImageUrl: pick(fields, 'cover', 'cover_image', 'image') ?? null,
    coverImageAlt: pick(fields, 'cover_alt', 'cover_image_alt', 'image_alt') ?? null,
    source: pick(fields, 'source', '来源', '來源') ?? null,
    // A date states when it was (or is to be) published, at midnight in China.
    publishAt: date ? new Date(`${date}T00:00:00+08:00`).toISOString() : null,
  };
  const parsed = articleFieldsSchema.safeParse(candidate);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message.startsWith('PORTAL_ARTICLE_') ? i.message : 'PORTAL_ARTICLE_IMPORT_INVALID' })));
  return parsed.data;
}
