// 企业入驻 on the portal: HTML pages with forms that post (no script needed, the challenge's script
// only spares the question). /portal/account… in each language (/portal/en/account…). Pages of an
// account are private: never cached, and only the account's own data is on them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, PORTAL_LANGUAGE_PREFIX, REPORTING_UNIT_KINDS, portalPath, type Locale } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { isSameOrigin } from '../../platform/http/origin-check';
import { isMessageCode, translate } from '../../platform/i18n/messages';
import { html, portalLocaleOf, sendPrivatePortalPage, type SafeHtml } from '../portal/portal.public';
import { policiesForOwnEnterprise } from '../policies/policies.public';
import { findEnterpriseByCreditCode } from '../enterprises/enterprises.public';
import { createEnterpriseAccountService } from './enterprise-accounts.service';
import { ACCOUNT_TEXTS as T, STATUS_TEXTS } from './enterprise-accounts.texts';
import {
  clearEnterpriseCookie, enterpriseAccountOf, forgetEnterpriseAccount, rememberDeps, setEnterpriseCookie, type EnterpriseAccountView,
} from './enterprise-session';
import { PORTAL_CHALLENGE_SCRIPT, issuePortalChallenge, portalChallengeAnswerOf, portalChallengeFields } from './portal-challenge';

type Form = Record<string, string>;
const FORM_LIMIT = 16 * 1024;

/** A private page: rendered by the portal's layout, never stored by a cache. */
function sendPrivatePage(reply: FastifyReply, locale: Locale, path: string, title: string, body: SafeHtml, status = 200): FastifyReply {
  return sendPrivatePortalPage(reply, { locale, title, description: T.intro[locale], path, body }, status);
}

/** A form post must come from this site (the enterprise cookie is SameSite=Lax; this also stops forged posts without it). */
function assertFromThisSite(request: FastifyRequest): void {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if ((origin && !isSameOrigin(origin, request)) || site === 'cross-site') throw new AppError(403, 'FORBIDDEN', {}, undefined, 'denied');
}

const messageOf = (error: unknown, locale: Locale): string => {
  if (error instanceof AppError && isMessageCode(error.code)) return translate(error.code, locale, { ...error.params, requestId: '' });
  throw error;
};

const errorBox = (locale: Locale, message: string | null) =>
  message ? html`<div class="portal-error" role="alert"><h2>${T.errorTitle[locale]}</h2><p>${message}</p></div>` : null;

