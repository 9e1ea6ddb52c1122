import type { Kysely, Transaction } from 'kysely';
import type {
  OrganisationGroupMembersTable,
  OrganisationGroupsTable,
  OrganisationsTable,
} from '../features/organisations/organisations.table';
import type { IndicatorResponsibilitiesTable, IndicatorsTable } from '../features/indicators/indicators.table';
import type {
  FigureVersionsTable,
  FiguresTable,
  ImportBatchesTable,
  ReportingPeriodsTable,
  SubmissionEventsTable,
  SubmissionsTable,
} from '../features/reporting/reporting.table';
import type { Q1WeeklyFiguresTable } from '../features/q1/q1.table';
import type { TargetImportBatchesTable } from '../features/target-imports/target-import.table';
import type { TargetsTable } from '../features/targets/targets.table';
import type { UsersTable } from '../features/users/users.table';
import type { WarningRulesTable } from '../features/warnings/warnings.table';
import type { AuditLogTable } from '../platform/audit/audit.table';
import type { ImportsTable } from '../platform/imports/imports.table';
import type { LoginAttemptsTable, SessionsTable } from '../platform/auth/auth.table';

/** Every table, composed from the features that own them. */
export interface Database {
  organisations: OrganisationsTable;
  organisation_groups: OrganisationGroupsTable;
  organisation_group_members: OrganisationGroupMembersTable;
  users: UsersTable;
  login_attempts: LoginAttemptsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  indicators: IndicatorsTable;
  indicator_responsibilities: IndicatorResponsibilitiesTable;
  targets: TargetsTable;
  reporting_periods: ReportingPeriodsTable;
  submissions: SubmissionsTable;
  figures: FiguresTable;
  figure_versions: FigureVersionsTable;
  submission_events: SubmissionEventsTable;
  warning_rules: WarningRulesTable;
  /** Every Excel import since 0005; the two tables below are kept read-only until a later migration drops them. */
  imports: ImportsTable;
  import_batches: ImportBatchesTable;
  target_import_batches: TargetImportBatchesTable;
  q1_weekly_figures: Q1WeeklyFiguresTable;
}

export type Db = Kysely<Database>;
/** A query executor: the database itself or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
