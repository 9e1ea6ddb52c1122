import type { Locale } from '@hongtu/contracts';
import { ENTERPRISE_FLAGS, type EnterpriseFlag } from '@hongtu/domain';
import { ENTERPRISE_LABELS } from './enterprises.labels';

// The columns of the registry workbook: what the export writes and the import reads back. A
// column is found by its header in any of the three languages.

export type EnterpriseColumnKey =
  | 'creditCode' | 'name' | 'organisation' | 'formerNames' | 'legalForm' | 'industryCode' | 'address'
  | 'sizeClass' | 'headquartersKind' | EnterpriseFlag | 'demoNote';

type Labels = Record<Locale, string>;
const L = (zhCN: string, zhTW: string, en: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

export const ENTERPRISE_COLUMNS: readonly { key: EnterpriseColumnKey; labels: Labels; width: number }[] = [
  { key: 'creditCode', labels: L('统一社会信用代码', '統一社會信用代碼', 'Credit code'), width: 22 },
  { key: 'name', labels: L('企业名称', '企業名稱', 'Name'), width: 34 },
  { key: 'organisation', labels: L('服务区', '服務區', 'Served by'), width: 12 },
  { key: 'formerNames', labels: L('曾用名', '曾用名', 'Former names'), width: 24 },
  { key: 'legalForm', labels: L('企业类型', '企業類型', 'Legal form'), width: 16 },
  { key: 'industryCode', labels: L('行业代码', '行業代碼', 'Industry code'), width: 10 },
  { key: 'address', labels: L('地址', '地址', 'Address'), width: 30 },
  { key: 'sizeClass', labels: L('企业规模', '企業規模', 'Size class'), width: 10 },
  { key: 'headquartersKind', labels: L('总部类型', '總部類型', 'Headquarters'), width: 14 },
  ...ENTERPRISE_FLAGS.map((f) => ({ key: f, labels: L(ENTERPRISE_LABELS['zh-CN'].flag[f], ENTERPRISE_LABELS['zh-TW'].flag[f], ENTERPRISE_LABELS.en.flag[f]), width: 10 })),
  { key: 'demoNote', labels: L('演示说明', '演示說明', 'Demo note'), width: 24 },
];
