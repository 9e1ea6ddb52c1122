import { describe, expect, it } from 'vitest';
import { fileSizeText } from './documents';

describe('a document\'s size as people read it', () => {
  it('in bytes, KB or MB with one decimal', () => {
    expect(fileSizeText(856)).toBe('856 B');
    expect(fileSizeText(12_697)).toBe('12.4 KB');
    expect(fileSizeText(20 * 1024 * 1024)).toBe('20.0 MB');
  });
});
