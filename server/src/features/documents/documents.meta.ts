// Metadata read from a document's text where it states it: front matter (seed 001 style), the
// 政府信息公开 header lines (名称 / 发布机构 / 文号 / 索引号 / 公开日期), "发布时间" / "来源" lines.
import { parse as parseYaml } from 'yaml';
import { DOCUMENT_LIMITS } from '@hongtu/contracts';
import { toSimplified } from '../../platform/text/chinese';

export interface DocumentMeta {
  title: string | null;
  issuer: string | null;
  publishedOn: string | null;
  indexNo: string | null;
  docNo: string | null;
  sourceUrl: string | null;
}

export const EMPTY_META: DocumentMeta = { title: null, issuer: null, publishedOn: null, indexNo: null, docNo: null, sourceUrl: null };

const clip = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, DOCUMENT_LIMITS.fieldLength) : null;
};

/** An ISO date from 2018年01月02日, 2018-1-2, 2019-02-17- 07:44, 2018/01/02 …, or null. */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits off a leading YAML front matter block (--- … ---): its fields and the body after it. */
export function splitFrontMatter(text: string): { fields: Record<string, unknown> | null; body: string; bodyStart: number } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { fields: null, body: text, bodyStart: 0 };
  let fields: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = parseYaml(m[1]!, { maxAliasCount: 10 });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
  } catch {
    // Not YAML after all (a line of dashes): the text is kept whole.
    return { fields: null, body: text, bodyStart: 0 };
  }
  return { fields, body: text.slice(m[0].length), bodyStart: m[0].length };
}

const str = (value: unknown): string | null => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

/** Metadata from front matter fields (title, date, issuer/source/author, url, 文号, 索引号). */
export function metaFromFields(fields: Record<string, unknown>): Partial<DocumentMeta> {
  const pick = (...keys: string[]) => keys.map((k) => str(fields[k])).find((v) => v && v.trim()) ?? null;
  return {
    title: clip(pick('title', '标题', '名称')),
    issuer: clip(pick('issuer', 'source', '发布机构', '来源', 'publisher')),
    publishedOn: isoDate(fields.date ?? fields.published ?? fields['发布日期'] ?? fields['公开日期']),
    sourceUrl: clip(pick('url', 'source_url', 'link')),
    docNo: clip(pick('doc_no', '文号')),
    indexNo: clip(pick('index_no', '索引号')),
  };
}

const HEAD_CHARS = 1500;

/** Metadata from the header lines of a government information page or a news item (read on the Simplified text). */
export function metaFromText(text: string): Partial<DocumentMeta> {
  const head = toSimplified(text.slice(0, HEAD_CHARS));
  const field = (label: RegExp) => label.exec(head)?.[1] ?? null;
  const title = field(/名\s*称\s*[:：]\s*(.+?)(?:\s+发布机构|\s*$)/m);
  const issuer = field(/发布机构\s*[:：]\s*(\S+)/) ?? field(/来\s*源\s*[:：]\s*([^\s|｜]+)/);
  const docNo = field(/文\s*号\s*[:：]\s*(?!索)(\S+)/);
  const indexNo = field(/索\s*引\s*号\s*[:：]\s*([0-9A-Za-z][0-9A-Za-z\-/]*)/);
  const date = field(/(?:公开日期|发布日期|发布时间|成文日期|日\s*期)\s*[:：]\s*(\S+)/) ?? /^\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})/m.exec(head)?.[1] ?? null;
  const url = /https?:\/\/[^\s"'<>]+/.exec(field(/(?:原文链接|来源网址|网址)\s*[:：]\s*(\S+)/) ?? '')?.[0] ?? null;
  return { title: clip(title), issuer: clip(issuer), docNo: clip(docNo), indexNo: clip(indexNo), publishedOn: isoDate(date), sourceUrl: clip(url) };
}

/** A title when none was stated: the first short line with Chinese in it (or the file name). */
export function titleFromText(text: string, fileName: string): string {
  for (const line of text.split(/\r?\n/).slice(0, 40)) {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean.length >= 4 && clean.length <= 100 && /\p{Script=Han}/u.test(clean) && !/^[^:：]{1,8}[:：]/.test(clean) && !/首页\s*>/.test(clean)) {
      return clean.slice(0, DOCUMENT_LIMITS.titleLength);
    }
  }
  return fileName.replace(/\.[^.]+$/, '').slice(0, DOCUMENT_LIMITS.titleLength) || '—';
}

/** Fills what `first` lacks from the others, in order. */
export function mergeMeta(...sources: Partial<DocumentMeta>[]): DocumentMeta {
  const out: DocumentMeta = { ...EMPTY_META };
  for (const source of sources) {
    for (const key of Object.keys(out) as (keyof DocumentMeta)[]) out[key] ??= source[key] ?? null;
  }
  return out;
}

/**
 * The script of a text: 'other' when it has too little Chinese to be read (fewer than 20 Han
 * characters, or fewer than a fifth of its letters), 'zh-Hant' when Simplified conversion changes
 * more than 3 % of its Han characters.
 */
export function detectLanguage(text: string, simplified: string): 'zh-Hans' | 'zh-Hant' | 'other' {
  let han = 0;
  let letters = 0;
  let changed = 0;
  const n = Math.min(text.length, simplified.length);
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (simplified[i] !== ch) changed++;
    } else if (/\p{L}/u.test(ch)) {
      letters++;
    }
  }
  if (han < 20 || han < (han + letters) / 5) return 'other';
  return changed > han * 0.03 ? 'zh-Hant' : 'zh-Hans';
}
