import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseCoding, EncodedAnswer } from './encoded-answer';

describe('the coding an answer is sent in', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.4, gzip;q=0.9', 'gzip'],
    ['*', 'br'],
    ['br;q=0, *;q=0.1', 'gzip'],
    ['identity', null],
    ['deflate', null],
    ['gzip;q=0, br;q=0', null],
    ['', null],
    [undefined, null],
  ] as const)('Accept-Encoding %j → %j', (header, coding) => {
    expect(chooseCoding(header)).toBe(coding);
  });
});

describe('an encoded answer', () => {
  const json = JSON.stringify({ rows: Array.from({ length: 300 }, (_, i) => ({ name: `区${i}`, value: (i * 7919) % 1000, text: '完成年度目标的75.2%' })) });

  it('holds the UTF-8 bytes of its JSON and gives it back unchanged', () => {
    const answer = EncodedAnswer.of(json);
    expect(answer.bytes.equals(Buffer.from(json, 'utf8'))).toBe(true);
    expect(answer.text()).toBe(json);
    expect(answer.heldBytes).toBe(Buffer.byteLength(json));
  });

  it('compresses once per coding, and each copy decompresses to the JSON', async () => {
    const answer = EncodedAnswer.of(json);
    const [br, gz] = await Promise.all([answer.encoded('br'), answer.encoded('gzip')]);
    expect(brotliDecompressSync(br).toString('utf8')).toBe(json);
    expect(gunzipSync(gz).toString('utf8')).toBe(json);
    // The same copy, not a second compression.
    expect(await answer.encoded('br')).toBe(br);
    expect(answer.heldBytes).toBe(Buffer.byteLength(json) + br.length + gz.length);
  });
});
