import type { MessageCode } from '../i18n/messages';

export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * A failure the user should be told about. The message is looked up by code
 * in the caller's language; nothing internal (stack, SQL, path) is exposed.
 * `audit` says how the error handler records it: 'denied' for refusals,
 * 'failed' for other errors, 'none' when the use case already audited it.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: ErrorDetail[],
    readonly audit: 'denied' | 'failed' | 'none' = 'failed',
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(404, 'NOT_FOUND');
/** Out of the caller's data scope: answered exactly like a missing record, but audited. */
export const outOfScope = () => new AppError(404, 'NOT_FOUND', {}, undefined, 'denied');
export const forbidden = () => new AppError(403, 'FORBIDDEN', {}, undefined, 'denied');
export const staleVersion = () => new AppError(409, 'STALE_VERSION');
