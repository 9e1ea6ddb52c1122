import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipJson } from './document-gz';

describe('gzipJson', () => {
  it('gives JSON.stringify’s text when unzipped, across many gzip members', () => {
    const sources = Array.from({ length: 60_000 }, (_, i) => ({ id: `s${i}`, label: `第${i}项 地区生产总值`, value: i % 7 === 0 ? null : String(i * 1.5), at: undefined }));
    const doc = { title: '2022年1—9月全市经济运行简报', blocks: [{ kind: 'paragraph', runs: [{ text: '“引号”\n与\\反斜杠' }] }], sources, empty: [], skipped: undefined, provisional: false };
    const zipped = gzipJson(doc);
    // Several members: the text is over a million characters.
    expect(JSON.stringify(doc).length).toBeGreaterThan(1 << 21);
    expect(zipped.filter((_, i) => zipped[i] === 0x1f && zipped[i + 1] === 0x8b && zipped[i + 2] === 8).length).toBeGreaterThan(1);
    expect(gunzipSync(zipped).toString('utf8')).toBe(JSON.stringify(doc));
  });

  it('writes undefined array elements as null and an empty object as {}', () => {
    expect(gunzipSync(gzipJson({ list: [1, undefined, 'a'] })).toString('utf8')).toBe(JSON.stringify({ list: [1, undefined, 'a'] }));
    expect(gunzipSync(gzipJson({})).toString('utf8')).toBe('{}');
  });
});
