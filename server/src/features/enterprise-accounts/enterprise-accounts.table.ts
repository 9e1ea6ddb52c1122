import type { Generated, Selectable } from 'kysely';

/** 企业账户: records of an organisation. */
export interface EnterpriseAccountsTable {
  id: Generated<number>;
  organisation_id: number;
  title: string;
  created_at: string;
}
export type EnterpriseAccountsRow = Selectable<EnterpriseAccountsTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    enterprise_accounts: EnterpriseAccountsTable;
  }
}
