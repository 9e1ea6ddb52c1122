import { z } from 'zod';
import {
  ACTIVITY_KINDS, CONTRACT_CURRENCIES, CONTRACT_KINDS, FUND_KINDS, LEAD_CONTACT_KINDS, LEAD_SOURCES, LEAD_STAGES, STALE_DAYS_RANGE,
} from '@hongtu/domain';
import { idSchema, pageQuerySchema, textField } from './common';
import { LIMITS } from './limits';
import { multilineText } from './projects';
import { periodKeySchema } from './reporting';

// Investment attraction 招商引资 (docs/DOMAIN.md "Investment attraction"): leads and their pipeline,
// visits and meetings, signed contracts and the funds they bring in place month by month, 招商活动,
// the funnel, the districts' rates and ranking, and the reconciliation with the reported figures.
// Amounts travel as exact decimal text ("525.69"): 亿元 for leads and domestic contracts, 万美元 for foreign ones.

export const leadStageSchema = z.enum(LEAD_STAGES);
export const leadSourceSchema = z.enum(LEAD_SOURCES);
export const leadContactKindSchema = z.enum(LEAD_CONTACT_KINDS);
export const contractKindSchema = z.enum(CONTRACT_KINDS);
export const contractCurrencySchema = z.enum(CONTRACT_CURRENCIES);
export const fundKindSchema = z.enum(FUND_KINDS);
export const activityKindSchema = z.enum(ACTIVITY_KINDS);

/** `exportRows`: rows a leads workbook writes at most (the list's filters narrow it). */
export const INVESTMENT_LIMITS = { nameLength: 100, shortText: 60, textLength: 2000, milestones: 20, phoneLength: 30, exportRows: 50_000 } as const;

const versionSchema = z.number().int().min(1);
const dateSchema = z.iso.date();
const amountInput = z.union([z.string().max(LIMITS.numberInputLength), z.number()]);
const amountText = z.string();

/** A lead as the form sends it. The investor's credit code links the lead to the registry when the city has the enterprise. */
export const leadInputSchema = z.strictObject({
  projectName: textField(1, INVESTMENT_LIMITS.nameLength),
  investorName: textField(1, INVESTMENT_LIMITS.nameLength),
  /** 统一社会信用代码 of the investor, checked; null when it has none in China yet. */
  investorCreditCode: z.string().trim().max(40).nullable().default(null),
  source: leadSourceSchema,
  industry: textField(0, INVESTMENT_LIMITS.shortText).default(''),
  /** 意向投资额, 亿元. */
  intendedInvestment: amountInput,
  contactName: textField(0, INVESTMENT_LIMITS.shortText).default(''),
  contactPhone: z.string().trim().max(INVESTMENT_LIMITS.phoneLength).default(''),
  ownerName: textField(1, INVESTMENT_LIMITS.shortText),
  nextStep: textField(0, INVESTMENT_LIMITS.nameLength).default(''),
  nextStepOn: dateSchema.nullable().default(null),
  /** The 招商活动 that produced the lead, if any. */
  activityId: idSchema.nullable().default(null),
});
export type LeadInput = z.output<typeof leadInputSchema>;
export const leadUpdateSchema = leadInputSchema.extend({ version: versionSchema });
export type LeadUpdate = z.output<typeof leadUpdateSchema>;

/** Another district pursues the same enterprise or project: only that district is named. */
export const leadDuplicateSchema = z.object({
  match: z.enum(['enterprise', 'name']),
  organisationName: z.string(),
  /** The other lead's id when the reader may open it (the city), else null. */
  leadId: z.number().int().nullable(),
});
export type LeadDuplicate = z.infer<typeof leadDuplicateSchema>;

