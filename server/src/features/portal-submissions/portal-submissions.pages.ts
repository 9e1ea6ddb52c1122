import type { Locale } from '@hongtu/contracts';
import { ENTERPRISE_PROBLEM_CATEGORIES, formatTrackingCode, portalPath } from '@hongtu/domain';
import { html, type SafeHtml } from '../portal/portal.public';
import type { SenderView } from './portal-submissions.read-model';
import { CATEGORY_LABELS, KIND_LABELS, STATUS_LABELS, T } from './portal-submissions.texts';

// The portal's submission pages as HTML: forms that POST (no script needed), a sender's text always
// escaped by `html`, errors said in the page's language beside the form.

type Values = Readonly<Record<string, string>>;
const t = (locale: Locale, key: keyof typeof T) => T[key][locale];

/** An error said above the form (role="alert" so a screen reader reads it at once). */
export function errorBox(locale: Locale, message: string | null): SafeHtml | '' {
  return message ? html`<div class="error" role="alert"><strong>${t(locale, 'errorTitle')}</strong>：${message}</div>` : '';
}

function field(label: string, name: string, value: string, options: { required?: boolean; max?: number; type?: string; hint?: string; autocomplete?: string } = {}): SafeHtml {
  const id = `f-${name}`;
  return html`<p><label for="${id}">${label}</label>
<input id="${id}" name="${name}" type="${options.type ?? 'text'}" value="${value}"${options.required ? html` required` : ''}${options.max ? html` maxlength="${options.max}"` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}>
${options.hint ? html`<small>${options.hint}</small>` : ''}</p>`;
}

function textarea(label: string, name: string, value: string, required: boolean, hint: string): SafeHtml {
  return html`<p><label for="f-${name}">${label}</label>
<textarea id="f-${name}" name="${name}" rows="8" maxlength="4000"${required ? html` required` : ''}>${value}</textarea>
<small>${hint}</small></p>`;
}

function contactFields(locale: Locale, values: Values, required: boolean): SafeHtml {
  const optional = required ? '' : t(locale, 'optional');
  return html`<fieldset><legend>${t(locale, 'contactLegend')}</legend>
${field(`${t(locale, 'contactName')}${optional}`, 'contactName', values.contactName ?? '', { required, max: 50, autocomplete: 'name' })}
${field(`${t(locale, 'contact')}${optional}`, 'contact', values.contact ?? '', { required, max: 100, autocomplete: 'tel' })}
<p><small>${t(locale, 'contactPrivate')}</small></p>
<p><label><input type="checkbox" name="consent" value="on" required> ${t(locale, 'consent')}</label></p>
</fieldset>`;
}

export function tipFormBody(locale: Locale, challenge: SafeHtml, values: Values, error: string | null): SafeHtml {
  return html`<h1>${t(locale, 'tipTitle')}</h1>
<p>${t(locale, 'tipIntro')}</p>
${errorBox(locale, error)}
<form method="post" action="${portalPath(locale, '/submit')}" class="portal-form" enctype="multipart/form-data">
${field(t(locale, 'title'), 'title', values.title ?? '', { required: true, max: 100 })}
${textarea(t(locale, 'body'), 'body', values.body ?? '', true, t(locale, 'bodyHint'))}
<p><label for="f-attachment">${t(locale, 'attachment')}</label>
<input id="f-attachment" name="attachment" type="file" accept="image/jpeg,image/png,application/pdf">
<small>${t(locale, 'attachmentHint')}</small></p>
${contactFields(locale, values, false)}
${challenge}
<p><button type="submit">${t(locale, 'send')}</button></p>
</form>
<p><a href="${portalPath(locale, '/submit/track')}">${t(locale, 'trackTitle')}</a></p>`;
}

export function tipSentBody(locale: Locale, trackingCode: string): SafeHtml {
  return html`<h1>${t(locale, 'sent')}</h1>
<p>${t(locale, 'trackingCode')} <strong class="tracking-code">${formatTrackingCode(trackingCode)}</strong></p>
<p><a href="${portalPath(locale, '/submit/track')}">${t(locale, 'trackTitle')}</a></p>`;
}

function historyList(locale: Locale, view: SenderView): SafeHtml {
  return html`<ol class="history" aria-label="${t(locale, 'history')}">${view.events.map((e) => html`<li><time datetime="${e.at}">${e.at.slice(0, 10)}</time> ${STATUS_LABELS[e.toStatus][locale]}${e.note ? html` — ${e.note}` : ''}</li>`)}</ol>`;
}

