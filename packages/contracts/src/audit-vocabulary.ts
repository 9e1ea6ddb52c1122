import { z } from 'zod';

/**
 * The audit trail's vocabulary: every action a use case records and every
 * kind of entity it records it on. The strings are stored in `audit_log` and
 * covered by its hash chain, so a value never changes once written; add new
 * ones instead. The server's `AuditEvent`, the audit filter and the web's
 * labels are all typed by these, so an unknown action does not compile and a
 * new one without a label fails the web's type check.
 */
export const AuditActions = {
  authLogin: 'auth.login',
  authLogout: 'auth.logout',
  authLocale: 'auth.locale',
  authPasswordChange: 'auth.password_change',
  /** The password an administrator set, replaced by the user's own at sign-in (the password step). */
  authPasswordChangeRequired: 'auth.password_change_required',
  /** The second factor (TOTP): enrolment started and confirmed, codes accepted or refused at sign-in, a recovery code spent. */
  authSecondFactorEnrolStart: 'auth.second_factor_enrol_start',
  authSecondFactorEnrol: 'auth.second_factor_enrol',
  authSecondFactorVerify: 'auth.second_factor_verify',
  authSecondFactorRecoveryUse: 'auth.second_factor_recovery_use',
  authSecondFactorRecoveryCodes: 'auth.second_factor_recovery_codes',
  authSecondFactorDisable: 'auth.second_factor_disable',
  /** An administrator removed another user's second factor (lost device). */
  authSecondFactorReset: 'auth.second_factor_reset',
  organisationCreate: 'organisation.create',
  organisationUpdate: 'organisation.update',
  organisationDelete: 'organisation.delete',
  /** A department's read grant over another organisation's subtree, given or removed (entity: the department). */
  organisationReadGrantAdd: 'organisation.read_grant_add',
  organisationReadGrantRemove: 'organisation.read_grant_remove',
  organisationGroupCreate: 'organisation_group.create',
  organisationGroupMembers: 'organisation_group.members',
  organisationGroupDelete: 'organisation_group.delete',
  userCreate: 'user.create',
  userUpdate: 'user.update',
  userEnable: 'user.enable',
  userDisable: 'user.disable',
  userResetPassword: 'user.reset_password',
  userUnlock: 'user.unlock',
  /** A user's full telephone number shown on request (the lists show it masked). */
  userPhoneView: 'user.phone_view',
  responsibilityPut: 'responsibility.put',
  /** Another name of an indicator the Excel import recognises, added or removed by the city. */
  indicatorAliasCreate: 'indicator_alias.create',
  indicatorAliasDelete: 'indicator_alias.delete',
  /** An indicator's frequency or growth basis changed (entity: the indicator). */
  indicatorConfigure: 'indicator.configure',
  targetPut: 'target.put',
  targetImportCheck: 'target.import_check',
  targetImport: 'target.import',
  targetImportRepeat: 'target.import_repeat',
  /** A 目标责任书 / 下达文件 kept beside a year's targets, or taken off (entity: the document). */
  targetDocumentAdd: 'target_document.add',
  targetDocumentRemove: 'target_document.remove',
  periodOpen: 'period.open',
  periodUpdate: 'period.update',
  /** 催报: the city reminded the districts late with a month (entity: the reporting period; the districts in `after`). */
  periodRemind: 'period.remind',
  submissionSave: 'submission.save',
  submissionSubmit: 'submission.submit',
  /** 撤回: the district took a submitted month back before the city acted on it. */
  submissionWithdraw: 'submission.withdraw',
  submissionReturn: 'submission.return',
  submissionApprove: 'submission.approve',
  submissionRequestRevision: 'submission.request_revision',
  submissionGrantRevision: 'submission.grant_revision',
  submissionRefuseRevision: 'submission.refuse_revision',
  submissionImportCheck: 'submission.import_check',
  submissionImport: 'submission.import',
  submissionImportRepeat: 'submission.import_repeat',
  q1WeekPut: 'q1.week.put',
  warningRulePut: 'warning_rule.put',
  systemCreateAdmin: 'system.create_admin',
  systemSeedDemo: 'system.seed_demo',
  systemSeedIndicatorDemo: 'system.seed_indicator_demo',
  /** Background jobs (platform/jobs): queued by a request, cancelled while queued, failed for good. */
  jobEnqueue: 'job.enqueue',
  jobCancel: 'job.cancel',
  jobFail: 'job.fail',
  /** Major projects: the library (one by one or imported with the month's reports) and each project's monthly reports. */
  projectCreate: 'project.create',
  projectUpdate: 'project.update',
  projectImportCheck: 'project.import_check',
  projectImport: 'project.import',
  projectImportRepeat: 'project.import_repeat',
  projectReportSave: 'project_report.save',
  projectReportSubmit: 'project_report.submit',
  projectReportReturn: 'project_report.return',
  projectReportApprove: 'project_report.approve',
  systemSeedProjectsDemo: 'system.seed_projects_demo',
  /** Problems raised on a project (entity: the problem): sent to a department, answered, returned by it as not its own, reassigned, closed or sent back by the raiser, supervised (督办) when overdue. */
  projectProblemRaise: 'project_problem.raise',
  projectProblemAssign: 'project_problem.assign',
  projectProblemAnswer: 'project_problem.answer',
  projectProblemDecline: 'project_problem.decline',
  projectProblemReopen: 'project_problem.reopen',
  projectProblemClose: 'project_problem.close',
  projectProblemSupervise: 'project_problem.supervise',
  /** A photo or document added to a project, a monthly report or a problem (entity: the attachment). */
  attachmentAdd: 'attachment.add',
  /** An attachment taken off by its uploader or the city (entity: the attachment; its file leaves the store). */
  attachmentRemove: 'attachment.remove',
  /** Inspection tours 观摩拉练: set by the city, a district's nomination, the route fixed, a judge's scores of a stop, closed (entity: the tour). */
  projectTourCreate: 'project_tour.create',
  projectTourNominate: 'project_tour.nominate',
  projectTourRoute: 'project_tour.route',
  projectTourScore: 'project_tour.score',
  projectTourClose: 'project_tour.close',
  /** The city's territorial scope: an overlap between two reporting units recorded or removed, its ranking setting changed (entity: the city). */
  territoryOverlapCreate: 'territory.overlap_create',
  territoryOverlapDelete: 'territory.overlap_delete',
  territorySettingsUpdate: 'territory.settings_update',
  /** A month's overview published as the city's bulletin, frozen with its hash (entity: the reporting period). */
  bulletinPublish: 'bulletin.publish',
  /** Project dispatch: a project taken into the city list (entity: the project); the city's district boundaries uploaded (entity: the boundary set). */
  projectCityApprove: 'project.city_approve',
  projectBoundaryUpload: 'project_boundary.upload',
  /** 招商引资: a lead recorded, changed, moved along the pipeline, a visit or meeting logged, its contact phone read in full. */
  leadCreate: 'lead.create',
  leadUpdate: 'lead.update',
  leadMove: 'lead.move',
  leadContact: 'lead.contact',
  leadContactView: 'lead.contact_view',
  /** A signed contract recorded on a lead, linked to the major project it became; funds in place reported for a month. */
  investmentContractCreate: 'investment_contract.create',
  investmentContractProject: 'investment_contract.project',
  investmentFundsReport: 'investment_contract.funds',
  /** A 招商活动 (trip, conference, 签约大会) recorded; the city's stale-lead setting changed. */
  investmentActivityCreate: 'investment_activity.create',
  investmentSettingsUpdate: 'investment.settings_update',
  /** 企业服务: an enterprise's problem (诉求) raised, signed for, answered, confirmed by the enterprise, reopened, 督办, closed by the city (entity: the problem). */
  enterpriseProblemRaise: 'enterprise_problem.raise',
  enterpriseProblemAcknowledge: 'enterprise_problem.acknowledge',
  enterpriseProblemAnswer: 'enterprise_problem.answer',
  enterpriseProblemConfirm: 'enterprise_problem.confirm',
  enterpriseProblemReopen: 'enterprise_problem.reopen',
  enterpriseProblemSupervise: 'enterprise_problem.supervise',
  enterpriseProblemClose: 'enterprise_problem.close',
  /** 门户来信: received from the portal (interest, 诉求, 投稿), its status changed by staff, a sender's contact read in full, erased on request. */
  portalSubmissionCreate: 'portal_submission.create',
  portalSubmissionStatus: 'portal_submission.status',
  portalSubmissionContactView: 'portal_submission.contact_view',
  portalSubmissionErase: 'portal_submission.erase',
  /** A key enterprise's liaison cadre set (entity: the enterprise), a visit recorded (entity: the visit). */
  enterpriseLiaisonSet: 'enterprise_liaison.set',
  enterpriseVisitRecord: 'enterprise_visit.record',
  /** A 进规 / 进限 candidate recorded or marked entered; a district's cultivation target set. */
  cultivationCandidateSave: 'cultivation_candidate.save',
  cultivationCandidateEnter: 'cultivation_candidate.enter',
  cultivationTargetSet: 'cultivation_target.set',
  /** 企业库: an enterprise recorded or changed (before / after), a workbook of enterprises imported (entity: the enterprise; the import: none). */
  enterpriseCreate: 'enterprise.create',
  enterpriseUpdate: 'enterprise.update',
  enterpriseImport: 'enterprise.import',
  /** A workbook of enterprises checked (dry run; entity: the import batch). */
  enterpriseImportCheck: 'enterprise.import_check',
  /** 政策库: a policy recorded, changed or withdrawn by the city (entity: the policy). */
  policyCreate: 'policy.create',
  policyUpdate: 'policy.update',
  policyDelete: 'policy.delete',
  /** A figure read from a published document accepted by the city as a district-month's reference figure (entity: the reference figure). */
  referenceFigureAccept: 'reference_figure.accept',
  /** A reference figure withdrawn by the city (accepted by mistake); its document's figure may be accepted again. */
  referenceFigureWithdraw: 'reference_figure.withdraw',
  /** A published document taken in (a new document or a new version; entity: the document); a figure read from it corrected or rejected (entity: the document). */
  documentIngest: 'document.ingest',
  documentFigureCorrect: 'document.figure_correct',
  documentFigureReject: 'document.figure_reject',
  /** A report generated into the archive (a new revision; entity: the report); a house-style template uploaded (entity: the template). */
  reportGenerate: 'report.generate',
  reportTemplateUpload: 'report_template.upload',
  /**
   * 企业入驻 (entity: the enterprise account): a sign-up (refused ones too), its contact proven by a code,
   * a sign-in or sign-out on the portal, the officer's confirmation (linked to the registry) or
   * rejection, the enterprise's request to delete its account and data.
   */
  enterpriseAccountSignUp: 'enterprise_account.sign_up',
  enterpriseAccountProve: 'enterprise_account.prove',
  enterpriseAccountSignIn: 'enterprise_account.sign_in',
  enterpriseAccountSignOut: 'enterprise_account.sign_out',
  enterpriseAccountConfirm: 'enterprise_account.confirm',
  enterpriseAccountReject: 'enterprise_account.reject',
  enterpriseAccountDelete: 'enterprise_account.delete',
  /** 门户文章: an article written, changed, imported from Markdown, submitted for review, published (maybe scheduled), returned to draft or withdrawn (entity: the article). */
  portalArticleCreate: 'portal_article.create',
  portalArticleUpdate: 'portal_article.update',
  portalArticleImport: 'portal_article.import',
  portalArticleSubmit: 'portal_article.submit',
  portalArticlePublish: 'portal_article.publish',
  portalArticleReturn: 'portal_article.return',
  portalArticleWithdraw: 'portal_article.withdraw',
  /** 投资机会 on the portal (entity: the opportunity): written as a draft, published, withdrawn by the city. */
  portalOpportunityCreate: 'portal_opportunity.create',
  portalOpportunityPublish: 'portal_opportunity.publish',
  portalOpportunityWithdraw: 'portal_opportunity.withdraw',
} as const;
export type AuditAction = (typeof AuditActions)[keyof typeof AuditActions];
export const auditActionSchema = z.enum(AuditActions);
export const AUDIT_ACTIONS: readonly AuditAction[] = auditActionSchema.options;

