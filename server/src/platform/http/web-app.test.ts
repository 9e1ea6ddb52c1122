import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { createTestDatabase, type TestDatabase } from '../../test/dialects';

/** The built web app is served by the API process: files, the SPA fallback, and JSON 404s under /api. */
const HASHED = 'app-Bx3_k9Qz.js';
const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `区${i}`))};\n`;

describe('serving the web app', () => {
  let dir: string;
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta name="csp-nonce" content="__CSP_NONCE__"><title>宏图</title><div id="root"></div>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    // As the web build writes them: hashed names, each with its brotli and gzip copy beside it.
    fs.writeFileSync(path.join(dir, 'assets', HASHED), SCRIPT);
    fs.writeFileSync(path.join(dir, 'assets', `${HASHED}.br`), brotliCompressSync(SCRIPT));
    fs.writeFileSync(path.join(dir, 'assets', `${HASHED}.gz`), gzipSync(SCRIPT));
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.mkdirSync(path.join(dir, '.vite'));
    fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/app-Bx3_k9Qz.js"}}');
    database = await createTestDatabase('sqlite');
    app = await buildApp({ database, config: { webDist: dir } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers the root URL with the app', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<div id="root">');
  });

  it('answers a deep link of the app with the app', async () => {
    const response = await app.inject({ method: 'GET', url: '/dashboard/district/7?year=2026' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it('serves built files', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log(1)');
  });

  it('answers an unknown API path with the JSON error, not the app', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sends the security headers: no API answer is cached, no device permissions, styles only from here', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.headers['cache-control']).toBe('no-store');
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.headers['cache-control']).not.toBe('no-store');
    for (const response of [api, page]) {
      expect(response.headers['permissions-policy']).toContain('camera=()');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).not.toMatch(/style-src [^;]*(https:|'unsafe-inline')/);
      expect(csp).toContain("style-src-attr 'unsafe-inline'");
    }
    expect(String(api.headers['content-security-policy'])).toMatch(/style-src 'self'(;|$)/);
  });

  it('answers each page with a fresh style nonce, named both in the page and in its CSP', async () => {
    const nonces = [];
    for (const url of ['/', '/reporting/2026-11', '/index.html']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const inPage = /<meta name="csp-nonce" content="([^"]+)">/.exec(response.body)?.[1];
      expect(inPage).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(String(response.headers['content-security-policy'])).toContain(`style-src 'self' 'nonce-${inPage}'`);
      expect(response.headers['cache-control']).toBe('no-cache');
      nonces.push(inPage);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it('sends a hashed file precompressed in the best encoding the browser accepts, and says it varies by it', async () => {
    const br = await app.inject({ method: 'GET', url: `/assets/${HASHED}`, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);

    const gzip = await app.inject({ method: 'GET', url: `/assets/${HASHED}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await app.inject({ method: 'GET', url: `/assets/${HASHED}`, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
  });

  it('lets a browser keep hashed files for good, other files an hour, and the page not without asking', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await app.inject({ method: 'GET', url: `/assets/${HASHED}`, headers: { 'accept-encoding': encoding } });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/favicon.svg', '/assets/app.js']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=3600');
    }
    const page = await app.inject({ method: 'GET', url: '/dashboard', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<div id="root">');
  });

  it('answers a missing built file (a release ago) with 404, not with the page', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app-0ldHash1.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).not.toContain('text/html');
    expect(String(response.headers['cache-control'] ?? '')).not.toContain('immutable');
  });

  it('does not serve the build manifest', async () => {
    const response = await app.inject({ method: 'GET', url: '/.vite/manifest.json' });
    expect(response.body).not.toContain('"file"');
  });
});