function senderCard(locale: Locale, view: SenderView, eraseAction: SafeHtml): SafeHtml {
  return html`<article class="submission" data-submission="${view.id}">
<h2>${view.title}</h2>
<p>${t(locale, 'kind')}：${KIND_LABELS[view.kind][locale]} · ${t(locale, 'status')}：<strong data-status="${view.status}">${STATUS_LABELS[view.status][locale]}</strong> · ${t(locale, 'sentAt')}：${view.createdAt.slice(0, 10)}</p>
${view.answerDueOn && view.status !== 'answered' && view.status !== 'closed' ? html`<p>${t(locale, 'answerDue')}：${view.answerDueOn}</p>` : ''}
${view.answer ? html`<p>${t(locale, 'answer')}：${view.answer}</p>` : ''}
${historyList(locale, view)}
${eraseAction}
</article>`;
}

export function trackFormBody(locale: Locale, error: string | null, found: SenderView | null, code: string): SafeHtml {
  const erase = found ? html`<form method="post" action="${portalPath(locale, '/submit/track/erase')}"><input type="hidden" name="code" value="${code}"><button type="submit">${t(locale, 'erase')}</button></form>` : html``;
  return html`<h1>${t(locale, 'trackTitle')}</h1>
${errorBox(locale, error)}
<form method="post" action="${portalPath(locale, '/submit/track')}">
${field(t(locale, 'trackCode'), 'code', code, { required: true, max: 20, autocomplete: 'off' })}
<p><button type="submit">${t(locale, 'trackButton')}</button></p>
</form>
${found ? senderCard(locale, found, erase) : ''}`;
}

export function interestFormBody(locale: Locale, opportunity: { id: number; title: string }, values: Values, error: string | null): SafeHtml {
  return html`<h1>${t(locale, 'interestTitle')}：${opportunity.title}</h1>
<p>${t(locale, 'interestIntro')}</p>
${errorBox(locale, error)}
<form method="post" action="${portalPath(locale, `/opportunities/${opportunity.id}/interest`)}" class="portal-form">
${textarea(t(locale, 'interestBody'), 'body', values.body ?? '', false, t(locale, 'bodyHint'))}
${contactFields(locale, values, true)}
<p><button type="submit">${t(locale, 'send')}</button></p>
</form>`;
}

export function problemFormBody(locale: Locale, departments: readonly { id: number; name: string }[], values: Values, error: string | null): SafeHtml {
  const option = (value: string, label: string, chosen: string | undefined) => html`<option value="${value}"${chosen === value ? html` selected` : ''}>${label}</option>`;
  return html`<h1>${t(locale, 'problemTitle')}</h1>
<p>${t(locale, 'problemIntro')}</p>
${errorBox(locale, error)}
<form method="post" action="${portalPath(locale, '/account/problems/new')}" class="portal-form">
<p><label for="f-category">${t(locale, 'category')}</label>
<select id="f-category" name="category" required>${ENTERPRISE_PROBLEM_CATEGORIES.map((c) => option(c, CATEGORY_LABELS[c][locale], values.category))}</select></p>
<p><label for="f-departmentId">${t(locale, 'department')}</label>
<select id="f-departmentId" name="departmentId" required><option value="">${t(locale, 'choose')}</option>${departments.map((d) => option(String(d.id), d.name, values.departmentId))}</select></p>
${field(t(locale, 'title'), 'title', values.title ?? '', { required: true, max: 100 })}
${textarea(t(locale, 'body'), 'body', values.body ?? '', true, t(locale, 'bodyHint'))}
${contactFields(locale, values, true)}
<p><button type="submit">${t(locale, 'send')}</button></p>
</form>`;
}

export function mineBody(locale: Locale, views: readonly SenderView[], notice: string | null): SafeHtml {
  return html`<h1>${t(locale, 'mineTitle')}</h1>
${notice ? html`<p role="status">${notice}</p>` : ''}
<p><a href="${portalPath(locale, '/account/problems/new')}">${t(locale, 'newProblem')}</a></p>
${views.length === 0 ? html`<p>${t(locale, 'none')}</p>` : views.map((v) => senderCard(locale, v, html`<form method="post" action="${portalPath(locale, `/account/submissions/${v.id}/erase`)}"><button type="submit">${t(locale, 'erase')}</button></form>`))}`;
}

/** Interest and problems come from confirmed enterprise accounts; anyone may still send a tip. */
export function signInBody(locale: Locale, error: string): SafeHtml {
  return html`<h1>${t(locale, 'signIn')}</h1>
<p role="alert">${error}</p>
<ul>
<li><a href="${portalPath(locale, '/account/sign-in')}">${t(locale, 'signInLink')}</a></li>
<li><a href="${portalPath(locale, '/account/sign-up')}">${t(locale, 'signUpLink')}</a></li>
<li><a href="${portalPath(locale, '/submit')}">${t(locale, 'tipInstead')}</a></li>
</ul>`;
}

export function notFoundBody(locale: Locale): SafeHtml {
  return html`<h1>${t(locale, 'notFound')}</h1>`;
}
