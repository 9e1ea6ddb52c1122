import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditEntityTypes, PORTAL_SUBMISSION_LIMITS, requestAuditAction, type Locale } from '@hongtu/contracts';
import { trackingFormSchema } from '@hongtu/contracts/portal-submissions';
import { LOCALES, PORTAL_LANGUAGE_PREFIX, normalizeTrackingCode, portalPath } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { tallyAnonymousRefusal } from '../../platform/http/edge';
import { translate } from '../../platform/i18n/messages';
import { departmentsForDistrict } from '../enterprise-service/enterprise-service.public';
import { findPublishedOpportunity, sendPrivatePortalPage, type SafeHtml } from '../portal/portal.public';
import type { SubmissionAccounts } from './portal-submissions.accounts';
import { readTipForm, type TipUpload } from './portal-submissions.attachment';
import {
  interestFormBody, mineBody, notFoundBody, problemFormBody, signInBody, tipFormBody, tipSentBody, trackFormBody,
} from './portal-submissions.pages';
import type { PortalSubmissionsReadModel } from './portal-submissions.read-model';
import { trackingHash, type PortalSubmissionService } from './portal-submissions.service';
import { T } from './portal-submissions.texts';

const FORM_BYTES = 64 * 1024;
type Form = Record<string, string>;
/** An id from the address: digits only, else 0 (found nowhere). */
const idOf = (text: string): number => (/^\d{1,9}$/.test(text) ? Number(text) : 0);

/**
 * A page of one reader (a form with its challenge, a sender's own submissions): never cached, with
 * the portal's own strict policy.
 */
function sendPrivatePage(reply: FastifyReply, locale: Locale, title: string, path: string, body: SafeHtml, status = 200): FastifyReply {
  return sendPrivatePortalPage(reply, { locale, title, description: title, path, body }, status);
}

/** The form's fields as strings (a field sent twice keeps its last value). */
function formOf(request: FastifyRequest): Form {
  const body = request.body;
  return body && typeof body === 'object' ? (body as Form) : {};
}

