import type { Generated, Selectable } from 'kysely';
import type { PortalOpportunityKind, PortalOpportunityStatus } from '@hongtu/contracts/portal';

/** 投资机会: a major project or a land parcel the city publishes on the portal for investors. */
export interface PortalOpportunitiesTable {
  id: Generated<number>;
  kind: PortalOpportunityKind;
  district_id: number;
  project_id: number | null;
  title: string;
  summary: string;
  area_mu: string | null;
  planned_use: string | null;
  location: string | null;
  conditions: string | null;
  contact_office: string;
  contact_phone: string;
  status: PortalOpportunityStatus;
  illustrative: Generated<number>;
  published_at: string | null;
  withdrawn_at: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}
export type PortalOpportunityRow = Selectable<PortalOpportunitiesTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    portal_opportunities: PortalOpportunitiesTable;
  }
}
