import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocumentIngestResult, DocumentSearchResult } from '@hongtu/contracts/documents';
import { toSimplified } from '../../platform/text/chinese';
import { settle } from '../../platform/jobs/jobs.test-helpers';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { multipart } from './documents.fixtures';
import { documentsMigrations } from './documents.migrations';
import { INLINE_PINYIN } from './documents.segment';

const SEEDS = path.resolve(import.meta.dirname, '../../db/seed/documents');
const FILES = ['000_0042b9a55ec5e1ea.txt', '001_79771cd17df8b2f6.txt', '002_5f45327f596e6471.txt', '003_920ab4668335f224.txt', '004_4d2d563e07c3115e.txt'];

describeEachDialect('documents: words of the seed documents are found, written either way', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  const ids = new Map<string, number>();
  const simplified = new Map<string, string>();

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    for (const file of FILES) {
      const buffer = readFileSync(path.join(SEEDS, file));
      const { payload, headers } = multipart(buffer, file);
      const answer = await settle(t, reviewer, await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { ...headers, cookie: reviewer } }));
      expect(answer.statusCode, answer.body).toBe(200);
      ids.set(file.slice(0, 3), (answer.json() as DocumentIngestResult).documentId);
      // the text as the search sees it: Simplified, without inline pinyin (區(qū))
      simplified.set(file.slice(0, 3), toSimplified(buffer.toString('utf8')).replace(INLINE_PINYIN, ''));
    }
  });
  afterAll(() => t.close());

  const search = async (q: string, more = '') => {
    const response = await t.app.inject({ method: 'GET', url: `/api/documents/search?q=${encodeURIComponent(q)}&pageSize=50${more}`, headers: { cookie: reviewer } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as DocumentSearchResult;
  };
  /** The seeds whose text holds the word (the expectation is read from the texts, not written down). */
  const holding = (word: string) => [...simplified].filter(([, text]) => text.includes(toSimplified(word))).map(([seed]) => ids.get(seed)!).sort();

  it.each([
    ['前三季度'], ['固定资产投资'], ['招商引资'], ['地区生产总值'], ['规模以上工业增加值'], ['社会消费品零售总额'], ['一季度'], ['开门红'],
  ])('finds every seed holding %s, with the word highlighted', async (word) => {
    const expected = holding(word);
    expect(expected.length).toBeGreaterThan(0);
    const result = await search(word);
    expect(result.items.map((i) => i.document.id).sort()).toEqual(expected);
    for (const item of result.items) {
      // 003 prints pinyin after its characters (地區(qū)生產(chǎn)總值): the highlight covers it
      const marked = item.snippets.flatMap((s) => s.highlights.map(([a, b]) => toSimplified(s.text.slice(a, b)).replace(INLINE_PINYIN, '')));
      expect(marked).toContain(word);
    }
  });

  it.each([
    ['前三季度', '前三季度'], ['固定資產投資', '固定资产投资'], ['招商引資', '招商引资'], ['地區生產總值', '地区生产总值'],
  ])('finds with the Traditional %s what the Simplified %s finds', async (traditional, word) => {
    const expected = holding(word);
    expect((await search(traditional)).items.map((i) => i.document.id).sort()).toEqual(expected);
  });

  it('finds any characters written together, across a dictionary\'s word boundaries, and one character alone', async () => {
    for (const word of ['季度', '资产投资', '商引', '三季', '度固定', '值增', '增', '亿元']) {
      const expected = holding(word);
      expect(expected.length, word).toBeGreaterThan(0);
      expect((await search(word)).items.map((i) => i.document.id).sort(), word).toEqual(expected);
    }
    // written apart (a comma between) is not written together; two phrases must both occur
    expect((await search('总值增长一季度固定资产')).items).toEqual([]);
    // the same with a date filter (PostgreSQL checks the order after the dates)
    expect((await search('总值增长一季度固定资产', '&from=1990-01-01')).items).toEqual([]);
    const dated = (await search('固定资产投资')).items.filter((i) => i.document.publishedOn).map((i) => i.document.id).sort();
    expect(dated.length).toBeGreaterThan(0);
    expect((await search('固定资产投资', '&from=1990-01-01')).items.map((i) => i.document.id).sort()).toEqual(dated);
    expect((await search('固定资产投资 开门红')).items.map((i) => i.document.id).sort()).toEqual(holding('固定资产投资').filter((id) => holding('开门红').includes(id)));
  });

  it('finds stored documents again once their index is rebuilt by the migration to pairs', async () => {
    const id = ids.get('004')!;
    // as an earlier version stored it: the dictionary's words, which miss 三季
    await t.database.db.updateTable('documents').set({ search_text: '前 三 季度' }).where('id', '=', id).execute();
    if (dialect === 'sqlite') await sql`insert into documents_fts (documents_fts) values ('rebuild')`.execute(t.database.db);
    expect((await search('前三季')).items.map((i) => i.document.id)).not.toContain(id);
    await documentsMigrations['0152_documents_search_pairs']!.up(t.database.db);
    expect((await search('前三季')).items.map((i) => i.document.id).sort()).toEqual(holding('前三季'));
    expect((await search('前三季')).items.map((i) => i.document.id)).toContain(id);
  });
});
