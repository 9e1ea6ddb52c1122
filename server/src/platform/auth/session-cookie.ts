import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_HOURS } from './sessions';

/** `__Host-` prefix and Secure when served over HTTPS; HttpOnly, SameSite=Strict always. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-hongtu_session' : 'hongtu_session';
}

export function setSessionCookie(reply: FastifyReply, secure: boolean, token: string): void {
  reply.setCookie(sessionCookieName(secure), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function sessionTokenOf(request: FastifyRequest, secure: boolean): string | undefined {
  return request.cookies[sessionCookieName(secure)];
}
