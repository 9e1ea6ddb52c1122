// A published article taken in by the documents module as a document whose figures are read: a
// background job (the documents' ingest reads and extracts for up to a second), queued after the
// publish is committed. Safe to run twice: the same text is a duplicate for the documents module.
import { stringify as yamlStringify } from 'yaml';
import { z } from 'zod';
import { portalPath } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { defineJob, type JobHandlers } from '../../platform/jobs/job-handler';
import type { RequestContext } from '../../platform/permissions/actor';
import { createDocumentIngest } from '../documents/documents.public';

export const PORTAL_ARTICLE_JOBS = { document: 'portal-articles.document' } as const;

/** The article as a Markdown file with the front matter the documents module reads (title, date, source, url). */
export function articleAsMarkdownFile(a: { slug: string; title: string; summary: string; body_markdown: string; source: string | null; published_at: string | null }): { fileName: string; buffer: Buffer } {
  const front = yamlStringify({
    title: a.title,
    ...(a.published_at ? { date: a.published_at.slice(0, 10) } : {}),
    ...(a.source ? { source: a.source } : {}),
    url: portalPath('zh-CN', `/articles/${a.slug}`),
  });
  const body = [a.summary, a.body_markdown].filter((part) => part.trim()).join('\n\n');
  return { fileName: `${a.slug}.md`, buffer: Buffer.from(`---\n${front}---\n${body}\n`, 'utf8') };
}

export function portalArticleJobs(deps: Deps): JobHandlers {
  const ingest = createDocumentIngest(deps);
  return {
    [PORTAL_ARTICLE_JOBS.document]: defineJob({
      access: 'portal_article.publish',
      payload: z.strictObject({ articleId: z.number().int().positive() }),
      run: async (job) => {
        const article = await deps.db.selectFrom('portal_articles').selectAll().where('id', '=', job.payload.articleId).executeTakeFirst();
        // Withdrawn or returned meanwhile: nothing to take in.
        if (article?.status !== 'published') return { documentId: null };
        const result = await ingest(job.ctx, articleAsMarkdownFile(article));
        await deps.db.updateTable('portal_articles').set({ document_id: result.documentId }).where('id', '=', article.id).execute();
        return { documentId: result.documentId, figureCount: result.figureCount };
      },
    }),
  };
}

/** Queues the document job; a failure to queue (too many jobs, a broken queue) never undoes the publish. */
export async function enqueueArticleDocument(deps: Pick<Deps, 'jobs'>, ctx: RequestContext, articleId: number, visibleFrom: Date): Promise<void> {
  try {
    // A scheduled article is taken in when the public sees it.
    await deps.jobs.enqueue(ctx, { kind: PORTAL_ARTICLE_JOBS.document, payload: { articleId }, runAfter: visibleFrom });
  } catch (error) {
    console.warn(`portal article ${articleId}: not queued for the documents module`, error instanceof Error ? error.message : error);
  }
}
