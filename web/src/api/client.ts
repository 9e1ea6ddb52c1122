import { apiErrorSchema, type ApiError } from '@hongtu/contracts';
import { currentLanguage, i18n } from '../i18n';

/** The one error every failed API call throws; the message is already in the user's language. */
export class ApiClientError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiError['details'];
  readonly requestId: string | null;

  constructor(init: { status: number; code: string; message: string; details?: ApiError['details']; requestId?: string | null }) {
    super(init.message);
    this.name = 'ApiClientError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId ?? null;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiClientError {
  return error instanceof ApiClientError && (status === undefined || error.status === status);
}

/** Any contracts schema: the client validates every success body with one. */
export interface ResponseSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown };
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions<T> {
  body?: unknown;
  query?: Query;
  schema?: ResponseSchema<T>;
  /** 'redirect' (default): a 401 sends the user to the login page. 'throw': the caller handles it. */
  onUnauthorized?: 'redirect' | 'throw';
  signal?: AbortSignal;
}

/** "?a=1&b=x" from the set values, or "" when none is set. */
export function toQueryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Where a 401 goes; the app replaces it with a router navigation. */
let unauthorizedHandler: () => void = () => {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
};

export function setUnauthorizedHandler(handler: () => void): void {
  unauthorizedHandler = handler;
}

async function errorFrom(response: Response): Promise<ApiClientError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiClientError({ status: response.status, ...parsed.data });
  return new ApiClientError({ status: response.status, code: `HTTP_${response.status}`, message: i18n.t('errors.unknown') });
}

async function send(method: string, path: string, options: RequestOptions<unknown>, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': currentLanguage() };
  // A FormData body (a file upload) goes as multipart; the browser sets its boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path + toQueryString(options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiClientError({ status: 0, code: 'NETWORK', message: i18n.t('errors.network') });
  }
  if (response.ok) return response;
  const error = await errorFrom(response);
  if (response.status === 401 && (options.onUnauthorized ?? 'redirect') === 'redirect') unauthorizedHandler();
  throw error;
}

export async function apiRequest<T = void>(method: string, path: string, options: RequestOptions<T> = {}): Promise<T> {
  const response = await send(method, path, options, 'application/json');
  if (response.status === 204 || !options.schema) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    console.error(`unexpected response from ${method} ${path}`, parsed.error);
    throw new ApiClientError({ status: response.status, code: 'BAD_RESPONSE', message: i18n.t('errors.badResponse') });
  }
  return parsed.data;
}

export const apiGet = <T = void>(path: string, options?: RequestOptions<T>) => apiRequest<T>('GET', path, options);
export const apiPost = <T = void>(path: string, options?: RequestOptions<T>) => apiRequest<T>('POST', path, options);
export const apiPut = <T = void>(path: string, options?: RequestOptions<T>) => apiRequest<T>('PUT', path, options);
export const apiPatch = <T = void>(path: string, options?: RequestOptions<T>) => apiRequest<T>('PATCH', path, options);
export const apiDelete = <T = void>(path: string, options?: RequestOptions<T>) => apiRequest<T>('DELETE', path, options);

/** The file name from a Content-Disposition header, if it names one. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Fetches a file (e.g. an xlsx export) with the same headers and errors as other calls. */
export async function apiDownload(path: string, options: Pick<RequestOptions<unknown>, 'query' | 'signal'> & { fallbackName: string }) {
  const response = await send('GET', path, options, '*/*');
  const blob = await response.blob();
  return { blob, filename: filenameFromDisposition(response.headers.get('content-disposition'), options.fallbackName) };
}
