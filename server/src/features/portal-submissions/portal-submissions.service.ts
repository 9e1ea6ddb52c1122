import { createHash, randomInt } from 'node:crypto';
import { AuditActions, AuditEntityTypes, PORTAL_SUBMISSION_LIMITS as L } from '@hongtu/contracts';
import {
  interestFormSchema, problemFormSchema, tipFormSchema, type PortalSubmission, type PortalSubmissionMove,
} from '@hongtu/contracts/portal-submissions';
import {
  TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, canMovePortalSubmission, isDueForErasure, isPortalContact, normalizeTrackingCode,
  portalTextRefusal, type PortalSubmissionStatus,
} from '@hongtu/domain';
import type { Insertable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { fileStoreFor } from '../../platform/files/file-store';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { departmentsForDistrict, raisePortalProblem } from '../enterprise-service/enterprise-service.public';
import { recordPortalInterest } from '../investment/investment.public';
import { findPublishedOpportunity } from '../portal/portal.public';
import type { PortalAccount, SubmissionAccounts } from './portal-submissions.accounts';
import { attachmentType, type TipUpload } from './portal-submissions.attachment';
import { queueSends } from './portal-submissions.sends';
import { createPortalSubmissionsReadModel, linkedStatuses, loadInScope } from './portal-submissions.read-model';
import type { PortalSubmissionsTable } from './portal-submissions.table';
import { PORTAL_SUBMISSION_CONSENT_VERSION, STATUS_LABELS, statusMessage } from './portal-submissions.texts';

const invalid = (path: string, code: 'PORTAL_SUBMISSION_INVALID' | 'PORTAL_SUBMISSION_MARKUP' | 'PORTAL_SUBMISSION_FORMULA' | 'PORTAL_SUBMISSION_CONTACT_INVALID') =>
  new AppError(400, code, {}, [{ path, message: code }]);

/** A form's fields checked by its schema: a missing consent and a wrong field each said in words. */
function parseForm<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const paths = result.error.issues.map((i) => String(i.path[0] ?? ''));
  if (paths.includes('consent')) throw new AppError(400, 'PORTAL_SUBMISSION_CONSENT_REQUIRED', {}, [{ path: 'consent', message: 'PORTAL_SUBMISSION_CONSENT_REQUIRED' }]);
  throw new AppError(400, 'PORTAL_SUBMISSION_INVALID', {}, paths.map((path) => ({ path, message: 'PORTAL_SUBMISSION_INVALID' })));
}

/** Plain text only: markup and formulas are refused, not stored (the portal never renders a sender's text as HTML). */
function assertPlainText(fields: Record<string, string>): void {
  for (const [path, value] of Object.entries(fields)) {
    const refusal = portalTextRefusal(value);
    if (refusal) throw invalid(path, refusal === 'markup' ? 'PORTAL_SUBMISSION_MARKUP' : 'PORTAL_SUBMISSION_FORMULA');
  }
}

function assertContact(contact: string, required: boolean): void {
  if (contact === '' && !required) return;
  if (!isPortalContact(contact)) throw invalid('contact', 'PORTAL_SUBMISSION_CONTACT_INVALID');
}

export const trackingHash = (code: string): string => createHash('sha256').update(`portal-submission:${code}`).digest('hex');

function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i += 1) code += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  return code;
}

/** Only a signed-in enterprise whose sign-up the district confirmed may send interest or problems. */
function assertConfirmed(account: PortalAccount | null): asserts account is PortalAccount {
  if (!account || account.status !== 'confirmed') throw new AppError(403, 'PORTAL_SUBMISSION_ACCOUNT_REQUIRED', {}, undefined, 'denied');
}

