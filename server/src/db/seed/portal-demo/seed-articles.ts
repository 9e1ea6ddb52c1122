// The portal's demo articles: the 【武汉招商】 / 【汉阳区招商】 / 【汉南区招商】 feed of seed 001
// (../documents/001_79771cd17df8b2f6.txt, origin in its README), read as the seed lays it out:
// "-", the title line, the text line, the date line. Title, text and date are the seed's verbatim;
// the summary is the text's first sentence; the address, the topic and the district (from the
// bracketed column name) are the demo's own classification, said so in each article's note.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PortalTopic } from '@hongtu/domain';

export const SEED_001 = '001_79771cd17df8b2f6.txt';
export const SEED_001_PATH = path.resolve(import.meta.dirname, '../documents', SEED_001);

/** The column names of the feed and the district each stands for (null: the city's). */
export const SEED_COLUMNS: Readonly<Record<string, { districtCode: string | null; source: string }>> = {
  武汉招商: { districtCode: null, source: '武汉招商' },
  汉阳区招商: { districtCode: '420105', source: '汉阳区招商' },
  汉南区招商: { districtCode: '420113', source: '汉南区招商' },
};

export interface SeedArticle {
  /** 1-based position in the seed's feed. */
  position: number;
  /** The column name between 【】. */
  column: string;
  title: string;
  text: string;
  /** yyyy-mm-dd as the seed writes it. */
  date: string;
  summary: string;
  topic: PortalTopic;
  districtCode: string | null;
  slug: string;
}

/** The text's first sentence (to the first 。), or its first 120 characters when a sentence runs longer. */
export function firstSentence(text: string): string {
  const end = text.indexOf('。');
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  return sentence.length <= 120 ? sentence : `${sentence.slice(0, 120)}…`;
}

/** The demo's topic of an article, by words of its title. */
export function topicOf(title: string): PortalTopic {
  if (title.includes('政府工作报告')) return 'data-release';
  if (title.includes('政策')) return 'policy';
  if (title.includes('项目清单')) return 'project';
  return 'investment-news';
}

/** The feed of seed 001, item by item. */
export function readSeedArticles(content = readFileSync(SEED_001_PATH, 'utf8')): SeedArticle[] {
  const lines = content.split(/\r?\n/);
  const articles: SeedArticle[] = [];
  for (let i = 0; i + 3 < lines.length; i++) {
    const title = lines[i + 1]!.trim();
    const column = /^【(.+?)】/.exec(title)?.[1];
    const date = lines[i + 3]!.trim();
    if (lines[i]!.trim() !== '-' || !column || !(column in SEED_COLUMNS) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const text = lines[i + 2]!.trim();
    const position = articles.length + 1;
    articles.push({
      position, column, title, text, date, summary: firstSentence(text), topic: topicOf(title),
      districtCode: SEED_COLUMNS[column]!.districtCode, slug: `wuhan-zhaoshang-${String(position).padStart(2, '0')}`,
    });
    i += 3;
  }
  return articles;
}