/** The portal's submission pages in the three languages: forms that POST and work without script. */
export function portalSubmissionPages(app: FastifyInstance, deps: Deps, service: PortalSubmissionService, model: PortalSubmissionsReadModel, accounts: SubmissionAccounts): void {
  /** A refused form: audited with its reason (anonymous floods counted, not each written), said in the page's language. */
  async function refusal(request: FastifyRequest, error: unknown, locale: Locale): Promise<{ status: number; message: string }> {
    if (!(error instanceof AppError)) throw error;
    const denied = error.audit === 'denied';
    const tally = denied && !request.ctx.actor ? await tallyAnonymousRefusal(deps.edge, request.ctx.ip) : { audit: true, count: 0 };
    if (tally.audit) {
      await deps.audit.appendAlone(request.ctx, {
        action: requestAuditAction(request.method, request.routeOptions.url ?? request.url), entityType: AuditEntityTypes.request,
        entityId: request.url.slice(0, 200), after: { status: error.status, code: error.code, fields: error.details?.map((d) => d.path) ?? [] },
        result: denied ? 'denied' : 'failed',
      });
    }
    request.ctx.audited = true;
    return { status: error.status, message: translate(error.code, locale, error.params) };
  }

  const keep = (form: Form): Form => ({ title: form.title ?? '', body: form.body ?? '', contactName: form.contactName ?? '', contact: form.contact ?? '', category: form.category ?? '', departmentId: form.departmentId ?? '' });

  app.register(async (scope) => {
    // A tip may carry one file (multipart); every other form is urlencoded.
    await scope.register(fastifyMultipart, { limits: { fileSize: PORTAL_SUBMISSION_LIMITS.attachmentBytes, files: 1, fields: 20 } });
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BYTES }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });

    for (const locale of LOCALES) {
      const prefix = `/portal${PORTAL_LANGUAGE_PREFIX[locale]}`;
      const text = (key: keyof typeof T) => T[key][locale];

      // 投稿: anonymous allowed, with the challenge and a limit per address.
      scope.get<{ Querystring: { opportunity?: string } }>(`${prefix}/submit`, async (request, reply) => {
        // The opportunity pages link here with their id: interest in one goes to its own form (a lead of its district).
        const opportunity = request.query.opportunity ? await findPublishedOpportunity(deps, idOf(request.query.opportunity)) : null;
        if (opportunity) return reply.header('cache-control', 'no-store').redirect(portalPath(locale, `/opportunities/${opportunity.id}/interest`), 303);
        return sendPrivatePage(reply, locale, text('tipTitle'), '/submit', tipFormBody(locale, accounts.challengeFields(await accounts.issueChallenge(), locale), {}, null));
      });
      scope.post(`${prefix}/submit`, async (request, reply) => {
        let form = formOf(request);
        try {
          let upload: TipUpload | null = null;
          if (request.isMultipart()) ({ form, upload } = await readTipForm(request));
          const { trackingCode } = await service.submitTip(request.ctx, form, upload);
          return sendPrivatePage(reply, locale, text('sent'), '/submit', tipSentBody(locale, trackingCode), 201);
        } catch (error) {
          const { status, message } = await refusal(request, error, locale);
          return sendPrivatePage(reply, locale, text('tipTitle'), '/submit', tipFormBody(locale, accounts.challengeFields(await accounts.issueChallenge(), locale), keep(form), message), status);
        }
      });

      // An anonymous sender follows (or erases) a tip by its tracking code, sent in the body, never in the address.
      scope.get(`${prefix}/submit/track`, async (request, reply) =>
        sendPrivatePage(reply, locale, text('trackTitle'), '/submit/track', trackFormBody(locale, null, null, '')));
      scope.post(`${prefix}/submit/track`, async (request, reply) => {
        const raw = trackingFormSchema.safeParse(formOf(request)).data?.code ?? '';
        try {
          await service.rateLimitLookup(request.ctx);
          const code = normalizeTrackingCode(raw);
          const found = code ? await model.byTrackingHash(trackingHash(code)) : null;
          if (!found) throw new AppError(404, 'PORTAL_SUBMISSION_NOT_FOUND', {}, undefined, 'denied');
          request.ctx.audited = true; // a lookup reads; it writes nothing to audit
          return sendPrivatePage(reply, locale, text('trackTitle'), '/submit/track', trackFormBody(locale, null, found, raw));
        } catch (error) {
          const { status, message } = await refusal(request, error, locale);
          return sendPrivatePage(reply, locale, text('trackTitle'), '/submit/track', trackFormBody(locale, message, null, raw), status);
        }
      });
      scope.post(`${prefix}/submit/track/erase`, async (request, reply) => {
        const raw = trackingFormSchema.safeParse(formOf(request)).data?.code ?? '';
        try {
          await service.eraseByCode(request.ctx, raw);
          return sendPrivatePage(reply, locale, text('erased'), '/submit/track', trackFormBody(locale, null, null, ''));
        } catch (error) {
          const { status, message } = await refusal(request, error, locale);
          return sendPrivatePage(reply, locale, text('trackTitle'), '/submit/track', trackFormBody(locale, message, null, ''), status);
        }
      });

      // Interest in a published opportunity, from a confirmed enterprise account.
      scope.get<{ Params: { id: string } }>(`${prefix}/opportunities/:id/interest`, async (request, reply) => {
        const opportunity = await findPublishedOpportunity(deps, idOf(request.params.id));
        if (!opportunity) return sendPrivatePage(reply, locale, text('notFound'), '/opportunities', notFoundBody(locale), 404);
        const account = await accounts.accountOf(request);
        if (!account || account.status !== 'confirmed') {
          return sendPrivatePage(reply, locale, text('signIn'), `/opportunities/${opportunity.id}/interest`, signInBody(locale, translate('PORTAL_SUBMISSION_ACCOUNT_REQUIRED', locale)));
        }
        return sendPrivatePage(reply, locale, text('interestTitle'), `/opportunities/${opportunity.id}/interest`, interestFormBody(locale, opportunity, {}, null));
      });
      scope.post<{ Params: { id: string } }>(`${prefix}/opportunities/:id/interest`, async (request, reply) => {
        const form = formOf(request);
        const id = idOf(request.params.id);
        try {
          await service.expressInterest(request.ctx, await accounts.accountOf(request), id, form);
          return reply.redirect(`${portalPath(locale, '/account/submissions')}?sent=1`, 303);
        } catch (error) {
          const { status, message } = await refusal(request, error, locale);
          const opportunity = await findPublishedOpportunity(deps, id);
          if (!opportunity) return sendPrivatePage(reply, locale, text('notFound'), '/opportunities', notFoundBody(locale), 404);
          const body = status === 403 ? signInBody(locale, message) : interestFormBody(locale, opportunity, keep(form), message);
          return sendPrivatePage(reply, locale, text('interestTitle'), `/opportunities/${id}/interest`, body, status);
        }
      });

      // 诉求 of a confirmed enterprise account: a service ticket of its district.
      const problemPage = async (request: FastifyRequest, reply: FastifyReply, form: Form, message: string | null, status: number) => {
        const account = await accounts.accountOf(request);
        if (!account || account.status !== 'confirmed') {
          return sendPrivatePage(reply, locale, text('signIn'), '/account/problems/new', signInBody(locale, message ?? translate('PORTAL_SUBMISSION_ACCOUNT_REQUIRED', locale)), 403);
        }
        const departments = account.districtId === null ? [] : await departmentsForDistrict(deps.db, account.districtId);
        return sendPrivatePage(reply, locale, text('problemTitle'), '/account/problems/new', problemFormBody(locale, departments, form, message), status);
      };
      scope.get(`${prefix}/account/problems/new`, async (request, reply) => problemPage(request, reply, {}, null, 200));
      scope.post(`${prefix}/account/problems/new`, async (request, reply) => {
        const form = formOf(request);
        try {
          await service.raiseProblem(request.ctx, await accounts.accountOf(request), form);
          return reply.redirect(`${portalPath(locale, '/account/submissions')}?sent=1`, 303);
        } catch (error) {
          const { status, message } = await refusal(request, error, locale);
          return problemPage(request, reply, keep(form), message, status);
        }
      });

      // The enterprise's own submissions with their statuses and history; erasure on its request.
      scope.get<{ Querystring: { sent?: string } }>(`${prefix}/account/submissions`, async (request, reply) => {
        const account = await accounts.accountOf(request);
        if (!account || account.status !== 'confirmed') {
          return sendPrivatePage(reply, locale, text('signIn'), '/account/submissions', signInBody(locale, translate('PORTAL_SUBMISSION_ACCOUNT_REQUIRED', locale)), 403);
        }
        const views = await model.ofAccount(account.accountId);
        return sendPrivatePage(reply, locale, text('mineTitle'), '/account/submissions', mineBody(locale, views, request.query.sent === '1' ? text('sent') : null));
      });
      scope.post<{ Params: { id: string } }>(`${prefix}/account/submissions/:id/erase`, async (request, reply) => {
        try {
          await service.eraseOwn(request.ctx, await accounts.accountOf(request), idOf(request.params.id));
          return reply.redirect(portalPath(locale, '/account/submissions'), 303);
        } catch (error) {
          const { status, message } = await refusal(request, error, locale);
          return sendPrivatePage(reply, locale, text('mineTitle'), '/account/submissions', status === 403 ? signInBody(locale, message) : notFoundBody(locale), status);
        }
      });
    }
  });
}
