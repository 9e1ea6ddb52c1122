// The portal's demo articles: seed 001's feed loaded as published articles (./seed-articles.ts says
// what is the seed's and what is the demo's), each linked to seed 001's document when the documents'
// demo has taken it in (its figures are read there). Written once, with a version and an audit row each.
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import { toSimplified } from '../../../platform/text/chinese';
import type { Clock } from '../../../platform/clock';
import { AuditTrail } from '../../../platform/audit/audit-trail';
import { renderArticleMarkdown } from '../../../features/portal-articles/portal-articles.public';
import type { DatabaseHandle } from '../../connection';
import { readSeedArticles, SEED_001 } from './seed-articles';

const CITY_CODE = '420100';

/** The demo note of an article: where it comes from and what is the demo's own. */
export const demoNoteOf = (position: number) =>
  `种子文档 ${SEED_001} 第 ${position} 条：标题、正文、日期照录；摘要为正文首句；文章地址、主题和区域（按【】栏目名）为演示数据的归类`;

/** Loads seed 001's articles as published ones; nothing when the portal has articles already. Answers whether it loaded. */
export async function seedPortalArticlesDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db, dialect } = database;
  if (await db.selectFrom('portal_articles').select('id').limit(1).executeTakeFirst()) return false;
  const orgs = new Map((await db.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
  const city = orgs.get(CITY_CODE);
  if (city === undefined) return false;
  const reviewer = await db.selectFrom('users').select('id').where('username', '=', 'reviewer').executeTakeFirst();
  const document = await db.selectFrom('documents').select('id').where('original_name', '=', SEED_001).orderBy('version', 'desc').executeTakeFirst();
  const audit = new AuditTrail(db, dialect, clock);
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const a of readSeedArticles()) {
      const districtId = a.districtCode === null ? null : orgs.get(a.districtCode) ?? null;
      if (a.districtCode !== null && districtId === null) continue;
      // The seed's date, at midnight in China.
      const publishedAt = new Date(`${a.date}T00:00:00+08:00`).toISOString();
      const columns = {
        slug: a.slug, title: a.title, summary: a.summary, body_markdown: a.text, topic: a.topic, district_id: districtId,
        tags: JSON.stringify([a.column]), cover_image_url: null, cover_image_alt: null, source: a.column, publish_at: publishedAt,
      };
      const { id } = await trx.insertInto('portal_articles').values({
        ...columns, body_html: renderArticleMarkdown(a.text), organisation_id: districtId ?? city, status: 'published', published_at: publishedAt,
        search_text: toSimplified(`${a.title} ${a.summary} ${a.column}`), document_id: document?.id ?? null, demo_note: demoNoteOf(a.position),
        version: 1, created_by: reviewer?.id ?? null, created_at: now, updated_by: reviewer?.id ?? null, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('portal_article_versions').values({ ...columns, article_id: id, version: 1, status: 'published', saved_by: reviewer?.id ?? null, saved_at: now }).execute();
      await audit.append(trx, null, {
        action: AuditActions.portalArticlePublish, entityType: AuditEntityTypes.portalArticle, entityId: id,
        after: { slug: a.slug, title: a.title, status: 'published', publishedAt, seed: `${SEED_001}#${a.position}` },
      });
    }
  });
  return true;
}
