/** The portal feature's texts (zh-CN gives the shape the other languages follow). */
export const portalZhCN = {
  title: '投资机会（门户）',
  subtitle: '市政府在门户网站发布的招商项目与待出让地块；只有已发布的对公众可见。',
  empty: '暂无投资机会',
  openPortal: '打开门户网站',
  add: '新建投资机会',
  columns: { title: '标题', kind: '类型', district: '区域', status: '状态', updatedAt: '更新时间', actions: '操作' },
  kind: { project: '重大项目', land: '地块' },
  status: { draft: '草稿', published: '已发布', withdrawn: '已撤下' },
  illustrative: '示例',
  publish: '发布',
  withdraw: '撤下',
  confirmPublish: '发布后公众即可在门户网站看到“{{title}}”。确定发布吗？',
  confirmWithdraw: '撤下后“{{title}}”将不再对公众显示。确定撤下吗？',
  published: '已发布',
  withdrawn: '已撤下',
  created: '已保存为草稿',
  form: {
    kind: '类型', project: '重大项目', projectSearch: '输入项目名称搜索', district: '区域', title: '标题', summary: '简介',
    areaMu: '面积（亩）', plannedUse: '规划用途', location: '位置', conditions: '出让条件', contactOffice: '联系单位',
    contactPhone: '办公电话', phoneHelp: '请填写单位办公电话，不要填写个人手机号。', save: '保存草稿', cancel: '取消', required: '请填写此项',
  },
};
