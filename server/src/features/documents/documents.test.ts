import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentIngestResult } from '@hongtu/contracts/documents';
import { settle } from '../../platform/jobs/jobs.test-helpers';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { docxBomb, docxOf, multipart, pdfWithText, pdfWithoutText } from './documents.fixtures';

const SEEDS = path.resolve(import.meta.dirname, '../../db/seed/documents');
const seed = (name: string) => readFileSync(path.join(SEEDS, name));
const ZH = '前三季度，武昌区地区生产总值完成1202亿元、增速4.5%；完成固投360亿元，同比增长24.6%，实际利用外资3.12亿美元。';

describeEachDialect('documents: taking in files', (dialect) => {
  let t: TestApp;
  let operator: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    reviewer = await t.login('reviewer');
  });
  afterAll(() => t.close());

  const count = async () => ({
    documents: Number((await t.database.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    figures: Number((await t.database.db.selectFrom('document_figures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  });

  async function upload(cookie: string, file: Buffer, fileName: string, locale = 'zh-CN') {
    const { payload, headers } = multipart(file, fileName);
    const response = await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { ...headers, cookie, 'accept-language': locale } });
    return settle(t, cookie, response, locale);
  }

  async function detail(cookie: string, id: number): Promise<DocumentDetail> {
    const response = await t.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('answers an upload with its job (202), then takes in a 政府信息公开 text with its metadata and figures', async () => {
    const { payload, headers } = multipart(seed('002_5f45327f596e6471.txt'), '002.txt');
    const queued = await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { ...headers, cookie: operator } });
    expect(queued.statusCode, queued.body).toBe(202);
    expect(queued.json().kind).toBe('documents.ingest');
    const answer = await settle(t, operator, queued);
    expect(answer.statusCode, answer.body).toBe(200);
    const result = answer.json() as DocumentIngestResult;
    expect(result.outcome).toBe('created');
    expect(result.figureCount).toBeGreaterThan(5);
    const doc = await detail(operator, result.documentId);
    expect(doc).toMatchObject({
      title: '关于武昌区2017年上半年国民经济和社会发展计划执行情况的报告', issuer: '区发改委', publishedOn: '2018-01-02',
      indexNo: '007482532-03-2018-1979878', language: 'zh-Hans', format: 'txt', version: 1,
    });
    expect(doc.figures).toHaveLength(result.figureCount);
    const gdp = doc.figures.find((f) => f.value === '525.69');
    expect(gdp, 'the H1 GDP figure').toBeDefined();
    expect(doc.text.slice(gdp!.start, gdp!.end)).toBe(gdp!.quote);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'document.ingest').execute();
    expect(audit.map((a) => a.entity_id)).toContain(String(result.documentId));
  });

  it('answers the same text uploaded again with the stored document, storing nothing; a changed text of the same title is version 2', async () => {
    const first = (await upload(operator, seed('004_4d2d563e07c3115e.txt'), '004.txt')).json() as DocumentIngestResult;
    const before = await count();
    const again = (await upload(operator, seed('004_4d2d563e07c3115e.txt'), '004-copy.txt')).json() as DocumentIngestResult;
    expect(again).toMatchObject({ outcome: 'duplicate', documentId: first.documentId });
    expect(await count()).toEqual(before);

    const changed = Buffer.from(`${seed('004_4d2d563e07c3115e.txt').toString('utf8')}\n（本文有更正）`);
    const second = (await upload(operator, changed, '004-v2.txt')).json() as DocumentIngestResult;
    expect(second).toMatchObject({ outcome: 'version', version: 2 });
    const doc = await detail(operator, second.documentId);
    expect(doc.versions.map((v) => v.id)).toEqual([first.documentId]);
  });

  it('stores a job run twice once', async () => {
    const file = Buffer.from(`区政府工作报告（测试${dialect}）\n${ZH}`);
    const before = await count();
    const [a, b] = await Promise.all([upload(operator, file, 'twice.txt'), upload(operator, file, 'twice.txt')]);
    const results = [a.json(), b.json()] as DocumentIngestResult[];
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'duplicate']);
    expect((await count()).documents).toBe(before.documents + 1);
  });

  it('reads Markdown front matter, Traditional text, Word and PDF', async () => {
    const md = Buffer.from(`---\ntitle: 汉阳区政府工作报告\ndate: 2021-01-20\nissuer: 汉阳区人民政府\nurl: http://www.hanyang.gov.cn/a/1.html\n---\n# 汉阳区政府工作报告\n\n${ZH}\n`);
    const mdDoc = await detail(operator, ((await upload(operator, md, 'hy.md')).json() as DocumentIngestResult).documentId);
    expect(mdDoc).toMatchObject({ title: '汉阳区政府工作报告', publishedOn: '2021-01-20', issuer: '汉阳区人民政府', sourceUrl: 'http://www.hanyang.gov.cn/a/1.html', format: 'md' });
    expect(mdDoc.text).not.toContain('title:');

    const tw = await detail(operator, ((await upload(operator, seed('003_920ab4668335f224.txt'), '003.txt')).json() as DocumentIngestResult).documentId);
    expect(tw.language).toBe('zh-Hant');
    expect(tw.text).toContain('西塞山區(qū)');

    const docx = await detail(operator, ((await upload(operator, await docxOf(['武昌区经济运行情况', ZH]), 'report.docx')).json() as DocumentIngestResult).documentId);
    expect(docx.format).toBe('docx');
    expect(docx.text).toContain('完成固投360亿元');

    const pdf = await detail(operator, ((await upload(operator, pdfWithText(['武昌区三季度工作情况', ...ZH.split(/(?<=；)/)], 'Q3'), 'q3.pdf')).json() as DocumentIngestResult).documentId);
    expect(pdf).toMatchObject({ format: 'pdf', title: 'Q3', publishedOn: '2022-09-30' });
    expect(pdf.text).toContain('实际利用外资3.12亿美元');
    expect(pdf.figures.some((f) => f.value === '360')).toBe(true);
  });

  it('keeps an HTML page\'s article as text: no script, no site chrome, metadata from its meta tags', async () => {
    const html = `<!doctype html><html><head><title>武昌区工作报告</title><meta name="ArticleTitle" content="区政府2022年三季度工作情况报告">
      <meta name="PubDate" content="2022-11-30 10:00"><meta name="ContentSource" content="武昌区人民政府">
      <script>document.title = '恶意脚本执行了'; fetch('/steal')</script><style>p{color:red}</style></head>
      <body onload="alert(1)"><nav>首页 &gt; 政务公开 &gt; 工作报告</nav><div class="share">分享到：微信 微博</div>
      <article><h1>区政府2022年三季度工作情况报告</h1><p>${ZH}</p><p>前三季度，全区经济增长态势稳中向好，地方一般公共预算收入117亿元。</p>
      <p><img src="x" onerror="alert(2)">招商引资实际到位资金739亿元、产业到资236亿元。</p></article>
      <div class="tools">【打印本页】 【关闭窗口】</div><footer>版权所有：武汉市武昌区人民政府 鄂ICP备05003310号</footer><script>steal()</script></body></html>`;
    const result = (await upload(operator, Buffer.from(html), 'page.html')).json() as DocumentIngestResult;
    const doc = await detail(operator, result.documentId);
    expect(doc).toMatchObject({ format: 'html', title: '区政府2022年三季度工作情况报告', issuer: '武昌区人民政府', publishedOn: '2022-11-30' });
    expect(doc.text).toContain('完成固投360亿元');
    expect(doc.text).toContain('招商引资实际到位资金739亿元');
    for (const chrome of ['<', 'script', 'steal', 'alert', '恶意', '打印本页', 'ICP', '分享到', '首页']) expect(doc.text).not.toContain(chrome);
  });

  it('detects a GBK text and converts it', async () => {
    const text = `公开日期: 2022年11月30日\n武昌区经济运行简况\n${ZH}`;
    const result = (await upload(operator, iconv.encode(text, 'gbk'), 'gbk.txt')).json() as DocumentIngestResult;
    const doc = await detail(operator, result.documentId);
    expect(doc.text).toBe(text);
    expect(doc.publishedOn).toBe('2022-11-30');
    expect(doc.title).toBe('武昌区经济运行简况');
  });

  describe('bad input: a clear message and nothing stored', () => {
    it('refuses a 100 MB upload by its size before reading it', async () => {
      const before = await count();
      const jobs = await t.database.db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const { payload, headers } = multipart(Buffer.alloc(100 * 1024 * 1024, 0x41), 'big.txt');
      const response = await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { ...headers, cookie: operator, 'accept-language': 'en' } });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', message: 'The document is larger than 5 MB and was not uploaded: split it or make it smaller' });
      expect(await count()).toEqual(before);
      expect(await t.database.db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(jobs);
    });

    const refusals: [string, () => Promise<Buffer> | Buffer, string, string, RegExp][] = [
      ['a PDF without a text layer', () => pdfWithoutText(), 'scan.pdf', 'DOCUMENT_PDF_NO_TEXT', /没有文字层/],
      ['a .docx zip bomb', () => docxBomb(52 * 1024 * 1024), 'bomb.docx', 'DOCUMENT_ZIP_BOMB', /压缩炸弹/],
      ['a text in another language', () => Buffer.from('The economy of the district grew by 4.5 per cent in the first three quarters. '.repeat(10)), 'english.txt', 'DOCUMENT_LANGUAGE', /不是中文文档/],
      ['a spreadsheet', async () => docxOf(['x']), 'figures.xlsx', 'DOCUMENT_FORMAT', /不是可读取的文档格式/],
      ['a text beyond the length limit', () => Buffer.from('经济运行'.repeat(125_001)), 'long.txt', 'DOCUMENT_TEXT_TOO_LONG', /文档文字超过500000字/],
      ['an empty page', () => Buffer.from('<html><body><script>alert(1)</script></body></html>'), 'empty.html', 'DOCUMENT_EMPTY', /没有文字/],
    ];
    for (const [what, file, name, code, message] of refusals) {
      it(`refuses ${what}`, async () => {
        const before = await count();
        const answer = await upload(operator, await file(), name);
        expect(answer.statusCode).toBe(422);
        expect(answer.json()).toMatchObject({ code, message: expect.stringMatching(message) });
        expect(await count()).toEqual(before);
      });
    }

    it('says so in Traditional Chinese and English too', async () => {
      const tw = await upload(operator, pdfWithoutText(), 'scan.pdf', 'zh-TW');
      expect(tw.json().message).toMatch(/沒有文字層/);
      const en = await upload(operator, pdfWithoutText(), 'scan.pdf', 'en');
      expect(en.json().message).toMatch(/no text layer/);
    });

    it('refuses an upload without a file, and a reviewer-only write from an operator', async () => {
      const none = await t.app.inject({ method: 'POST', url: '/api/documents', payload: {}, headers: { cookie: reviewer } });
      expect(none.statusCode).toBe(400);
      expect(none.json().code).toBe('DOCUMENT_NO_FILE');
    });
  });
});
