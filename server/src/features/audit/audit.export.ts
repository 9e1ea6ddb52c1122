import { AUDIT_LABELS, auditEntityTypeSchema, type AuditResult, type Locale, type Role } from '@hongtu/contracts';
import { buildSheet, type SheetColumn } from '../../platform/export/xlsx';
import type { AuditExportRow } from './audit.read-model';

/** The sheet's words in each language: headers, roles, results. */
const WORDS: Readonly<Record<Locale, { sheet: string; headers: readonly string[]; roles: Record<Role, string>; results: Record<AuditResult, string> }>> = {
  'zh-CN': {
    sheet: '审计日志',
    headers: ['编号', '时间（北京时间）', '操作人', '姓名', '角色', '组织', 'IP', '操作', '对象类型', '对象', '操作内容', '结果',
      '变更前', '变更后', '请求编号', '操作代码', '对象编号', '上一条哈希', '本条哈希'],
    roles: { system_admin: '系统管理员', city_reviewer: '市级审核员', district_operator: '区级填报员', department_staff: '部门工作人员', leader: '领导', auditor: '安全审计员' },
    results: { success: '成功', denied: '拒绝', failed: '失败' },
  },
  'zh-TW': {
    sheet: '稽核日誌',
    headers: ['編號', '時間（北京時間）', '操作人', '姓名', '角色', '組織', 'IP', '操作', '對象類型', '對象', '操作內容', '結果',
      '變更前', '變更後', '請求編號', '操作代碼', '對象編號', '上一筆雜湊', '本筆雜湊'],
    roles: { system_admin: '系統管理員', city_reviewer: '市級審核員', district_operator: '區級填報員', department_staff: '部門工作人員', leader: '領導', auditor: '安全稽核員' },
    results: { success: '成功', denied: '拒絕', failed: '失敗' },
  },
  en: {
    sheet: 'Audit trail',
    headers: ['ID', 'Time (Asia/Shanghai)', 'Actor', 'Name', 'Role', 'Organisation', 'IP', 'Action', 'Object type', 'Object', 'What happened', 'Result',
      'Before', 'After', 'Request ID', 'Action code', 'Object ID', 'Previous hash', 'Hash'],
    roles: { system_admin: 'System administrator', city_reviewer: 'City reviewer', district_operator: 'District operator', department_staff: 'Department staff', leader: 'Leader', auditor: 'Auditor' },
    results: { success: 'Success', denied: 'Denied', failed: 'Failed' },
  },
};

/** Audit times are stored in UTC and shown in Asia/Shanghai. */
export function shanghaiTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).format(new Date(iso));
}

/**
 * The trail as the auditor reads it: headers, roles, actions, object types, objects and results
 * in words; the codes, ids, before / after and each row's hashes kept in the last columns, so a
 * printed or forwarded export can still be checked against the chain.
 */
export function auditWorkbook(entries: AuditExportRow[], locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const labels = AUDIT_LABELS[locale];
  const h = w.headers;
  const role = (value: string | null) => (value && value in w.roles ? w.roles[value as Role] : value);
  const entityType = (value: string | null) => {
    const known = auditEntityTypeSchema.safeParse(value);
    return known.success ? labels.entityTypes[known.data] : value;
  };
  const action = (e: AuditExportRow) => (e.action in labels.actions ? labels.actions[e.action as keyof typeof labels.actions] : e.action);
  const columns: SheetColumn<AuditExportRow>[] = [
    { header: h[0]!, width: 8, value: (e) => e.id },
    { header: h[1]!, width: 20, value: (e) => shanghaiTime(e.at) },
    { header: h[2]!, width: 14, value: (e) => e.actorName },
    { header: h[3]!, width: 16, value: (e) => e.actorDisplayName },
    { header: h[4]!, width: 14, value: (e) => role(e.actorRole) },
    { header: h[5]!, width: 18, value: (e) => e.organisationName },
    { header: h[6]!, width: 14, value: (e) => e.ip },
    { header: h[7]!, width: 18, value: (e) => action(e) },
    { header: h[8]!, width: 14, value: (e) => entityType(e.entityType) },
    { header: h[9]!, width: 28, value: (e) => e.entityLabel },
    { header: h[10]!, width: 44, value: (e) => e.description },
    { header: h[11]!, width: 8, value: (e) => w.results[e.result] },
    { header: h[12]!, width: 40, value: (e) => e.before },
    { header: h[13]!, width: 40, value: (e) => e.after },
    { header: h[14]!, width: 24, value: (e) => e.requestId },
    { header: h[15]!, width: 24, value: (e) => e.action },
    { header: h[16]!, width: 12, value: (e) => e.entityId },
    { header: h[17]!, width: 66, value: (e) => e.prevHash },
    { header: h[18]!, width: 66, value: (e) => e.hash },
  ];
  return buildSheet(w.sheet, columns, entries);
}