/** 门户来信's use cases: each one transaction with its status history and its audit row. */
export function createPortalSubmissionService(deps: Deps, accounts: SubmissionAccounts) {
  const { db, clock, audit, edge } = deps;
  const model = createPortalSubmissionsReadModel(deps);
  const files = fileStoreFor(deps.config.filesDir);

  async function limit(key: string, max: number, windowMs: number): Promise<void> {
    const { count } = await edge.counters.hit(`portal-submission:${key}`, windowMs);
    if (count > max) throw new AppError(429, 'PORTAL_SUBMISSION_RATE_LIMITED', {}, undefined, 'denied');
  }

  /** Each kind sent from one address: 5 an hour (before anything is read or written). */
  const limitAddress = (kind: 'tip' | 'interest' | 'problem', ctx: RequestContext) => limit(`${kind}:${ctx.ip}`, L.sendsPerAddress, L.addressWindowMs);

  /** The new submission and its first events (received, then routed when it became a record). */
  async function insert(trx: Executor, values: Omit<Insertable<PortalSubmissionsTable>, 'id' | 'version' | 'created_at' | 'updated_at' | 'erased_at' | 'consent_at' | 'consent_version' | 'lead_id' | 'problem_id' | 'status'>, at: string) {
    const row = await trx.insertInto('portal_submissions').values({
      ...values, status: 'received', lead_id: null, problem_id: null, erased_at: null,
      consent_at: at, consent_version: PORTAL_SUBMISSION_CONSENT_VERSION, created_at: at, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('portal_submission_events').values({ submission_id: row.id, from_status: null, to_status: 'received', note: null, actor_id: null, at }).execute();
    return row.id;
  }

  async function route(trx: Executor, id: number, link: { lead_id: number } | { problem_id: number }, at: string): Promise<void> {
    await trx.updateTable('portal_submissions').set({ ...link, status: 'routed', updated_at: at }).where('id', '=', id).execute();
    await trx.insertInto('portal_submission_events').values({ submission_id: id, from_status: 'received', to_status: 'routed', note: null, actor_id: null, at }).execute();
  }

  const created = (ctx: RequestContext, trx: Executor, id: number, after: Record<string, unknown>) =>
    audit.append(trx, ctx, { action: AuditActions.portalSubmissionCreate, entityType: AuditEntityTypes.portalSubmission, entityId: id, after });

  /** Personal data blanked; the kind, status, routing and history's statuses stay for the counts. */
  async function eraseRow(trx: Executor, ctx: RequestContext | null, id: number, reason: 'request' | 'retention'): Promise<void> {
    const at = clock.now().toISOString();
    const file = await trx.selectFrom('portal_submissions').select('attachment_key').where('id', '=', id).executeTakeFirst();
    await trx.updateTable('portal_submissions')
      .set({
        title: '', body: '', contact_name: '', contact: '', company_name: null, tracking_hash: null, erased_at: at, updated_at: at,
        attachment_key: null, attachment_name: null, attachment_type: null, attachment_bytes: null,
      })
      .where('id', '=', id).execute();
    // The bytes go with the row (a failed removal leaves an unreferenced file, never a reference to nothing).
    if (file?.attachment_key) await files.remove(file.attachment_key);
    await trx.updateTable('portal_submission_events').set({ note: null }).where('submission_id', '=', id).execute();
    // Its sender is no longer written to about it.
    await trx.deleteFrom('portal_submission_sends').where('submission_id', '=', id).execute();
    await audit.append(trx, ctx, { action: AuditActions.portalSubmissionErase, entityType: AuditEntityTypes.portalSubmission, entityId: id, after: { reason } });
  }

  return {
    /** 投稿: a tip or an article, anonymous allowed, after the challenge; its tracking code is shown once. */
    async submitTip(ctx: RequestContext, raw: unknown, upload: TipUpload | null = null): Promise<{ id: number; trackingCode: string }> {
      await limitAddress('tip', ctx);
      const form = parseForm(tipFormSchema, raw);
      if (!(await accounts.verifyChallenge(raw as Record<string, unknown>))) {
        throw new AppError(400, 'PORTAL_SUBMISSION_CHALLENGE', {}, [{ path: 'challengeSum', message: 'PORTAL_SUBMISSION_CHALLENGE' }], 'denied');
      }
      assertPlainText({ title: form.title, body: form.body, contactName: form.contactName, contact: form.contact });
      assertContact(form.contact, false);
      const mediaType = upload ? await attachmentType(upload) : null;
      if (upload) assertPlainText({ attachment: upload.name });
      const trackingCode = newTrackingCode();
      const at = clock.now().toISOString();
      // The file is kept first under a generated name; it is removed again when the submission is not written.
      const key = upload ? await files.put(upload.bytes) : null;
      const id = await db.transaction().execute(async (trx) => {
        const city = await trx.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'city').orderBy('id').limit(1).executeTakeFirstOrThrow();
        const submissionId = await insert(trx, {
          kind: 'tip', organisation_id: city.id, account_id: null, company_name: null, opportunity_id: null, title: form.title, body: form.body,
          contact_name: form.contactName, contact: form.contact, tracking_hash: trackingHash(trackingCode),
          attachment_key: key, attachment_name: upload?.name ?? null, attachment_type: mediaType, attachment_bytes: upload?.bytes.length ?? null,
        }, at);
        await created(ctx, trx, submissionId, {
          kind: 'tip', title: form.title, organisation: city.name, anonymous: form.contact === '', consentVersion: PORTAL_SUBMISSION_CONSENT_VERSION,
          ...(upload ? { attachment: { name: upload.name, type: mediaType, bytes: upload.bytes.length } } : {}),
        });
        return submissionId;
      }).catch(async (error: unknown) => {
        if (key) await files.remove(key);
        throw error;
      });
      return { id, trackingCode };
    },

    /** Interest of a confirmed enterprise in a published opportunity: a lead of the opportunity's district, or a note on the one it pursues. */
    async expressInterest(ctx: RequestContext, account: PortalAccount | null, opportunityId: number, raw: unknown): Promise<{ id: number }> {
      assertConfirmed(account);
      await limitAddress('interest', ctx);
      await limit(`account:${account.accountId}`, L.submissionsPerAccount, L.accountWindowMs);
      const opportunity = await findPublishedOpportunity(deps, opportunityId);
      if (!opportunity) throw new AppError(404, 'PORTAL_SUBMISSION_NOT_FOUND', {}, undefined, 'denied');
      const form = parseForm(interestFormSchema, raw);
      assertPlainText({ body: form.body, contactName: form.contactName, contact: form.contact });
      assertContact(form.contact, true);
      const now = clock.now();
      const at = now.toISOString();
      const id = await db.transaction().execute(async (trx) => {
        const submissionId = await insert(trx, {
          kind: 'interest', organisation_id: opportunity.districtId, account_id: account.accountId, company_name: account.companyName, opportunity_id: opportunity.id,
          title: opportunity.title, body: form.body, contact_name: form.contactName, contact: form.contact, tracking_hash: null,
        }, at);
        const lead = await recordPortalInterest(trx, audit, ctx, {
          districtId: opportunity.districtId, creditCode: account.creditCode, enterpriseId: account.enterpriseId, companyName: account.companyName,
          opportunityTitle: opportunity.title, contactName: form.contactName, contact: form.contact, text: form.body, now,
        });
        await route(trx, submissionId, { lead_id: lead.leadId }, at);
        await created(ctx, trx, submissionId, {
          kind: 'interest', opportunity: opportunity.title, account: account.accountId, creditCode: account.creditCode, leadId: lead.leadId, newLead: lead.created,
          consentVersion: PORTAL_SUBMISSION_CONSENT_VERSION,
        });
        return submissionId;
      });
      return { id };
    },

    /** A problem of a confirmed, registered enterprise: a service ticket of its district with its category's deadlines. */
    async raiseProblem(ctx: RequestContext, account: PortalAccount | null, raw: unknown): Promise<{ id: number; problemId: number }> {
      assertConfirmed(account);
      await limitAddress('problem', ctx);
      await limit(`account:${account.accountId}`, L.submissionsPerAccount, L.accountWindowMs);
      const { enterpriseId, districtId } = account;
      if (enterpriseId === null || districtId === null) throw new AppError(409, 'PORTAL_SUBMISSION_NOT_REGISTERED');
      const form = parseForm(problemFormSchema, raw);
      assertPlainText({ title: form.title, body: form.body, contactName: form.contactName, contact: form.contact });
      assertContact(form.contact, true);
      const departments = await departmentsForDistrict(db, districtId);
      if (!departments.some((d) => d.id === form.departmentId)) throw new AppError(400, 'PORTAL_SUBMISSION_DEPARTMENT', {}, [{ path: 'departmentId', message: 'PORTAL_SUBMISSION_DEPARTMENT' }]);
      const now = clock.now();
      const at = now.toISOString();
      return db.transaction().execute(async (trx) => {
        const submissionId = await insert(trx, {
          kind: 'problem', organisation_id: districtId, account_id: account.accountId, company_name: account.companyName, opportunity_id: null,
          title: form.title, body: form.body, contact_name: form.contactName, contact: form.contact, tracking_hash: null,
        }, at);
        const description = `${form.body}\n\n联系人：${form.contactName}（${form.contact}）`;
        const ticket = await raisePortalProblem(trx, audit, ctx, {
          enterpriseId, districtId, category: form.category, title: form.title, description, departmentId: form.departmentId, now,
        });
        await route(trx, submissionId, { problem_id: ticket.problemId }, at);
        await created(ctx, trx, submissionId, {
          kind: 'problem', title: form.title, account: account.accountId, creditCode: account.creditCode, problemId: ticket.problemId,
          department: ticket.department, answerDueOn: ticket.answerDueOn, consentVersion: PORTAL_SUBMISSION_CONSENT_VERSION,
        });
        return { id: submissionId, problemId: ticket.problemId };
      });
    },

    /** Staff set a submission's status (in their scope); the sender is told. */
    async move(ctx: RequestContext, id: number, body: PortalSubmissionMove): Promise<PortalSubmission> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const row = await loadInScope(trx, actor, id);
        const [shown] = await linkedStatuses(trx, [row]);
        const from: PortalSubmissionStatus = shown!;
        if (row.version === body.version + 1 && row.status === body.to) return; // the same change sent twice
        if (row.erased_at !== null || !canMovePortalSubmission(from, body.to, row.lead_id !== null || row.problem_id !== null)) {
          const labels = (s: PortalSubmissionStatus) => STATUS_LABELS[s][ctx.locale];
          throw new AppError(409, 'PORTAL_SUBMISSION_MOVE', { from: labels(from), to: labels(body.to) });
        }
        if (row.version !== body.version) throw staleVersion();
        const at = clock.now().toISOString();
        const result = await trx.updateTable('portal_submissions').set({ status: body.to, version: row.version + 1, updated_at: at })
          .where('id', '=', id).where('version', '=', body.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await trx.insertInto('portal_submission_events').values({ submission_id: id, from_status: from, to_status: body.to, note: body.note || null, actor_id: actor.userId, at }).execute();
        if (row.account_id !== null) {
          // Sent by a job queued with the move: a gateway's failure neither undoes the move nor loses the message.
          const { messageId } = await accounts.notify(trx, { accountId: row.account_id, text: statusMessage(row.title, body.to, body.note), now: at });
          if (messageId !== null) await queueSends(trx, { deps, ctx }, [{ messageId, submissionId: id }], at);
        }
        await audit.append(trx, ctx, {
          action: AuditActions.portalSubmissionStatus, entityType: AuditEntityTypes.portalSubmission, entityId: id,
          before: { kind: row.kind, status: from, version: row.version }, after: { kind: row.kind, status: body.to, note: body.note, version: row.version + 1 },
        });
      });
      return model.get(ctx, id);
    },

    /** The sender's contact in full, for the staff who handle it: every view audited. */
    async readContact(ctx: RequestContext, id: number): Promise<{ contactName: string; contact: string }> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await loadInScope(trx, actor, id);
        await audit.append(trx, ctx, { action: AuditActions.portalSubmissionContactView, entityType: AuditEntityTypes.portalSubmission, entityId: id, after: { kind: row.kind } });
        return { contactName: row.contact_name, contact: row.contact };
      });
    },

    /** A tip's attachment for the staff who read it (in their scope), with the type read from its bytes. */
    async attachment(ctx: RequestContext, id: number): Promise<{ bytes: Buffer; name: string; type: string }> {
      const row = await loadInScope(db, requireActor(ctx), id);
      if (!row.attachment_key || !row.attachment_type) throw new AppError(404, 'PORTAL_SUBMISSION_NOT_FOUND');
      return { bytes: await files.get(row.attachment_key), name: row.attachment_name ?? 'file', type: row.attachment_type };
    },

    /** Erasure on the sender's request, taken by staff (by phone, by letter). */
    async erase(ctx: RequestContext, id: number): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const row = await loadInScope(trx, actor, id);
        if (row.erased_at === null) await eraseRow(trx, ctx, id, 'request');
      });
    },

    /** The signed-in enterprise erases one of its own submissions (another's is not found). */
    async eraseOwn(ctx: RequestContext, account: PortalAccount | null, id: number): Promise<void> {
      assertConfirmed(account);
      await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('portal_submissions').select(['id', 'erased_at']).where('id', '=', id).where('account_id', '=', account.accountId).executeTakeFirst();
        if (!row) throw new AppError(404, 'PORTAL_SUBMISSION_NOT_FOUND', {}, undefined, 'denied');
        if (row.erased_at === null) await eraseRow(trx, ctx, id, 'request');
      });
    },

    /** An anonymous sender erases his tip with its tracking code. */
    async eraseByCode(ctx: RequestContext, rawCode: string): Promise<void> {
      await limit(`track:${ctx.ip}`, 30, L.addressWindowMs);
      const code = normalizeTrackingCode(rawCode);
      await db.transaction().execute(async (trx) => {
        const row = code ? await trx.selectFrom('portal_submissions').select('id').where('tracking_hash', '=', trackingHash(code)).executeTakeFirst() : undefined;
        if (!row) throw new AppError(404, 'PORTAL_SUBMISSION_NOT_FOUND', {}, undefined, 'denied');
        await eraseRow(trx, ctx, row.id, 'request');
      });
    },

    /** Retention: closed or rejected submissions whose last change is older than the period lose their personal data. */
    async eraseExpired(): Promise<number> {
      const now = clock.now();
      const today = now.toISOString().slice(0, 10);
      const cutoff = new Date(now.getTime() - L.retentionDays * 86_400_000).toISOString();
      const rows = await db.selectFrom('portal_submissions').select(['id', 'status', 'updated_at'])
        .where('erased_at', 'is', null).where('status', 'in', ['closed', 'rejected']).where('updated_at', '<=', cutoff).limit(500).execute();
      const due = rows.filter((r) => isDueForErasure(r.status, r.updated_at, today, L.retentionDays));
      for (const r of due) await db.transaction().execute((trx) => eraseRow(trx, null, r.id, 'retention'));
      return due.length;
    },

    /** Used by tests and the lookup page: the tracking code's submission, or null. */
    async rateLimitLookup(ctx: RequestContext): Promise<void> {
      await limit(`track:${ctx.ip}`, 30, L.addressWindowMs);
    },
  };
}
export type PortalSubmissionService = ReturnType<typeof createPortalSubmissionService>;
