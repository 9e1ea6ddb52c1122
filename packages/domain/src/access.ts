// Who may do what (docs/DOMAIN.md "Who"). One table for the server (every route declares the
// permission it needs) and the web (menus, route guards and buttons ask the same table).
// Data scope is separate: every permission is further limited to the user's organisation subtree.
// Three-role separation: the system admin manages organisations and users but cannot read the
// audit trail; the auditor reads it and manages nobody. Districts enter figures, the city reviews
// them and never edits them.
import { REPORTING_UNIT_KINDS, type OrganisationKind } from './organisation-kinds';

export const ROLES = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'organisation.read': ROLES,
  'organisation.manage': ['system_admin'],
  /** Which districts a department may read (its read grants, DOMAIN.md "Read grants"): the admin or the city. */
  'read_grant.manage': ['system_admin', 'city_reviewer'],
  'user.read': ['system_admin'],
  'user.manage': ['system_admin'],
  'audit.read': ['auditor'],
  'indicator.read': ROLES,
  'responsibility.manage': ['city_reviewer'],
  /** The indicators' other names the Excel import recognises (固投, GDP …): kept by the city. */
  'indicator_alias.manage': ['city_reviewer'],
  /** How an indicator is reported (frequency, growth basis): the city or the administrator, audited. */
  'indicator.configure': ['system_admin', 'city_reviewer'],
  'target.manage': ['city_reviewer'],
  'period.manage': ['city_reviewer'],
  'submission.read': ROLES,
  'figure.enter': ['district_operator'],
  'figure.review': ['city_reviewer'],
  'dashboard.read': ROLES,
  'warning_rule.manage': ['city_reviewer'],
  /** Major projects 重大项目: the district keeps its library and files monthly reports, the city reviews them. */
  'project.read': ROLES,
  'project.enter': ['district_operator'],
  'project.review': ['city_reviewer'],
  /**
   * Problems raised on a project (DOMAIN.md "Problems and coordination"): the district raises them and
   * closes or sends back the answer, the department answers or returns one that is not its own, the
   * city dispatches (assigns, reassigns, supervises 督办). Attachments on a problem: the raiser and the department.
   */
  'problem.read': ROLES,
  'problem.raise': ['district_operator'],
  'problem.answer': ['department_staff'],
  'problem.dispatch': ['city_reviewer'],
  'problem.attach': ['district_operator', 'department_staff'],
  /** Taking an attachment off: its uploader (while he may add to its record) or the city (projects/attachments.ts). */
  'attachment.remove': ['city_reviewer', 'district_operator', 'department_staff'],
  /**
   * Inspection tours 观摩拉练 (DOMAIN.md "Inspection tours"): the city sets them, fixes the route and
   * closes them; districts nominate their projects; the judges the city named score the stops.
   */
  'tour.read': ROLES,
  'tour.manage': ['city_reviewer'],
  'tour.nominate': ['district_operator'],
  'tour.score': ['city_reviewer', 'district_operator', 'department_staff', 'leader'],
  /**
   * The enterprise registry 企业库 (one record per 统一社会信用代码): read by everyone who serves
   * enterprises, kept by the district that serves one and by the city.
   */
  'enterprise.read': ['city_reviewer', 'district_operator', 'department_staff', 'leader'],
  'enterprise.manage': ['city_reviewer', 'district_operator'],
  /** The policy library 政策库: kept by the city, read (and matched to enterprises) by everyone who serves them. */
  'policy.read': ['city_reviewer', 'district_operator', 'department_staff', 'leader'],
  'policy.manage': ['city_reviewer'],
  /**
   * Enterprise service 企业服务 (DOMAIN.md "Enterprise service"): the district raises an enterprise's
   * problem (诉求) and records the enterprise's confirmation or dissatisfaction, the department it is
   * sent to signs for it and answers it, the city supervises (督办) and may close it; the district
   * keeps its liaisons, visits and cultivation candidates, the city sets the cultivation targets.
   */
  'enterprise_service.read': ['city_reviewer', 'district_operator', 'department_staff', 'leader'],
  'enterprise_problem.raise': ['district_operator'],
  'enterprise_problem.handle': ['department_staff'],
  'enterprise_problem.supervise': ['city_reviewer'],
  'enterprise_service.manage': ['district_operator'],
  'cultivation_target.manage': ['city_reviewer'],
  /**
   * Investment attraction 招商引资: leads, contracts and funds in place are kept by the district that
   * pursues them and read by the city; a lead's contact phone is shown in full only to the district's
   * own operators and the city's reviewer (every full view audited), masked to everyone else. The city
   * sets after how many idle days a lead is flagged stale.
   */
  'lead.read': ['city_reviewer', 'district_operator', 'department_staff', 'leader'],
  'lead.manage': ['district_operator'],
  'lead.contact.read': ['city_reviewer', 'district_operator'],
  'investment.configure': ['city_reviewer'],
  /**
   * 门户来信 (what the public sends through the portal): the city reads every submission and handles the
   * tips (投稿) its editors answer; a district reads and handles what was routed to it (interest → lead,
   * 诉求 → service ticket). Each status change is told to the sender.
   */
  'portal_submission.read': ['city_reviewer', 'district_operator'],
  'portal_submission.handle': ['city_reviewer', 'district_operator'],
  /**
   * 企业入驻: enterprise accounts signed up on the portal, confirmed (linked to the registry) or
   * rejected by the district that serves the enterprise, or by the city for every district.
   */
  'enterprise_account.confirm': ['city_reviewer', 'district_operator'],
  /**
   * Published documents 文档 (reports, news, 政府信息公开 pages): read by everyone who works with the
   * figures; taken in by the city and the districts (each within its own scope); the figures read out
   * of them corrected or rejected by the city's reviewer.
   */
  'document.read': ['city_reviewer', 'district_operator', 'department_staff', 'leader'],
  'document.upload': ['city_reviewer', 'district_operator'],
  'document.review': ['city_reviewer'],
  /**
   * Reports 报告 (bulletin, ranking notice, dispatch list, plan-execution report): read by everyone who
   * works with the figures, each within his scope; generated by the city (for the city or any district)
   * and by a district's operator (for his own district); the city keeps the house-style templates.
   */
  'report.read': ['city_reviewer', 'district_operator', 'department_staff', 'leader'],
  'report.generate': ['city_reviewer', 'district_operator'],
  'report_template.manage': ['city_reviewer'],
  /**
   * The portal's articles 门户文章 (packages/domain portal/articles.ts): written, submitted for review and
   * returned to draft by a district's operator under his own district and by the city's reviewer for any;
   * published (from review only) and withdrawn by the city's reviewer for any article and by a district's
   * operator under his own district only; a city article (no district) is the city reviewer's alone.
   */
  'portal_article.edit': ['city_reviewer', 'district_operator'],
  'portal_article.publish': ['city_reviewer', 'district_operator'],
  /**
   * The portal's opportunities 投资机会 (projects and land parcels seeking investors): written,
   * published and withdrawn by the city's reviewer alone; the public sees only published ones.
   */
  'portal_opportunity.manage': ['city_reviewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * Roles that sign in with a second factor (a TOTP code) after the password: those that manage
 * accounts, read the audit trail or approve the city's figures (MLPS level 3). Every other role
 * may turn one on for itself.
 */
export const SECOND_FACTOR_ROLES = ['system_admin', 'auditor', 'city_reviewer'] as const satisfies readonly Role[];

export function requiresSecondFactor(role: Role): boolean {
  return (SECOND_FACTOR_ROLES as readonly Role[]).includes(role);
}

/**
 * The organisations a role may belong to (DOMAIN.md "Roles and data scope"): a district operator
 * enters the figures of one reporting unit, so it belongs to a district or functional zone and
 * never to the city, a street or a department. The other roles may belong anywhere in the tree.
 */
const ROLE_ORGANISATION_KINDS: Partial<Record<Role, readonly OrganisationKind[]>> = {
  district_operator: REPORTING_UNIT_KINDS,
};

/** The kinds of organisation a role may belong to, or null when any kind will do. */
export function organisationKindsForRole(role: Role): readonly OrganisationKind[] | null {
  return ROLE_ORGANISATION_KINDS[role] ?? null;
}

export function mayBelongTo(role: Role, kind: OrganisationKind): boolean {
  const kinds = organisationKindsForRole(role);
  return kinds === null || kinds.includes(kind);
}
