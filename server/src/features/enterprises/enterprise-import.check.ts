import { AuditActions, AuditEntityTypes, LIMITS, type Locale } from '@hongtu/contracts';
import { createEnterpriseSchema, type EnterpriseImportCheck, type EnterpriseImportRow } from '@hongtu/contracts/enterprises';
import { ENTERPRISE_FLAGS, HEADQUARTERS_KINDS, LEGAL_FORMS, REPORTING_UNIT_KINDS, SIZE_CLASSES, isValidCreditCode, normalizeCreditCode, type EnterpriseFlag } from '@hongtu/domain';
import type { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { translate, type MessageCode } from '../../platform/i18n/messages';
import { storeCheckedBatch, subjectKey, type ImportKind } from '../../platform/imports/import-batches';
import { runSheetJob } from '../../platform/imports/import-pool';
import { normalised, withoutBrackets } from '../../platform/imports/header-text';
import { sortProblems, type ImportProblem } from '../../platform/imports/read-sheets';
import { sheetJob } from '../../platform/imports/sheet-jobs';
import type { Upload } from '../../platform/imports/upload';
import { columnLetter } from '../../platform/imports/xlsx-sheet';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope } from '../../platform/permissions/scope';
import type { EnterpriseJobOutput, ImportedEnterprise } from './enterprise-import-job';
import { registryText } from './enterprise-names';
import { ENTERPRISE_COLUMNS, type EnterpriseColumnKey } from './enterprises.columns';
import { ENTERPRISE_LABELS } from './enterprises.labels';
import type { EnterprisesRow } from './enterprises.table';

const ENTERPRISE_JOB = sheetJob<Record<string, never>, EnterpriseJobOutput>(new URL('./enterprise-import-job.ts', import.meta.url));

/** The registry workbook's batches in the shared `imports` table (the column is free text; the pipeline's type names the first kinds). */
export const ENTERPRISES_IMPORT_KIND = 'enterprises' as ImportKind;

export type EnterpriseFields = Omit<z.output<typeof createEnterpriseSchema>, 'creditCode' | 'organisationId'>;

/** What the commit writes: a record created (id null) or changed at the version the dry run saw. */
export interface StoredEnterprise {
  sheet: string;
  row: number;
  id: number | null;
  version: number;
  creditCode: string;
  organisationId: number;
  fields: EnterpriseFields;
}
export interface StoredEnterpriseBatch {
  items: StoredEnterprise[];
}

const key = (text: string) => normalised(withoutBrackets(text));
function vocabulary<T extends string>(values: readonly T[], labelsOf: (locale: Locale) => Record<T, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(key(value), value);
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) map.set(key(labelsOf(locale)[value]), value);
  }
  return map;
}
const LEGAL = vocabulary(LEGAL_FORMS, (l) => ENTERPRISE_LABELS[l].legalForm);
const SIZES = vocabulary(SIZE_CLASSES, (l) => ENTERPRISE_LABELS[l].sizeClass);
const HEADQUARTERS = vocabulary(HEADQUARTERS_KINDS, (l) => ENTERPRISE_LABELS[l].headquartersKind);
// Short forms seen in district sheets.
for (const [short, kind] of [['集团', 'group'], ['区域', 'regional'], ['功能性', 'functional'], ['功能型总部', 'functional']] as const) HEADQUARTERS.set(key(short), kind);
const YES = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓', 'v'].map(key));
const NO = new Set(['否', 'no', 'n', 'false', '0', '×', 'x'].map(key));

const FIELD_COLUMN: Record<string, EnterpriseColumnKey> = { name: 'name', formerNames: 'formerNames', legalForm: 'legalForm', industryCode: 'industryCode', address: 'address', sizeClass: 'sizeClass', headquartersKind: 'headquartersKind', flags: 'creditCode' };

const FLAG_COLUMN: Record<EnterpriseFlag, keyof EnterprisesRow> = {
  fortune500: 'fortune500', china500: 'china500', private500: 'private500', centralSoe: 'central_soe', foreignInvested: 'foreign_invested',
  highTech: 'high_tech', specialised: 'specialised', aboveScale: 'above_scale', aboveQuota: 'above_quota',
};

/** A stored record as the form's fields. */
export function fieldsOfRow(row: EnterprisesRow): EnterpriseFields {
  return {
    name: row.name, formerNames: JSON.parse(row.former_names) as string[], legalForm: row.legal_form as EnterpriseFields['legalForm'], industryCode: row.industry_code,
    address: row.address, sizeClass: row.size_class as EnterpriseFields['sizeClass'], headquartersKind: row.headquarters_kind as EnterpriseFields['headquartersKind'],
    flags: Object.fromEntries(ENTERPRISE_FLAGS.map((f) => [f, row[FLAG_COLUMN[f]] === 1])),
  };
}

