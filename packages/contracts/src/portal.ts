import { z } from 'zod';

/** 投资机会 on the public portal: a major project of the library, or a land parcel. */
export const PORTAL_OPPORTUNITY_KINDS = ['project', 'land'] as const;
export type PortalOpportunityKind = (typeof PORTAL_OPPORTUNITY_KINDS)[number];

/** draft → published → withdrawn (and published again); only published ones are public. */
export const PORTAL_OPPORTUNITY_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type PortalOpportunityStatus = (typeof PORTAL_OPPORTUNITY_STATUSES)[number];

/** An office phone: digits with - ( ) and spaces, 7 to 20 characters (never a person's mobile is asked for). */
const officePhone = z.string().trim().regex(/^[0-9()\-+ ]{7,20}$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));

/** One opportunity as the staff list shows it. */
export const portalOpportunitySchema = z.object({
  id: z.number().int(),
  kind: z.enum(PORTAL_OPPORTUNITY_KINDS),
  districtId: z.number().int(),
  districtName: z.string(),
  projectId: z.number().int().nullable(),
  projectName: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  areaMu: z.string().nullable(),
  plannedUse: z.string().nullable(),
  location: z.string().nullable(),
  conditions: z.string().nullable(),
  contactOffice: z.string(),
  contactPhone: z.string(),
  status: z.enum(PORTAL_OPPORTUNITY_STATUSES),
  illustrative: z.boolean(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PortalOpportunity = z.infer<typeof portalOpportunitySchema>;

export const portalOpportunityListSchema = z.object({ items: z.array(portalOpportunitySchema) });
export type PortalOpportunityList = z.infer<typeof portalOpportunityListSchema>;

/** A new opportunity (a draft): a project names the project (its district comes with it), land its district and parcel. */
export const portalOpportunityInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('project'),
    projectId: z.number().int().positive(),
    title: text(120),
    summary: text(2000),
    contactOffice: text(80),
    contactPhone: officePhone,
  }),
  z.object({
    kind: z.literal('land'),
    districtId: z.number().int().positive(),
    title: text(120),
    summary: text(2000),
    areaMu: z.string().trim().regex(/^\d{1,7}(\.\d{1,2})?$/),
    plannedUse: text(60),
    location: text(200),
    conditions: optionalText(1000),
    contactOffice: text(80),
    contactPhone: officePhone,
  }),
]);
export type PortalOpportunityInput = z.infer<typeof portalOpportunityInputSchema>;

/** Publish or withdraw, naming the version read (an older one is answered 409). */
export const portalOpportunityTransitionSchema = z.object({ version: z.number().int().positive() });
export type PortalOpportunityTransition = z.infer<typeof portalOpportunityTransitionSchema>;
