import { z } from 'zod';
import { ENTERPRISE_PROBLEM_CATEGORIES, PORTAL_SUBMISSION_KINDS, PORTAL_SUBMISSION_STATUSES } from '@hongtu/domain';
import { idSchema, instantSchema } from './common';
import { PORTAL_SUBMISSION_LIMITS as L } from './limits';

// 门户来信 (docs/DOMAIN.md "Portal submissions"): what the public sends through the portal's forms —
// interest in an opportunity, a problem 诉求, a tip or article 投稿 — and the staff's inbox of it.

export const portalSubmissionKindSchema = z.enum(PORTAL_SUBMISSION_KINDS);
export const portalSubmissionStatusSchema = z.enum(PORTAL_SUBMISSION_STATUSES);

/** A line a sender types: trimmed, no control characters. Markup and formulas are refused by the server's rule. */
const line = (min: number, max: number) => z.string().trim().min(min).max(max)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\u0000-\u001f\u007f]*$/);
/** A text of several lines. */
const text = (min: number, max: number) => z.string().transform((v) => v.replace(/\r\n?/g, '\n')).pipe(z.string().trim().min(min).max(max)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\u0000-\u0008\u000b-\u001f\u007f]*$/));
/** A form's checkbox: present ("on") when ticked. */
const ticked = z.literal('on');

/** The portal's challenge as the form sends it (enterprise-accounts' fields): the signed token, and a proof-of-work nonce or the sum typed. */
export const portalChallengeFieldsSchema = z.object({
  challenge: z.string().max(600),
  challengeNonce: z.string().max(600).optional(),
  challengeSum: z.string().max(600).optional(),
});

/** 投稿: a tip or an article, anonymous allowed (contact optional), with consent to the stated purpose. */
export const tipFormSchema = portalChallengeFieldsSchema.extend({
  title: line(1, L.titleLength),
  body: text(1, L.bodyLength),
  contactName: line(0, L.nameLength).default(''),
  contact: line(0, L.contactLength).default(''),
  consent: ticked,
});
export type TipForm = z.infer<typeof tipFormSchema>;

/** Interest in an opportunity, from a confirmed enterprise account. */
export const interestFormSchema = z.object({
  body: text(0, L.bodyLength).default(''),
  contactName: line(1, L.nameLength),
  contact: line(1, L.contactLength),
  consent: ticked,
});
export type InterestForm = z.infer<typeof interestFormSchema>;

/** A problem 诉求 of a confirmed enterprise account, sent to the department it chooses. */
export const problemFormSchema = z.object({
  category: z.enum(ENTERPRISE_PROBLEM_CATEGORIES),
  departmentId: z.coerce.number().int().positive(),
  title: line(1, L.titleLength),
  body: text(1, L.bodyLength),
  contactName: line(1, L.nameLength),
  contact: line(1, L.contactLength),
  consent: ticked,
});
export type ProblemForm = z.infer<typeof problemFormSchema>;

/** An anonymous sender's lookup (and erasure) by tracking code. */
export const trackingFormSchema = z.object({ code: z.string().max(40) });

export const portalSubmissionListQuerySchema = z.strictObject({
  kind: portalSubmissionKindSchema.optional(),
  status: portalSubmissionStatusSchema.optional(),
});
export type PortalSubmissionListQuery = z.infer<typeof portalSubmissionListQuerySchema>;

/** One submission in the staff's inbox: the sender's contact masked, its status as the record it became shows it. */
export const portalSubmissionItemSchema = z.object({
  id: idSchema,
  kind: portalSubmissionKindSchema,
  status: portalSubmissionStatusSchema,
  title: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  companyName: z.string().nullable(),
  contactName: z.string(),
  contactMasked: z.string(),
  opportunityId: z.number().int().nullable(),
  leadId: z.number().int().nullable(),
  problemId: z.number().int().nullable(),
  erased: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type PortalSubmissionItem = z.infer<typeof portalSubmissionItemSchema>;
export const portalSubmissionListSchema = z.object({ items: z.array(portalSubmissionItemSchema) });
export type PortalSubmissionList = z.infer<typeof portalSubmissionListSchema>;

export const portalSubmissionEventSchema = z.object({
  fromStatus: portalSubmissionStatusSchema.nullable(),
  toStatus: portalSubmissionStatusSchema,
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  at: instantSchema,
});
export type PortalSubmissionEvent = z.infer<typeof portalSubmissionEventSchema>;

export const portalSubmissionSchema = portalSubmissionItemSchema.extend({
  body: z.string(),
  consentAt: instantSchema.nullable(),
  consentVersion: z.string().nullable(),
  /** A tip's attachment: the name the sender gave, the type read from its bytes, its size (null: none). */
  attachment: z.object({ name: z.string(), type: z.string(), bytes: z.number().int() }).nullable(),
  version: z.number().int(),
  /** The statuses the reader may set now (none when the reader may not handle it). */
  moves: z.array(portalSubmissionStatusSchema),
  readContact: z.boolean(),
  events: z.array(portalSubmissionEventSchema),
});
export type PortalSubmission = z.infer<typeof portalSubmissionSchema>;

export const portalSubmissionMoveSchema = z.strictObject({
  to: portalSubmissionStatusSchema,
  note: text(0, L.bodyLength).default(''),
  version: z.number().int().min(1),
});
export type PortalSubmissionMove = z.infer<typeof portalSubmissionMoveSchema>;

export const portalSubmissionContactSchema = z.object({ contactName: z.string(), contact: z.string() });
