import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { OrganisationKind } from '@hongtu/contracts';

export interface OrganisationsTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: OrganisationKind;
  parent_id: number | null;
  /** Materialised path of ids, e.g. "/1/4/": a subtree is a prefix match. */
  path: string;
  division_code: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;

export interface OrganisationGroupsTable {
  id: Generated<number>;
  code: string;
  name: string;
  created_at: string;
}
export type OrganisationGroupRow = Selectable<OrganisationGroupsTable>;

export interface OrganisationGroupMembersTable {
  group_id: number;
  organisation_id: number;
}

/** A department's read grant over another organisation's subtree (docs/DOMAIN.md "Read grants"). */
export interface OrganisationReadGrantsTable {
  department_id: number;
  organisation_id: number;
  created_at: string;
  created_by: number | null;
}

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    organisations: OrganisationsTable;
    organisation_groups: OrganisationGroupsTable;
    organisation_group_members: OrganisationGroupMembersTable;
    organisation_read_grants: OrganisationReadGrantsTable;
  }
}
