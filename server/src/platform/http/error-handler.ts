import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '@hongtu/contracts';
import { isUniqueViolation } from '../../db/conflicts';
import { AppError, type ErrorDetail } from '../errors/app-error';
import { isMessageCode, translate, type MessageCode } from '../i18n/messages';
import { localizeValidation } from './validation-messages';

/** How the onSend audit hook should record a failed request. */
const AUDIT_KIND = Symbol('auditKind');
type Audited = { [AUDIT_KIND]?: 'denied' | 'failed' | 'none' };

export function auditKindOf(reply: FastifyReply): 'denied' | 'failed' | 'none' | undefined {
  return (reply as unknown as Audited)[AUDIT_KIND];
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: MessageCode,
  params: Record<string, string | number> = {},
  details?: ErrorDetail[],
  audit: 'denied' | 'failed' | 'none' = 'failed',
) {
  (reply as unknown as Audited)[AUDIT_KIND] = audit;
  const locale = request.ctx.locale;
  const allParams = { ...params, requestId: request.id };
  // Field details of business errors carry a message code: send it in words, with the same path form as validation.
  const shown = details?.map((d) => ({
    path: /^(body|params|querystring)(\.|$)/.test(d.path) ? d.path : `body.${d.path}`,
    message: isMessageCode(d.message) ? translate(d.message, locale, allParams) : d.message,
  }));
  const body: ApiError = {
    code,
    message: translate(code, locale, allParams),
    ...(shown ? { details: shown } : {}),
    requestId: request.id,
  };
  return reply.status(status).send(body);
}

const FASTIFY_CODES: Record<string, { status: number; code: MessageCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'INVALID_JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'INVALID_JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'INVALID_JSON' },
};

/**
 * PostgreSQL refuses values SQLite stores without complaint: a NUL character
 * in text (22021), an integer beyond 32 bits (22003), text that is no number
 * (22P02), a NUL in JSON (22P05). Such input is the caller's error, not a 500.
 */
const UNREPRESENTABLE_INPUT = new Set(['22003', '22021', '22P02', '22P05']);
function isUnrepresentableInput(error: { code?: unknown }): boolean {
  return typeof error.code === 'string' && UNREPRESENTABLE_INPUT.has(error.code);
}

/**
 * One error shape for every failure: { code, message, details?, requestId },
 * message in the caller's language. Stacks, SQL and paths stay in the log.
 */
export function registerErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return send(request, reply, error.status, error.code, error.params, error.details, error.audit);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const data = context === 'querystring' ? request.query : context === 'params' ? request.params : context === 'headers' ? request.headers : request.body;
      const details = localizeValidation(error.validation, request.ctx.locale, context, data);
      return send(request, reply, 400, 'VALIDATION_FAILED', {}, details);
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) {
      const limit = `${Math.round(bodyLimit / 1024)} KiB`;
      return send(request, reply, known.status, known.code, { limit });
    }
    if (error.statusCode === 429) return send(request, reply, 429, 'RATE_LIMITED', {}, undefined, 'denied');
    if (isUnrepresentableInput(error)) return send(request, reply, 400, 'VALIDATION_FAILED');
    // Another request created the same row at the same moment: the caller may reload and try again.
    if (isUniqueViolation(error)) return send(request, reply, 409, 'CONFLICT');
    if (error instanceof SyntaxError && error.statusCode === 400) return send(request, reply, 400, 'INVALID_JSON');
    request.log.error({ err: error }, 'unhandled error');
    return send(request, reply, 500, 'INTERNAL');
  });
}

export { send as sendError };
