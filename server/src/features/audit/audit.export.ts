import type { AuditEntry, Locale } from '@hongtu/contracts';
import { buildSheet, type SheetColumn } from '../../platform/export/xlsx';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['编号', '时间（北京时间）', '操作人', '角色', '组织', 'IP', '操作', '对象类型', '对象编号', '结果', '变更前', '变更后', '请求编号'],
  'zh-TW': ['編號', '時間（北京時間）', '操作人', '角色', '組織', 'IP', '操作', '對象類型', '對象編號', '結果', '變更前', '變更後', '請求編號'],
  en: ['ID', 'Time (Asia/Shanghai)', 'Actor', 'Role', 'Organisation', 'IP', 'Action', 'Entity type', 'Entity ID', 'Result', 'Before', 'After', 'Request ID'],
};

/** Audit times are stored in UTC and shown in Asia/Shanghai. */
export function shanghaiTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).format(new Date(iso));
}

export function auditWorkbook(entries: AuditEntry[], locale: Locale): Promise<Buffer> {
  const h = HEADERS[locale];
  const columns: SheetColumn<AuditEntry>[] = [
    { header: h[0]!, width: 8, value: (e) => e.id },
    { header: h[1]!, width: 20, value: (e) => shanghaiTime(e.at) },
    { header: h[2]!, value: (e) => e.actorName },
    { header: h[3]!, value: (e) => e.actorRole },
    { header: h[4]!, value: (e) => e.organisationName },
    { header: h[5]!, width: 14, value: (e) => e.ip },
    { header: h[6]!, width: 24, value: (e) => e.action },
    { header: h[7]!, value: (e) => e.entityType },
    { header: h[8]!, value: (e) => e.entityId },
    { header: h[9]!, width: 10, value: (e) => e.result },
    { header: h[10]!, width: 40, value: (e) => e.before },
    { header: h[11]!, width: 40, value: (e) => e.after },
    { header: h[12]!, width: 24, value: (e) => e.requestId },
  ];
  return buildSheet(locale === 'en' ? 'Audit trail' : '审计日志', columns, entries);
}
