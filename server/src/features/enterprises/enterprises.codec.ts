import type { EnterpriseFlags, EnterpriseItem } from '@hongtu/contracts/enterprises';
import type { EnterpriseFlag, HeadquartersKind, SizeClass } from '@hongtu/domain';
import type { EnterprisesTable } from './enterprises.table';

/** Each flag of the contract and its column. */
export const FLAG_COLUMNS = {
  fortune500: 'fortune500',
  china500: 'china500',
  private500: 'private500',
  centralSoe: 'central_soe',
  foreignInvested: 'foreign_invested',
  highTech: 'high_tech',
  specialised: 'specialised',
  aboveScale: 'above_scale',
  aboveQuota: 'above_quota',
} as const satisfies Record<EnterpriseFlag, keyof EnterprisesTable>;

export type FlagColumn = (typeof FLAG_COLUMNS)[EnterpriseFlag];
export type FlagColumns = Record<FlagColumn, number>;

export function flagsOf(row: FlagColumns): EnterpriseFlags {
  return Object.fromEntries(Object.entries(FLAG_COLUMNS).map(([flag, column]) => [flag, row[column] === 1])) as EnterpriseFlags;
}

export function flagColumnsOf(flags: Partial<EnterpriseFlags>): FlagColumns {
  return Object.fromEntries(Object.entries(FLAG_COLUMNS).map(([flag, column]) => [column, flags[flag as EnterpriseFlag] ? 1 : 0])) as FlagColumns;
}

/** The columns a list item is read from. */
export const ITEM_COLUMNS = [
  'e.id', 'e.credit_code', 'e.name', 'e.organisation_id', 'o.name as organisation_name', 'e.industry_code', 'e.size_class', 'e.headquarters_kind', 'e.demo_note',
  'e.fortune500', 'e.china500', 'e.private500', 'e.central_soe', 'e.foreign_invested', 'e.high_tech', 'e.specialised', 'e.above_scale', 'e.above_quota',
] as const;

export interface ItemRow extends FlagColumns {
  id: number;
  credit_code: string;
  name: string;
  organisation_id: number;
  organisation_name: string;
  industry_code: string | null;
  size_class: string | null;
  headquarters_kind: string | null;
  demo_note: string | null;
}

export function toEnterpriseItem(r: ItemRow): EnterpriseItem {
  return {
    id: r.id, creditCode: r.credit_code, name: r.name, organisationId: r.organisation_id, organisationName: r.organisation_name,
    industryCode: r.industry_code, sizeClass: r.size_class as SizeClass | null, headquartersKind: r.headquarters_kind as HeadquartersKind | null,
    flags: flagsOf(r), demoNote: r.demo_note,
  };
}