/** What an audit row is about (`entity_type`). */
export const AuditEntityTypes = {
  user: 'user',
  organisation: 'organisation',
  organisationGroup: 'organisation_group',
  responsibility: 'responsibility',
  indicatorAlias: 'indicator_alias',
  indicator: 'indicator',
  target: 'target',
  targetImportBatch: 'target_import_batch',
  targetDocument: 'target_document',
  reportingPeriod: 'reporting_period',
  submission: 'submission',
  importBatch: 'import_batch',
  q1Week: 'q1_week',
  warningRule: 'warning_rule',
  /** A write or denial recorded by the safety net, not by a use case; see `RequestAuditAction`. */
  request: 'request',
  system: 'system',
  job: 'job',
  project: 'project',
  projectReport: 'project_report',
  projectProblem: 'project_problem',
  attachment: 'attachment',
  projectTour: 'project_tour',
  projectBoundary: 'project_boundary',
  lead: 'lead',
  investmentContract: 'investment_contract',
  investmentActivity: 'investment_activity',
  enterpriseProblem: 'enterprise_problem',
  portalSubmission: 'portal_submission',
  enterpriseLiaison: 'enterprise_liaison',
  enterpriseVisit: 'enterprise_visit',
  cultivationCandidate: 'cultivation_candidate',
  cultivationTarget: 'cultivation_target',
  enterprise: 'enterprise',
  policy: 'policy',
  referenceFigure: 'reference_figure',
  document: 'document',
  report: 'report',
  reportTemplate: 'report_template',
  enterpriseAccount: 'enterprise_account',
  portalArticle: 'portal_article',
  portalOpportunity: 'portal_opportunity',
} as const;
export type AuditEntityType = (typeof AuditEntityTypes)[keyof typeof AuditEntityTypes];
export const auditEntityTypeSchema = z.enum(AuditEntityTypes);
export const AUDIT_ENTITY_TYPES: readonly AuditEntityType[] = auditEntityTypeSchema.options;

/**
 * The action of a row the safety net records for a refused or failed request
 * (entity type `request`): its method and route, e.g. "DELETE /api/users/:id".
 * Routes are open-ended, so these rows are found by entity type, not by action.
 */
export type RequestAuditAction = `${Uppercase<string>} /${string}`;
/** Fastify's methods are upper case and its routes and URLs start with "/". */
export const requestAuditAction = (method: string, route: string): RequestAuditAction => `${method} ${route}` as RequestAuditAction;
