import type { Locale } from '@hongtu/contracts';
import { ENTERPRISE_LIMITS, type Enterprise } from '@hongtu/contracts/enterprises';
import type { LegalForm } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { buildSheet, type SheetColumn } from '../../platform/export/xlsx';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { ITEM_COLUMNS, toEnterpriseItem, type ItemRow } from './enterprises.codec';
import { ENTERPRISE_COLUMNS } from './enterprises.columns';
import { ENTERPRISE_LABELS } from './enterprises.labels';
import { filterEnterprises, listedInScope, type EnterpriseListFilter } from './enterprises.read-model';

type ExportRow = Pick<Enterprise, 'creditCode' | 'name' | 'organisationName' | 'formerNames' | 'legalForm' | 'industryCode' | 'address' | 'sizeClass' | 'headquartersKind' | 'flags' | 'demoNote'>;

/** The workbook's cells of one record, in the reader's language (the import reads them back). */
export function exportColumns(locale: Locale): SheetColumn<ExportRow>[] {
  const labels = ENTERPRISE_LABELS[locale];
  return ENTERPRISE_COLUMNS.map((c) => ({
    header: c.labels[locale],
    width: c.width,
    value: (row: ExportRow) => {
      switch (c.key) {
        case 'creditCode': return row.creditCode;
        case 'name': return row.name;
        case 'organisation': return row.organisationName;
        case 'formerNames': return row.formerNames.join('；');
        case 'legalForm': return row.legalForm && labels.legalForm[row.legalForm];
        case 'industryCode': return row.industryCode;
        case 'address': return row.address;
        case 'sizeClass': return row.sizeClass && labels.sizeClass[row.sizeClass];
        case 'headquartersKind': return row.headquartersKind && labels.headquartersKind[row.headquartersKind];
        case 'demoNote': return row.demoNote;
        default: return row.flags[c.key] ? labels.yes : labels.no;
      }
    },
  }));
}

/** The registry in the reader's scope, filtered as the list is, as one workbook (bounded). */
export async function enterprisesWorkbook({ db, dialect, clock }: Deps, ctx: RequestContext, filter: EnterpriseListFilter) {
  const actor = requireActor(ctx);
  const rows = await filterEnterprises(listedInScope(db, dialect, actor, filter), dialect, filter)
    .select([...ITEM_COLUMNS, 'e.former_names', 'e.legal_form', 'e.address'])
    .orderBy('e.id').limit(ENTERPRISE_LIMITS.exportRows).execute();
  const items: ExportRow[] = rows.map((r) => ({
    ...toEnterpriseItem(r as ItemRow), formerNames: JSON.parse(r.former_names) as string[], legalForm: r.legal_form as LegalForm | null, address: r.address,
  }));
  const locale = ctx.locale;
  const day = clock.now().toISOString().slice(0, 10);
  const title = { 'zh-CN': '企业库', 'zh-TW': '企業庫', en: 'Enterprises' }[locale];
  const body = await buildSheet(title, exportColumns(locale), items);
  return { body, fileName: `enterprises-${day}.xlsx`, localName: `${title}-${day}.xlsx` };
}

