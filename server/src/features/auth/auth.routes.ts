import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema, choosePasswordRequestSchema, confirmSecondFactorEnrolmentRequestSchema, idParamsSchema, loginRequestSchema, meSchema,
  recoveryCodesSchema, secondFactorEnrolledSchema, secondFactorEnrolmentSchema, secondFactorProofSchema,
  secondFactorStatusSchema, setLocaleRequestSchema, startSecondFactorEnrolmentRequestSchema, verifySecondFactorRequestSchema,
} from '@hongtu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../platform/deps';
import '../../platform/auth/pending-sign-in';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/session-cookie';
import { resolveSession } from '../../platform/auth/sessions';
import type { LoginService } from '../../platform/auth/login.service';
import type { SecondFactorService } from '../../platform/auth/second-factor.service';
import type { PasswordStepService } from '../../platform/auth/password-step.service';

const tags = ['auth'];
/** The sign-in steps the second factor's routes serve. */
const SECOND_FACTOR_STEPS = ['second-factor', 'enrol-second-factor'] as const;

export function authRoutes(
  app: FastifyInstance, deps: Deps, service: LoginService, secondFactor: SecondFactorService, passwordStep: PasswordStepService,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = deps.config.secureCookies;

  /** Sets the new session's cookie and answers the user as the next request will see them. */
  async function answerNewSession(req: FastifyRequest, reply: FastifyReply, token: string) {
    setSessionCookie(reply, secure, token);
    const lookup = await resolveSession(deps.db, deps.clock, token);
    if (lookup.kind === 'none' || lookup.kind === 'expired') throw new Error('session vanished right after it was created');
    req.ctx.actor = lookup.actor;
    return service.me(req.ctx, lookup.kind === 'pending' ? lookup.step : null);
  }

  r.post('/api/auth/login', {
    config: {
      access: 'public',
      // Keyed by account and address: one office behind a NAT address is not locked out together.
      rateLimit: {
        // After the body is parsed (the global limit runs earlier, in onRequest).
        hook: 'preHandler',
        max: 20,
        timeWindow: '1 minute',
        keyGenerator: (req) => `login:${req.ip}:${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
      },
    },
    schema: { tags, body: loginRequestSchema, response: { 200: meSchema } },
  }, async (req, reply) => {
    const { token } = await service.login(req.ctx, req.body);
    // The session is new; resolve it as the next request would (it may wait for a second factor).
    return answerNewSession(req, reply, token);
  });

  r.post('/api/auth/logout', {
    config: { access: 'signed-in', duringSignIn: true },
    schema: { tags, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.logout(req.ctx);
    clearSessionCookie(reply, secure);
    return reply.status(204).send(null);
  });

  r.get('/api/auth/me', {
    config: { access: 'signed-in', duringSignIn: true },
    schema: { tags, response: { 200: meSchema } },
  }, (req) => service.me(req.ctx, req.pendingSignIn?.step ?? null));

  r.post('/api/auth/password', {
    config: { access: 'signed-in' },
    schema: { tags, body: changePasswordRequestSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.changePassword(req.ctx, req.body);
    clearSessionCookie(reply, secure);
    return reply.status(204).send(null);
  });

  // The password step (platform/auth/password-step.service.ts): a password the administrator set
  // is replaced by the user's own before anything else; the answer is the signed-in user.
  r.post('/api/auth/sign-in/password', {
    config: { access: 'signed-in', duringSignIn: ['change-password'] },
    schema: { tags, body: choosePasswordRequestSchema, response: { 200: meSchema } },
  }, async (req, reply) => {
    const { token } = await passwordStep.choose(req.ctx, req.pendingSignIn, req.body.newPassword);
    return answerNewSession(req, reply, token);
  });

  r.put('/api/auth/locale', {
    config: { access: 'signed-in' },
    schema: { tags, body: setLocaleRequestSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await service.setLocale(req.ctx, req.body.locale);
    return reply.status(204).send(null);
  });

  // The second factor (platform/auth/second-factor.service.ts). A session waiting for it reaches
  // only the routes marked duringSignIn: the code, the enrolment, me and sign-out. Wrong codes
  // count toward the sign-in lock (platform/auth/lockout.ts), which bounds guessing.
  r.post('/api/auth/second-factor/verify', {
    config: { access: 'signed-in', duringSignIn: SECOND_FACTOR_STEPS },
    schema: { tags, body: verifySecondFactorRequestSchema, response: { 200: meSchema } },
  }, async (req, reply) => {
    const { token } = await secondFactor.verify(req.ctx, req.pendingSignIn, req.body.code);
    return answerNewSession(req, reply, token);
  });

  r.post('/api/auth/second-factor/enrolment', {
    config: { access: 'signed-in', duringSignIn: SECOND_FACTOR_STEPS },
    schema: { tags, body: startSecondFactorEnrolmentRequestSchema, response: { 200: secondFactorEnrolmentSchema } },
  }, (req) => secondFactor.startEnrolment(req.ctx, req.pendingSignIn, req.body.password));

  r.post('/api/auth/second-factor/enrolment/confirm', {
    config: { access: 'signed-in', duringSignIn: SECOND_FACTOR_STEPS },
    schema: { tags, body: confirmSecondFactorEnrolmentRequestSchema, response: { 200: secondFactorEnrolledSchema } },
  }, async (req, reply) => {
    const { recoveryCodes, token } = await secondFactor.confirmEnrolment(req.ctx, req.pendingSignIn, req.body.code);
    const me = token ? await answerNewSession(req, reply, token) : await service.me(req.ctx);
    return { recoveryCodes, me };
  });

  r.get('/api/auth/second-factor', {
    config: { access: 'signed-in' },
    schema: { tags, response: { 200: secondFactorStatusSchema } },
  }, (req) => secondFactor.status(req.ctx));

  r.post('/api/auth/second-factor/disable', {
    config: { access: 'signed-in' },
    schema: { tags, body: secondFactorProofSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await secondFactor.disable(req.ctx, req.body);
    return reply.status(204).send(null);
  });

  r.post('/api/auth/second-factor/recovery-codes', {
    config: { access: 'signed-in' },
    schema: { tags, body: secondFactorProofSchema, response: { 200: recoveryCodesSchema } },
  }, async (req) => ({ recoveryCodes: await secondFactor.regenerateRecoveryCodes(req.ctx, req.body) }));

  r.post('/api/users/:id/second-factor/reset', {
    config: { access: 'user.manage' },
    schema: { tags, params: idParamsSchema, response: { 204: z.null() } },
  }, async (req, reply) => {
    await secondFactor.reset(req.ctx, req.params.id);
    return reply.status(204).send(null);
  });
}
