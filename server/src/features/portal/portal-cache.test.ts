import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { portalPageKey } from './portal-cache';
import { LARGE_TEXT_COOKIE } from './portal-assets';

const request = (url: string, cookies: Record<string, string> = {}) => ({ url, cookies }) as unknown as FastifyRequest;

describe('which portal pages each server keeps a copy of', () => {
  it('keeps the public pages in every language, apart for the large-text mode', () => {
    expect(portalPageKey(request('/portal'))).toBe('normal');
    expect(portalPageKey(request('/portal/en/articles?topic=policy'))).toBe('normal');
    expect(portalPageKey(request('/portal/zh-tw/articles/abc', { [LARGE_TEXT_COOKIE]: '1' }))).toBe('large');
  });

  it('never keeps a signed-in visitor\'s pages, the forms, or what is not the portal', () => {
    expect(portalPageKey(request('/portal/articles', { hongtu_enterprise: 'x' }))).toBeNull();
    expect(portalPageKey(request('/portal', { '__Host-hongtu_session': 'x' }))).toBeNull();
    expect(portalPageKey(request('/portal/account/sign-up'))).toBeNull();
    expect(portalPageKey(request('/portal/en/submit'))).toBeNull();
    expect(portalPageKey(request('/portal/zh-tw/account'))).toBeNull();
    expect(portalPageKey(request('/portalx'))).toBeNull();
    expect(portalPageKey(request('/api/portal/opportunities'))).toBeNull();
  });
});
