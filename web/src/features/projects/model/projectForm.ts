// The project form's values and the request they make (pure, tested).
import { CITY_ENTRY_THRESHOLD_YI, PROJECT_MILESTONES, type ProjectCategory, type ProjectLevel, type ProjectMilestone } from '@hongtu/domain';
import type { Project, ProjectInput } from '@hongtu/contracts/projects';

type Dates = Record<ProjectMilestone, string | undefined>;

/** What the antd Form holds: amounts as typed, dates as "YYYY-MM-DD" (empty: none), the schedule's kind and shares. */
export interface ProjectFormValues {
  organisationId?: number;
  code?: string;
  name?: string;
  level?: ProjectInput['level'];
  category?: ProjectInput['category'];
  industry?: string;
  ownerName?: string;
  ownerCreditCode?: string;
  totalInvestment?: string;
  annualPlan?: string;
  planYear?: number;
  scheduleKind: 'linear' | 'monthly' | 'quarterly';
  shares: string[];
  yearStatus?: ProjectInput['yearStatus'];
  stage?: ProjectInput['stage'];
  planned: Partial<Dates>;
  actual: Partial<Dates>;
  contactLeader?: string;
  responsibleDepartment?: string;
  taskForce?: string;
  address?: string;
  longitude?: number | null;
  latitude?: number | null;
  tags: ProjectInput['tags'];
}

const text = (v: string | undefined | null) => (v ?? '').trim();
const dates = (d: Partial<Dates>) => Object.fromEntries(PROJECT_MILESTONES.map((m) => [m, d[m] ? d[m] : null]));

/** A new project's form: the district's, this year's, linear. */
export function emptyForm(year: number, organisationId?: number): ProjectFormValues {
  return { organisationId, planYear: year, scheduleKind: 'linear', shares: [], planned: {}, actual: {}, tags: [] };
}

/** A stored project in the form. */
export function formOf(p: Project): ProjectFormValues {
  const only = (d: Project['planned']) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== null)) as Partial<Dates>;
  return {
    organisationId: p.organisationId, code: p.code, name: p.name, level: p.level, category: p.category, industry: p.industry,
    ownerName: p.ownerName, ownerCreditCode: p.ownerCreditCode ?? '', totalInvestment: p.totalInvestment, annualPlan: p.annualPlan,
    planYear: p.planYear, scheduleKind: p.schedule?.kind ?? 'linear', shares: p.schedule ? [...p.schedule.shares] : [],
    yearStatus: p.yearStatus, stage: p.stage, planned: only(p.planned), actual: only(p.actual), contactLeader: p.contactLeader,
    responsibleDepartment: p.responsibleDepartment, taskForce: p.taskForce, address: p.address, longitude: p.longitude, latitude: p.latitude, tags: [...p.tags],
  };
}

/** The request the form makes (the server checks every rule; the contract checks the shape). */
export function requestOf(v: ProjectFormValues): ProjectInput {
  const code = text(v.code);
  const length = v.scheduleKind === 'monthly' ? 12 : 4;
  return {
    ...(v.organisationId !== undefined ? { organisationId: v.organisationId } : {}),
    ...(code ? { code } : {}),
    name: text(v.name),
    level: v.level!,
    category: v.category!,
    industry: text(v.industry),
    ownerName: text(v.ownerName),
    ownerCreditCode: text(v.ownerCreditCode) || null,
    totalInvestment: text(v.totalInvestment),
    annualPlan: text(v.annualPlan),
    planYear: v.planYear!,
    schedule: v.scheduleKind === 'linear' ? null : { kind: v.scheduleKind, shares: Array.from({ length }, (_, i) => text(v.shares[i])) },
    yearStatus: v.yearStatus!,
    stage: v.stage!,
    planned: dates(v.planned),
    actual: dates(v.actual),
    contactLeader: text(v.contactLeader),
    responsibleDepartment: text(v.responsibleDepartment),
    taskForce: text(v.taskForce),
    address: text(v.address),
    longitude: v.longitude ?? null,
    latitude: v.latitude ?? null,
    tags: v.tags ?? [],
  };
}

/** The city's entry threshold in 亿元 when the level is city (shown beside the total), else null. */
export function entryThreshold(level: ProjectLevel | undefined, category: ProjectCategory | undefined): number | null {
  return level === 'city' && category ? CITY_ENTRY_THRESHOLD_YI[category] : null;
}

/** A server detail's path ("body.actual.start") as the form's field name (["actual", "start"]), or null for none of the form's. */
export function fieldOfPath(path: string): (string | number)[] | null {
  const segments = path.split('.');
  if (segments[0] === 'body') segments.shift();
  if (segments.length === 0 || segments[0] === '') return null;
  if (segments[0] === 'schedule') return ['shares'];
  return segments;
}
