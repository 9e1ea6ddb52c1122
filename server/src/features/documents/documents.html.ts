// HTML pages: read with linkedom (no script is ever run: linkedom has no script engine) and
// reduced to the article by Mozilla's Readability; what is kept is plain text, never markup.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDate, type DocumentMeta } from './documents.meta';

/** The little of the DOM this file uses (the server is compiled without the DOM library). */
interface Node {
  textContent: string | null;
  remove(): void;
  replaceWith(text: string): void;
  append(text: string): void;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<Node> & { forEach(fn: (node: Node) => void): void };
  querySelector(selector: string): Node | null;
}
type Element = Node;
type Document = Node & { body: Node };

/** Lines of site chrome that survive readability on Chinese government and news sites. */
const CHROME_LINE = /^(?:\s*(?:打印本页|【?打印】?|关闭窗口|【?关闭】?|返回顶部|分享到[:：]?.*|扫一扫.*|微信扫.*|字号[:：]?.*|【?字体[:：]?.*|上一篇.*|下一篇.*|相关链接.*|版权所有.*|主办单位.*|承办单位.*|网站标识码.*|.*ICP备\s*\d+.*|.*公网安备.*|.*网站地图.*|首页\s*[>＞].*|当前位置[:：].*)\s*)$/;

const meta = (doc: Document, ...names: string[]): string | null => {
  for (const name of names) {
    const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
};

function blockText(node: Element): string {
  // Block elements and <br> end a line, so paragraphs and table rows keep their shape.
  node.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  node.querySelectorAll('p, div, li, tr, h1, h2, h3, h4, h5, h6, section, article, table, blockquote').forEach((el) => el.append('\n'));
  node.querySelectorAll('td, th').forEach((el) => el.append('\t'));
  return node.textContent ?? '';
}

/** The article's text and the metadata the page states (the meta tags Chinese government sites use). */
export function readHtml(html: string): { text: string; meta: Partial<DocumentMeta> } {
  const document = parseHTML(html).document as unknown as Document;
  document.querySelectorAll('script, style, noscript, template, iframe, object, embed, form, nav, header, footer, aside').forEach((el) => el.remove());
  const stated: Partial<DocumentMeta> = {
    title: meta(document, 'ArticleTitle', 'og:title') ?? document.querySelector('title')?.textContent?.trim() ?? null,
    issuer: meta(document, 'ContentSource', 'SiteName', 'og:site_name', 'author'),
    publishedOn: isoDate(meta(document, 'PubDate', 'pubdate', 'article:published_time', 'publishdate')),
    sourceUrl: meta(document, 'og:url', 'Url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  };
  let text = '';
  try {
    const article = new Readability(document as never, { charThreshold: 100 }).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText((inner as unknown as Document).body);
    }
    if (!stated.title && article?.title) stated.title = article.title;
  } catch {
    text = '';
  }
  if (!text.trim()) text = blockText(document.body);
  const lines = text.split('\n').map((line) => line.replace(/[ \t\u00a0\u3000]+$/g, '').replace(/^[ \t\u00a0]+/, ''));
  const kept = lines.filter((line) => !CHROME_LINE.test(line));
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), meta: stated };
}