export const leadItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  projectName: z.string(),
  investorName: z.string(),
  investorCreditCode: z.string().nullable(),
  /** The registry's enterprise of that credit code, when there is one. */
  enterpriseId: z.number().int().nullable(),
  source: leadSourceSchema,
  industry: z.string(),
  intendedInvestment: amountText,
  stage: leadStageSchema,
  stageSince: z.string(),
  contactName: z.string(),
  /** Always masked here (138****5678); the full number is read through its own audited route. */
  contactPhoneMasked: z.string(),
  ownerName: z.string(),
  nextStep: z.string(),
  nextStepOn: z.string().nullable(),
  lastActivityOn: z.string(),
  idleDays: z.number().int(),
  stale: z.boolean(),
  duplicate: z.boolean(),
  version: z.number().int(),
  /** Demo rows only: cited from a seed document (its file and sentence) or synthetic; null for what users record. */
  demo: z.object({ source: z.enum(['document', 'synthetic']), file: z.string().nullable(), quote: z.string().nullable() }).nullable().default(null),
});
export type LeadItem = z.infer<typeof leadItemSchema>;

export const leadEventSchema = z.object({
  kind: z.string(),
  on: z.string(),
  fromStage: leadStageSchema.nullable(),
  toStage: leadStageSchema.nullable(),
  text: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const contractMilestoneSchema = z.strictObject({ name: textField(1, INVESTMENT_LIMITS.shortText), dueOn: dateSchema });

export const contractItemSchema = z.object({
  id: z.number().int(),
  leadId: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  projectName: z.string(),
  investorName: z.string(),
  kind: contractKindSchema,
  currency: contractCurrencySchema,
  amount: amountText,
  signedOn: z.string(),
  terms: z.string(),
  milestones: z.array(z.object({ name: z.string(), dueOn: z.string() })),
  activityId: z.number().int().nullable(),
  projectId: z.number().int().nullable(),
  /** Funds in place reported so far, by kind, in the contract's currency. */
  funds: z.array(z.object({ month: z.string(), kind: fundKindSchema, amount: amountText })),
  inPlace: amountText,
  version: z.number().int(),
});
export type ContractItem = z.infer<typeof contractItemSchema>;

export const leadSchema = leadItemSchema.extend({
  activityId: z.number().int().nullable(),
  actions: z.object({ edit: z.boolean(), move: z.boolean(), sign: z.boolean(), log: z.boolean(), readContact: z.boolean() }),
  /** The stage a move leads to, null at 投产 or when 签约 needs a contract first. */
  nextStage: leadStageSchema.nullable(),
  duplicates: z.array(leadDuplicateSchema),
  events: z.array(leadEventSchema),
  contracts: z.array(contractItemSchema),
});
export type Lead = z.infer<typeof leadSchema>;

export const leadListQuerySchema = pageQuerySchema.extend({
  stage: leadStageSchema.optional(),
  districtId: idSchema.optional(),
  stale: z.enum(['true', 'false']).optional(),
  /** Part of the project's or investor's name (Traditional accepted). */
  q: z.string().trim().max(INVESTMENT_LIMITS.nameLength).optional(),
});
export type LeadListQuery = z.infer<typeof leadListQuerySchema>;
export const leadListSchema = z.object({ items: z.array(leadItemSchema), total: z.number().int(), staleDays: z.number().int() });
export type LeadList = z.infer<typeof leadListSchema>;

export const moveLeadSchema = z.strictObject({ version: versionSchema, to: leadStageSchema, on: dateSchema.optional() });
export type MoveLead = z.infer<typeof moveLeadSchema>;

/** A visit, a meeting, a call or a note; it may set the next step. */
export const logLeadContactSchema = z.strictObject({
  version: versionSchema,
  kind: leadContactKindSchema,
  on: dateSchema,
  text: multilineText(INVESTMENT_LIMITS.textLength).pipe(z.string().min(1)),
  nextStep: textField(0, INVESTMENT_LIMITS.nameLength).optional(),
  nextStepOn: dateSchema.nullable().optional(),
});
export type LogLeadContact = z.infer<typeof logLeadContactSchema>;

export const leadContactSchema = z.object({ contactName: z.string(), contactPhone: z.string() });

export const signContractSchema = z.strictObject({
  version: versionSchema,
  kind: contractKindSchema,
  currency: contractCurrencySchema,
  amount: amountInput,
  signedOn: dateSchema,
  terms: multilineText(INVESTMENT_LIMITS.textLength).default(''),
  milestones: z.array(contractMilestoneSchema).max(INVESTMENT_LIMITS.milestones).default([]),
  activityId: idSchema.nullable().default(null),
});
export type SignContract = z.output<typeof signContractSchema>;

export const contractListQuerySchema = pageQuerySchema.extend({ districtId: idSchema.optional(), activityId: idSchema.optional() });
export type ContractListQuery = z.infer<typeof contractListQuerySchema>;
export const contractListSchema = z.object({ items: z.array(contractItemSchema), total: z.number().int() });

/** Funds in place of one month for one contract (the month's own amount, not year to date); a second report of the month replaces the first. */
export const reportFundsSchema = z.strictObject({
  version: versionSchema,
  month: periodKeySchema,
  kind: fundKindSchema,
  amount: amountInput,
});
export type ReportFunds = z.infer<typeof reportFundsSchema>;

export const contractProjectSchema = z.object({ projectId: z.number().int(), projectCode: z.string(), created: z.boolean() });
export type ContractProject = z.infer<typeof contractProjectSchema>;

export const activityInputSchema = z.strictObject({
  kind: activityKindSchema,
  name: textField(1, INVESTMENT_LIMITS.nameLength),
  heldOn: dateSchema,
  place: textField(0, INVESTMENT_LIMITS.shortText).default(''),
});
export type ActivityInput = z.output<typeof activityInputSchema>;

export const activityItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  kind: activityKindSchema,
  name: z.string(),
  heldOn: z.string(),
  place: z.string(),
  leads: z.number().int(),
  contracts: z.number().int(),
  /** Signed amounts by currency. */
  signedYiYuan: amountText,
  signedWanUsd: amountText,
});
export type ActivityItem = z.infer<typeof activityItemSchema>;
export const activityListSchema = z.object({ items: z.array(activityItemSchema), total: z.number().int() });
export const activitySchema = activityItemSchema.extend({ contractList: z.array(contractItemSchema), leadList: z.array(leadItemSchema) });

