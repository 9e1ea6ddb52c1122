import { describe, expect, it } from 'vitest';
import { cspNonce } from './csp-nonce';

const page = (content?: string) => ({
  querySelector: () => (content === undefined ? null : ({ content } as HTMLMetaElement)),
}) as unknown as Pick<Document, 'querySelector'>;

describe('cspNonce', () => {
  it('reads the nonce the server wrote into the page', () => {
    expect(cspNonce(page('q1w2e3r4t5y6u7i8o9p0aA=='))).toBe('q1w2e3r4t5y6u7i8o9p0aA==');
  });
  it('has none when the page was not answered by the server (development) or has no meta', () => {
    expect(cspNonce(page('__CSP_NONCE__'))).toBeUndefined();
    expect(cspNonce(page(''))).toBeUndefined();
    expect(cspNonce(page())).toBeUndefined();
  });
});
