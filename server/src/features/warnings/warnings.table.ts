import type { Generated, Selectable } from 'kysely';

export interface WarningRulesTable {
  id: Generated<number>;
  code: string;
  /** Which preset of packages/domain/src/warnings/presets.ts the rule starts from. */
  preset: string;
  config_json: string;
  enabled: number;
  version: Generated<number>;
  updated_at: string;
}
export type WarningRuleRow = Selectable<WarningRulesTable>;

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    warning_rules: WarningRulesTable;
  }
}
