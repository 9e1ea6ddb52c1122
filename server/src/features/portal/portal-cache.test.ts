import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { portalPageKey } from './portal-cache';
import { LARGE_TEXT_COOKIE } from './portal-assets';

const request = (url: string, cookies: Record<string, string> = {}, host = 'portal.example.cn', protocol = 'https') => ({ url, cookies, host, protocol }) as unknown as FastifyRequest;

describe('which portal pages each server keeps a copy of', () => {
  it('keeps the public pages in every language, apart for the large-text mode', () => {
    expect(portalPageKey(request('/portal'))).toBe('normal');
    expect(portalPageKey(request('/portal/en/articles?topic=policy'))).toBe('normal');
    expect(portalPageKey(request('/portal/zh-tw/articles/abc', { [LARGE_TEXT_COOKIE]: '1' }))).toBe('large');
    // An opportunity's own page is public: only the form of interest under it is the visitor's.
    expect(portalPageKey(request('/portal/opportunities/12'))).toBe('normal');
    expect(portalPageKey(request('/portal/en/opportunities?kind=land'))).toBe('normal');
  });

  it('keeps the sitemap and the feeds per scheme and host, as their full addresses are written from them', () => {
    for (const url of ['/portal/sitemap.xml', '/portal/feed.xml', '/portal/zh-tw/atom.xml', '/portal/en/feed.xml']) {
      const byHost = new Set(['portal.example.cn', 'portal.example.org'].map((host) => portalPageKey(request(url, {}, host))));
      expect(byHost.size, url).toBe(2);
      expect(portalPageKey(request(url, {}, 'portal.example.cn', 'http')), url).not.toBe(portalPageKey(request(url, {}, 'portal.example.cn', 'https')));
    }
    // The pages write addresses without a host: one copy whatever host they were asked by.
    expect(portalPageKey(request('/portal/articles', {}, 'portal.example.org'))).toBe(portalPageKey(request('/portal/articles')));
  });

  it('never keeps a signed-in visitor\'s pages, the forms, or what is not the portal', () => {
    expect(portalPageKey(request('/portal/articles', { hongtu_enterprise: 'x' }))).toBeNull();
    expect(portalPageKey(request('/portal', { '__Host-hongtu_session': 'x' }))).toBeNull();
    expect(portalPageKey(request('/portal/account/sign-up'))).toBeNull();
    expect(portalPageKey(request('/portal/en/submit'))).toBeNull();
    expect(portalPageKey(request('/portal/zh-tw/account'))).toBeNull();
    expect(portalPageKey(request('/portal/submit/track'))).toBeNull();
    expect(portalPageKey(request('/portal/opportunities/12/interest'))).toBeNull();
    expect(portalPageKey(request('/portal/en/opportunities/12/interest'))).toBeNull();
    expect(portalPageKey(request('/portal/zh-tw/opportunities/12/interest?x=1'))).toBeNull();
    expect(portalPageKey(request('/portalx'))).toBeNull();
    expect(portalPageKey(request('/api/portal/opportunities'))).toBeNull();
  });
});