export const funnelQuerySchema = z.object({ districtId: idSchema.optional() });
export const funnelSchema = z.object({
  total: z.number().int(),
  /** 签约 and beyond ÷ all leads × 100, as text. */
  signedShare: z.string().nullable(),
  stages: z.array(z.object({
    stage: leadStageSchema,
    current: z.number().int(),
    reached: z.number().int(),
    conversion: z.string().nullable(),
    intended: amountText,
    averageDays: z.string().nullable(),
  })),
});
export type Funnel = z.infer<typeof funnelSchema>;

export const districtQuerySchema = z.object({ month: periodKeySchema });
export const districtRowSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  signed: z.number().int(),
  started: z.number().int(),
  fulfilmentRate: z.string().nullable(),
  contractedYiYuan: amountText,
  inPlaceYiYuan: amountText,
  inPlaceRateYiYuan: z.string().nullable(),
  contractedWanUsd: amountText,
  inPlaceWanUsd: amountText,
  inPlaceRateWanUsd: z.string().nullable(),
  /** 实际到位资金 this year to the month against the target of 招商引资实际到位资金. */
  ytdInPlace: amountText,
  target: amountText.nullable(),
  completion: z.string().nullable(),
  timeProgress: z.string(),
  gap: z.string().nullable(),
  rank: z.number().int().nullable(),
});
export const districtListSchema = z.object({ month: z.string(), items: z.array(districtRowSchema) });
export type DistrictList = z.infer<typeof districtListSchema>;

export const reconciliationSchema = z.object({
  month: z.string(),
  items: z.array(z.object({
    organisationId: z.number().int(),
    organisationName: z.string(),
    kind: fundKindSchema,
    indicatorCode: z.string(),
    /** Year to date from the contracts' monthly reports, in the indicator's unit (亿元 or 亿美元). */
    fromContracts: amountText,
    /** The district's approved figure of the month, null when none is approved. */
    reported: amountText.nullable(),
    difference: amountText.nullable(),
  })),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const investmentSettingsSchema = z.object({ staleDays: z.number().int(), version: z.number().int() });
export const investmentSettingsInputSchema = z.strictObject({
  version: versionSchema,
  staleDays: z.number().int().min(STALE_DAYS_RANGE.min).max(STALE_DAYS_RANGE.max),
});
