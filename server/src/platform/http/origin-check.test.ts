import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './origin-check';

describe('isSameOrigin', () => {
  it('compares scheme, host and port, with default ports dropped', () => {
    expect(isSameOrigin('http://hongtu.example', { protocol: 'http', host: 'hongtu.example:80' })).toBe(true);
    expect(isSameOrigin('https://hongtu.example', { protocol: 'https', host: 'hongtu.example' })).toBe(true);
    expect(isSameOrigin('https://hongtu.example:8443', { protocol: 'https', host: 'hongtu.example:8443' })).toBe(true);
    // Behind a TLS proxy without HONGTU_TRUST_PROXY the request looks like http: refused, not guessed.
    expect(isSameOrigin('https://hongtu.example', { protocol: 'http', host: 'hongtu.example' })).toBe(false);
    expect(isSameOrigin('http://hongtu.example', { protocol: 'https', host: 'hongtu.example' })).toBe(false);
    expect(isSameOrigin('http://hongtu.example:8080', { protocol: 'http', host: 'hongtu.example' })).toBe(false);
    expect(isSameOrigin('http://a.hongtu.example', { protocol: 'http', host: 'hongtu.example' })).toBe(false);
    expect(isSameOrigin('null', { protocol: 'http', host: 'hongtu.example' })).toBe(false);
    expect(isSameOrigin('not a url', { protocol: 'http', host: 'hongtu.example' })).toBe(false);
  });
});
