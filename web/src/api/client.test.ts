import { afterEach, describe, expect, it, vi } from 'vitest';
import { meSchema } from '@hongtu/contracts';
import { ApiClientError, apiGet, apiPost, filenameFromDisposition, setUnauthorizedHandler, toQueryString } from './client';

const me = { id: 1, username: 'admin', displayName: '系统管理员', role: 'system_admin', organisationId: 1, organisationName: '湖北省', locale: 'zh-CN', pendingStep: null };

function respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('sends JSON with the UI language and same-origin credentials, and parses with the schema', async () => {
    const fetchMock = respond(200, me);
    await expect(apiPost('/api/auth/login', { body: { username: 'admin', password: 'x' }, schema: meSchema })).resolves.toEqual(me);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/auth/login');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"username":"admin","password":"x"}');
    expect((init?.headers as Record<string, string>)['Accept-Language']).toBe('zh-CN');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('sends a FormData body as multipart, without a JSON content type', async () => {
    const fetchMock = respond(200, me);
    const form = new FormData();
    form.append('file', new Blob(['x']), 'month.xlsx');
    await apiPost('/api/upload', { body: form, schema: meSchema });
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init?.body).toBe(form);
    expect((init?.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('throws ApiClientError with the server error shape', async () => {
    respond(409, { code: 'STALE_VERSION', message: '该记录已被他人修改', requestId: 'r-1', details: [{ path: 'body.version', message: 'x' }] });
    const error = await apiGet('/api/organisations/1', { schema: meSchema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error).toMatchObject({ status: 409, code: 'STALE_VERSION', message: '该记录已被他人修改', requestId: 'r-1' });
    expect((error as ApiClientError).details).toEqual([{ path: 'body.version', message: 'x' }]);
  });

  it('rejects a success body that does not match the contract', async () => {
    respond(200, { id: 'not a number' });
    await expect(apiGet('/api/auth/me', { schema: meSchema })).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  });

  it('calls the unauthorized handler on 401 unless told to throw only', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    respond(401, { code: 'UNAUTHENTICATED', message: '请先登录', requestId: 'r' });
    await expect(apiGet('/api/users')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(apiGet('/api/auth/me', { onUnauthorized: 'throw' })).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into a NETWORK error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('failed to fetch'); }));
    await expect(apiGet('/api/auth/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('returns nothing for 204', async () => {
    respond(204);
    await expect(apiPost('/api/auth/logout')).resolves.toBeUndefined();
  });
});

describe('toQueryString', () => {
  it('keeps only set values', () => {
    expect(toQueryString({ q: '张', page: 2, role: undefined, organisationId: null, actor: '' })).toBe('?q=%E5%BC%A0&page=2');
    expect(toQueryString({})).toBe('');
  });
});

describe('filenameFromDisposition', () => {
  it('reads plain and RFC 5987 names', () => {
    expect(filenameFromDisposition('attachment; filename="audit-2026-03-01.xlsx"', 'x.xlsx')).toBe('audit-2026-03-01.xlsx');
    expect(filenameFromDisposition("attachment; filename*=UTF-8''%E5%AE%A1%E8%AE%A1.xlsx", 'x.xlsx')).toBe('审计.xlsx');
    expect(filenameFromDisposition(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