const sameFields = (a: EnterpriseFields, b: EnterpriseFields) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const canonical = (f: EnterpriseFields) => [
  f.name, f.formerNames, f.legalForm, f.industryCode, f.address, f.sizeClass, f.headquartersKind, ENTERPRISE_FLAGS.map((k) => !!f.flags[k]),
];

/**
 * The dry run of a registry workbook: unsafe or unreadable files are refused (no batch); every row
 * is read in the import worker, then checked here like the form — the credit code's check
 * character, the vocabularies (any language, Traditional accepted), the serving district within the
 * user's own subtree. A code the registry keeps in the user's scope updates that record (the
 * columns the sheet has replace the stored values); a code kept elsewhere is refused naming only
 * who serves it. Nothing is written but the checked batch, audited.
 */
export function createEnterpriseImportCheck(deps: Deps) {
  const { db, audit } = deps;
  return async (ctx: RequestContext, readUpload: () => Promise<Upload>): Promise<EnterpriseImportCheck> => {
    const actor = requireActor(ctx);
    const locale = ctx.locale;
    const { read, problems: readProblems, output } = await runSheetJob(ENTERPRISE_JOB, {}, await readUpload(), locale);
    if (!read.headerFound) throw new AppError(422, 'ENTERPRISE_IMPORT_NO_HEADER');
    if (output.rows.length === 0 && readProblems.length === 0) throw new AppError(422, 'ENTERPRISE_IMPORT_EMPTY');

    const problems: ImportProblem[] = [...readProblems];
    const labelOf = (k: EnterpriseColumnKey) => ENTERPRISE_COLUMNS.find((c) => c.key === k)!.labels[locale];
    const problem = (r: ImportedEnterprise, k: EnterpriseColumnKey | null, code: MessageCode, params: Record<string, string | number> = {}) => {
      const column = k === null ? undefined : output.columns[r.sheet]?.[k];
      problems.push({ sheet: r.sheet, row: r.row, column: column === undefined ? null : columnLetter(column), code, message: translate(code, locale, params) });
    };

    // The districts and zones the user may name, by name and code (Traditional read as Simplified).
    const organisations = await db.selectFrom('organisations').select(['id', 'name', 'code', 'path', 'kind'])
      .where('path', 'like', `${actor.organisationPath}%`).where('kind', 'in', [...REPORTING_UNIT_KINDS]).execute();
    const orgByKey = new Map(organisations.flatMap((o) => [[key(o.name), o], [key(o.code), o]] as const));
    const ownOrg = organisations.find((o) => o.id === actor.organisationId);

    const codes = [...new Set(output.rows.map((r) => normalizeCreditCode(r.cells.creditCode ?? '')).filter(isValidCreditCode))];
    const existing = new Map<string, EnterprisesRow & { organisation_name: string; path: string }>();
    for (let i = 0; i < codes.length; i += 500) {
      const rows = await db.selectFrom('enterprises as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
        .selectAll('e').select(['o.name as organisation_name', 'o.path']).where('e.credit_code', 'in', codes.slice(i, i + 500)).execute();
      for (const r of rows) existing.set(r.credit_code, r);
    }

    const batch: StoredEnterpriseBatch = { items: [] };
    const preview: EnterpriseImportRow[] = [];
    const seen = new Map<string, string>();
    let creates = 0;
    let updates = 0;
    let unchanged = 0;

    for (const r of output.rows) {
      const before = problems.length;
      const raw = r.cells.creditCode ?? '';
      const code = normalizeCreditCode(raw);
      if (!isValidCreditCode(code)) {
        problem(r, 'creditCode', raw === '' ? 'ENTERPRISE_IMPORT_REQUIRED' : 'ENTERPRISE_CREDIT_CODE_INVALID', { value: raw.slice(0, 40), column: labelOf('creditCode') });
        continue;
      }
      const first = seen.get(code);
      if (first) {
        problem(r, 'creditCode', 'ENTERPRISE_IMPORT_DUPLICATE_ROW', { code, first });
        continue;
      }
      seen.set(code, `${r.sheet}!${r.row}`);
      const stored = existing.get(code);
      if (stored && !isInOwnScope(actor, stored.path)) {
        // Kept by another district: who serves it, nothing else of its record.
        problem(r, 'creditCode', 'ENTERPRISE_EXISTS_ELSEWHERE', { code, organisation: stored.organisation_name });
        continue;
      }

      // The serving district: the column's, else the stored one's, else the user's own.
      let organisation = stored ? organisations.find((o) => o.id === stored.organisation_id) : ownOrg;
      const orgText = r.cells.organisation;
      if (orgText) {
        organisation = orgByKey.get(key(orgText));
        if (!organisation) problem(r, 'organisation', 'ENTERPRISE_IMPORT_ORGANISATION', { value: orgText.slice(0, 40) });
      } else if (!organisation) {
        problem(r, 'organisation', 'ENTERPRISE_IMPORT_REQUIRED', { column: labelOf('organisation') });
      }

      const fields: EnterpriseFields = stored ? fieldsOfRow(stored) : { name: '', formerNames: [], legalForm: null, industryCode: null, address: null, sizeClass: null, headquartersKind: null, flags: {} };
      const cells = r.cells;
      if (cells.name !== undefined) fields.name = registryText(cells.name);
      if (cells.formerNames !== undefined) fields.formerNames = cells.formerNames.split(/[；;、，,\n]/).map((n) => registryText(n)).filter((n) => n !== '');
      if (cells.industryCode !== undefined) fields.industryCode = cells.industryCode === '' ? null : cells.industryCode.toUpperCase();
      if (cells.address !== undefined) fields.address = cells.address === '' ? null : registryText(cells.address);
      const choose = <T extends string>(k: EnterpriseColumnKey, values: Map<string, T>): T | null | undefined => {
        const text = cells[k];
        if (text === undefined) return undefined;
        if (text === '') return null;
        const found = values.get(key(text));
        if (found === undefined) problem(r, k, 'ENTERPRISE_IMPORT_UNKNOWN_VALUE', { column: labelOf(k), value: text.slice(0, 40) });
        return found ?? null;
      };
      const legalForm = choose('legalForm', LEGAL);
      if (legalForm !== undefined) fields.legalForm = legalForm;
      const sizeClass = choose('sizeClass', SIZES);
      if (sizeClass !== undefined) fields.sizeClass = sizeClass;
      const headquartersKind = choose('headquartersKind', HEADQUARTERS);
      if (headquartersKind !== undefined) fields.headquartersKind = headquartersKind;
      const flags = { ...fields.flags };
      for (const f of ENTERPRISE_FLAGS) {
        const text = cells[f];
        if (text === undefined) continue;
        if (text === '' || NO.has(key(text))) flags[f] = false;
        else if (YES.has(key(text))) flags[f] = true;
        else problem(r, f, 'ENTERPRISE_IMPORT_UNKNOWN_VALUE', { column: labelOf(f), value: text.slice(0, 40) });
      }
      fields.flags = flags;
      if (fields.name === '') problem(r, 'name', 'ENTERPRISE_IMPORT_REQUIRED', { column: labelOf('name') });
      // The form's own rules (lengths, the industry code's form).
      const parsed = createEnterpriseSchema.safeParse({ creditCode: code, ...fields });
      if (!parsed.success && fields.name !== '') {
        for (const column of new Set(parsed.error.issues.map((i) => FIELD_COLUMN[String(i.path[0])] ?? 'name'))) {
          problem(r, column, 'ENTERPRISE_IMPORT_INVALID_VALUE', { column: labelOf(column) });
        }
      }
      if (problems.length > before || !organisation || !parsed.success) continue;

      const { creditCode: _code, organisationId: _org, ...valid } = parsed.data;
      const checked: EnterpriseFields = { ...valid, flags: fields.flags };
      const same = stored !== undefined && stored.organisation_id === organisation.id && sameFields(fieldsOfRow(stored), checked);
      const action = !stored ? 'create' : same ? 'unchanged' : 'update';
      if (action === 'create') creates++;
      else if (action === 'update') updates++;
      else unchanged++;
      if (action !== 'unchanged') {
        batch.items.push({ sheet: r.sheet, row: r.row, id: stored?.id ?? null, version: stored?.version ?? 0, creditCode: code, organisationId: organisation.id, fields: checked });
      }
      if (preview.length < LIMITS.problemsShown) preview.push({ sheet: r.sheet, row: r.row, creditCode: code, name: checked.name, organisationName: organisation.name, action });
    }

    const sorted = sortProblems(problems, read.sheetOrder);
    const blocking = sorted.length > 0;
    const { batchId, alreadyImported } = await storeCheckedBatch(deps, ctx, {
      kind: ENTERPRISES_IMPORT_KIND, subject: subjectKey({ organisationId: actor.organisationId }), organisationId: actor.organisationId,
      fileName: read.fileName, fileSha256: read.fileSha256, blocking, rowCount: output.rows.length, problemCount: sorted.length,
      rowsJson: JSON.stringify(batch),
    }, (trx, id) => audit.append(trx, ctx, {
      action: AuditActions.enterpriseImportCheck, entityType: AuditEntityTypes.importBatch, entityId: id,
      after: { file: read.fileName, sha256: read.fileSha256, rows: output.rows.length, problems: sorted.length, blocking, creates, updates },
    }));
    return {
      batchId, fileName: read.fileName, fileSha256: read.fileSha256, rowsParsed: output.rows.length, creates, updates, unchanged, alreadyImported,
      problems: sorted.slice(0, LIMITS.problemsShown), problemCount: sorted.length, notices: read.notices.slice(0, LIMITS.problemsShown), blocking, rows: preview,
    };
  };
}
