/** The enterprise-accounts feature's texts (zh-CN gives the shape the other languages follow). */
export const enterpriseAccountsZhCN = {
  title: '企业入驻审核',
  intro: '企业在门户网站注册并验证联系方式后，由所在区或市发展改革部门确认；确认时与企业库中信用代码相同的记录关联。联系方式仅部分显示。',
  empty: '暂无企业入驻申请',
  status: { pending_confirmation: '待确认', confirmed: '已确认', rejected: '已驳回' },
  columns: { creditCode: '统一社会信用代码', companyName: '企业名称', district: '所在区', contact: '联系人', registry: '企业库记录', createdAt: '申请时间', actions: '操作' },
  notInRegistry: '企业库暂无（确认后待录入企业库）',
  confirm: '确认',
  reject: '驳回',
  confirmQuestion: '确认 {{name}} 的入驻申请？',
  rejectTitle: '驳回 {{name}} 的入驻申请',
  reason: '驳回理由（将告知企业）',
  reasonRequired: '请填写驳回理由',
  done: '已处理',
};
