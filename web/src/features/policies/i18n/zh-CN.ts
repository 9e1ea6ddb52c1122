/** The policies feature's texts (zh-CN gives the shape the other languages follow). */
export const policiesZhCN = {
  menu: { policies: '政策库' },
  title: '政策库',
  empty: '没有符合条件的政策',
  search: '政策名称、发布机构或文号',
  inForceOnly: '仅看有效政策',
  total: '共 {{count}} 条',
  columns: { title: '政策名称', issuer: '发布机构', documentNumber: '文号', issuedOn: '发布日期', validity: '有效期', conditions: '适用条件' },
  open: '长期',
  inForce: '有效', notInForce: '已失效', withdrawn: '已撤下',
  noConditions: '不限',
  toTell: '应告知的企业',
  exportToTell: '导出告知名单',
  matched: '符合', unknown: '待核实',
  forEnterprise: '查企业可能适用的政策',
  noMatch: '暂无可能适用的政策',
  condition: { industry: '行业 {{value}}', size: '规模 {{value}}', district: '区域 {{value}}' },
};