export function enterpriseAccountPages(app: FastifyInstance, deps: Deps): void {
  const service = createEnterpriseAccountService(deps);
  const secure = deps.config.secureCookies;

  const districts = () => deps.db.selectFrom('organisations').select(['id', 'name'])
    .where('kind', 'in', [...REPORTING_UNIT_KINDS]).orderBy('code').execute();

  async function signUpPage(reply: FastifyReply, locale: Locale, form: Form, error: string | null, status = 200) {
    const challenge = await issuePortalChallenge(deps);
    const options = (await districts()).map((d) => html`<option value="${d.id}" ${form.districtId === String(d.id) ? html`selected` : ''}>${d.name}</option>`);
    const field = (name: string, label: string, type = 'text', extra: SafeHtml | null = null) =>
      html`<p><label for="f-${name}">${label}</label><br><input id="f-${name}" name="${name}" type="${type}" value="${type === 'password' ? '' : form[name] ?? ''}" ${extra}></p>`;
    const body = html`<h1>${T.signUp[locale]}</h1><p>${T.intro[locale]}</p>${errorBox(locale, error)}
<form method="post" action="${portalPath(locale, '/account/sign-up')}" class="portal-form">
${field('creditCode', T.creditCode[locale], 'text', html`required maxlength="24" autocomplete="off"`)}
${field('companyName', T.companyName[locale], 'text', html`required maxlength="100" autocomplete="organization"`)}
<p><label for="f-districtId">${T.district[locale]}</label><br><select id="f-districtId" name="districtId"><option value="">${T.noDistrict[locale]}</option>${options}</select></p>
${field('contactName', T.contactName[locale], 'text', html`required maxlength="100" autocomplete="name"`)}
${field('email', T.email[locale], 'email', html`maxlength="254" autocomplete="email"`)}
${field('phone', T.phone[locale], 'tel', html`maxlength="20" autocomplete="tel"`)}
${field('password', T.password[locale], 'password', html`required minlength="8" maxlength="128" autocomplete="new-password"`)}
<section aria-labelledby="consent-title"><h2 id="consent-title">${T.consentTitle[locale]}</h2><p>${T.consentText[locale]}</p>
<p><label><input type="checkbox" name="consent" value="yes" ${form.consent === 'yes' ? html`checked` : ''}> ${T.consent[locale]}</label></p></section>
${portalChallengeFields(challenge, locale)}
<p><button type="submit">${T.submit[locale]}</button></p>
</form>
<p>${T.hasAccount[locale]} <a href="${portalPath(locale, '/account/sign-in')}">${T.signIn[locale]}</a></p>`;
    return sendPrivatePage(reply, locale, '/account/sign-up', T.signUp[locale], body, status);
  }

  function signInPage(reply: FastifyReply, locale: Locale, error: string | null, notice: string | null = null, status = 200) {
    const body = html`<h1>${T.signIn[locale]}</h1>${notice ? html`<p role="status">${notice}</p>` : null}${errorBox(locale, error)}
<form method="post" action="${portalPath(locale, '/account/sign-in')}" class="portal-form">
<p><label for="f-creditCode">${T.creditCode[locale]}</label><br><input id="f-creditCode" name="creditCode" required maxlength="24" autocomplete="username"></p>
<p><label for="f-password">${T.signInPassword[locale]}</label><br><input id="f-password" name="password" type="password" required maxlength="128" autocomplete="current-password"></p>
<p><button type="submit">${T.signIn[locale]}</button></p>
</form>
<p>${T.noAccount[locale]} <a href="${portalPath(locale, '/account/sign-up')}">${T.signUp[locale]}</a></p>`;
    return sendPrivatePage(reply, locale, '/account/sign-in', T.signIn[locale], body, status);
  }

  /** The code's form; `unsent`: the sign-up's code did not go out (the gateway failed), so the page says so instead of "sent". */
  function verifyPage(reply: FastifyReply, locale: Locale, error: string | null, notice: string | null = null, status = 200, unsent = false) {
    const body = html`<h1>${T.verifyTitle[locale]}</h1>${unsent ? html`<p role="alert">${T.proofUnsent[locale]}</p>` : html`<p>${T.verifyIntro[locale]}</p>`}${notice ? html`<p role="status">${notice}</p>` : null}${errorBox(locale, error)}
<form method="post" action="${portalPath(locale, '/account/verify')}" class="portal-form">
<p><label for="f-code">${T.code[locale]}</label><br><input id="f-code" name="code" required inputmode="numeric" maxlength="6" autocomplete="one-time-code"></p>
<p><button type="submit">${T.submit[locale]}</button></p>
</form>
<form method="post" action="${portalPath(locale, '/account/verify/resend')}"><p><button type="submit">${T.resend[locale]}</button></p></form>`;
    return sendPrivatePage(reply, locale, '/account/verify', T.verifyTitle[locale], body, status);
  }

  async function accountPage(reply: FastifyReply, locale: Locale, account: EnterpriseAccountView) {
    const messages = await deps.db.selectFrom('enterprise_account_messages').select(['text', 'created_at'])
      .where('account_id', '=', account.accountId).orderBy('id', 'desc').limit(20).execute();
    let policies: SafeHtml | null = null;
    if (account.status === 'confirmed') {
      // Linked at confirmation; when the registry had no record then, the one added since is used.
      const enterpriseId = account.enterpriseId ?? (await findEnterpriseByCreditCode(deps.db, account.creditCode))?.id ?? null;
      if (enterpriseId === null) policies = html`<p>${T.notInRegistry[locale]}</p>`;
      else {
        const found = await policiesForOwnEnterprise(deps, enterpriseId, locale);
        policies = found.length === 0 ? html`<p>${T.noPolicies[locale]}</p>` : html`<ul class="portal-policy-matches">${found.map((p) => html`<li>
<a href="${portalPath(locale, `/policies/${p.id}`)}">${p.title}</a> <span>${p.issuer}${p.documentNumber ? ` ${p.documentNumber}` : ''}</span>
<p>${T.matched[locale]}：${p.matched.join(locale === 'en' ? '; ' : '；') || '—'}</p>
${p.unknown.length ? html`<p>${T.unknown[locale]}：${p.unknown.join(locale === 'en' ? '; ' : '；')}</p>` : null}</li>`)}</ul>`;
      }
    }
    const body = html`<h1>${T.title[locale]}</h1>
<dl class="portal-account"><dt>${T.companyName[locale]}</dt><dd>${account.companyName}</dd>
<dt>${T.creditCode[locale]}</dt><dd>${account.creditCode}</dd>
<dt>${T.status[locale]}</dt><dd data-status="${account.status}">${STATUS_TEXTS[account.status][locale]}</dd></dl>
${account.status === 'pending_proof' ? html`<p><a href="${portalPath(locale, '/account/verify')}">${T.verifyTitle[locale]}</a></p>` : null}
${account.status === 'confirmed' ? html`<nav aria-label="${T.title[locale]}"><ul class="portal-account-links">
<li><a href="${portalPath(locale, '/account/submissions')}">${T.mySubmissions[locale]}</a></li>
<li><a href="${portalPath(locale, '/account/problems/new')}">${T.raiseProblem[locale]}</a></li>
<li><a href="${portalPath(locale, '/opportunities')}">${T.opportunitiesLink[locale]}</a></li></ul></nav>` : null}
${policies ? html`<section aria-labelledby="policies-title"><h2 id="policies-title">${T.policies[locale]}</h2>${policies}</section>` : null}
${messages.length ? html`<section aria-labelledby="messages-title"><h2 id="messages-title">${T.messages[locale]}</h2><ul>${messages.map((m) => html`<li><time datetime="${m.created_at}">${m.created_at.slice(0, 10)}</time> ${m.text}</li>`)}</ul></section>` : null}
<form method="post" action="${portalPath(locale, '/account/sign-out')}"><p><button type="submit">${T.signOut[locale]}</button></p></form>
<section aria-labelledby="delete-title"><h2 id="delete-title">${T.deleteTitle[locale]}</h2>
<form method="post" action="${portalPath(locale, '/account/delete')}">
<p><label><input type="checkbox" name="confirm" value="yes" required> ${T.deleteConfirm[locale]}</label></p>
<p><button type="submit">${T.deleteTitle[locale]}</button></p></form></section>`;
    return sendPrivatePage(reply, locale, '/account', T.title[locale], body);
  }

  // Forms are posted url-encoded: a parser of their own, in this plugin only.
  void app.register(async (forms) => {
    rememberDeps(forms, deps);
    forms.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    const formOf = (request: FastifyRequest): Form => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, (v as string).slice(0, 600)]));
    };
    const localeOf = (request: FastifyRequest) => {
      const locale = portalLocaleOf(request);
      request.ctx.locale = locale;
      return locale;
    };
    const goTo = (reply: FastifyReply, locale: Locale, path: string) => reply.code(303).header('cache-control', 'no-store').redirect(portalPath(locale, path), 303);

    forms.get('/portal/account/challenge.js', (_request, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PORTAL_CHALLENGE_SCRIPT));

    for (const prefixLocale of LOCALES) {
      const base = `/portal${PORTAL_LANGUAGE_PREFIX[prefixLocale]}/account`;

      forms.get(base, async (request, reply) => {
        const locale = localeOf(request);
        const account = await enterpriseAccountOf(request);
        if (!account) return signInPage(reply, locale, null);
        return accountPage(reply, locale, account);
      });

      forms.get(`${base}/sign-up`, (request, reply) => signUpPage(reply, localeOf(request), {}, null));
      forms.post(`${base}/sign-up`, async (request, reply) => {
        const locale = localeOf(request);
        assertFromThisSite(request);
        const form = formOf(request);
        try {
          const { sessionToken, proofSent } = await service.signUp(request.ctx, {
            creditCode: form.creditCode ?? '', companyName: form.companyName ?? '', contactName: form.contactName ?? '',
            email: form.email ?? '', phone: form.phone ?? '', password: form.password ?? '', consent: form.consent === 'yes',
            districtId: /^\d{1,9}$/.test(form.districtId ?? '') ? Number(form.districtId) : null,
            challenge: portalChallengeAnswerOf(form),
          });
          setEnterpriseCookie(reply, secure, sessionToken);
          return goTo(reply, locale, proofSent ? '/account/verify' : '/account/verify?code=unsent');
        } catch (error) {
          const status = error instanceof AppError ? error.status : 400;
          return signUpPage(reply, locale, form, messageOf(error, locale), status);
        }
      });

      forms.get(`${base}/sign-in`, (request, reply) => signInPage(reply, localeOf(request), null));
      forms.post(`${base}/sign-in`, async (request, reply) => {
        const locale = localeOf(request);
        assertFromThisSite(request);
        const form = formOf(request);
        try {
          const token = await service.signIn(request.ctx, form.creditCode ?? '', form.password ?? '');
          setEnterpriseCookie(reply, secure, token);
          return goTo(reply, locale, '/account');
        } catch (error) {
          return signInPage(reply, locale, messageOf(error, locale), null, error instanceof AppError ? error.status : 400);
        }
      });

      forms.get(`${base}/verify`, async (request, reply) => {
        const locale = localeOf(request);
        const account = await enterpriseAccountOf(request);
        if (!account) return goTo(reply, locale, '/account/sign-in');
        if (account.status !== 'pending_proof') return goTo(reply, locale, '/account');
        const { code } = request.query as { code?: unknown };
        return verifyPage(reply, locale, null, null, 200, code === 'unsent');
      });
      forms.post(`${base}/verify`, async (request, reply) => {
        const locale = localeOf(request);
        assertFromThisSite(request);
        const account = await enterpriseAccountOf(request);
        if (!account) return goTo(reply, locale, '/account/sign-in');
        try {
          await service.prove(request.ctx, account, formOf(request).code ?? '');
          return goTo(reply, locale, '/account');
        } catch (error) {
          return verifyPage(reply, locale, messageOf(error, locale), null, error instanceof AppError ? error.status : 400);
        }
      });
      forms.post(`${base}/verify/resend`, async (request, reply) => {
        const locale = localeOf(request);
        assertFromThisSite(request);
        const account = await enterpriseAccountOf(request);
        if (!account) return goTo(reply, locale, '/account/sign-in');
        try {
          await service.resendProof(request.ctx, account);
          return verifyPage(reply, locale, null, T.resent[locale]);
        } catch (error) {
          return verifyPage(reply, locale, messageOf(error, locale), null, error instanceof AppError ? error.status : 400);
        }
      });

      forms.post(`${base}/sign-out`, async (request, reply) => {
        const locale = localeOf(request);
        assertFromThisSite(request);
        const account = await enterpriseAccountOf(request);
        if (account) await service.signOut(request.ctx, account);
        forgetEnterpriseAccount(request);
        clearEnterpriseCookie(reply, secure);
        return signInPage(reply, locale, null, T.signedOut[locale]);
      });

      forms.post(`${base}/delete`, async (request, reply) => {
        const locale = localeOf(request);
        assertFromThisSite(request);
        const account = await enterpriseAccountOf(request);
        if (!account) return goTo(reply, locale, '/account/sign-in');
        if (formOf(request).confirm !== 'yes') return accountPage(reply, locale, account);
        await service.deleteAccount(request.ctx, account);
        forgetEnterpriseAccount(request);
        clearEnterpriseCookie(reply, secure);
        return sendPrivatePage(reply, locale, '/account', T.title[locale], html`<h1>${T.title[locale]}</h1><p role="status">${T.deleted[locale]}</p>`);
      });
    }
  });
}
