/** The portal-submissions feature's texts (zh-CN gives the shape the other languages follow). */
export const portalSubmissionsZhCN = {
  title: '门户来信',
  intro: '公众和企业通过门户网站提交的投稿、投资意向和诉求。市级看到全部投稿，各区看到转到本区的意向和诉求；联系方式默认打码，查看完整号码会记入审计。',
  empty: '暂无来信',
  all: '全部',
  kind: { interest: '投资意向', problem: '企业诉求', tip: '投稿' },
  status: { received: '已收到', routed: '已转办', in_progress: '办理中', answered: '已答复', closed: '已办结', rejected: '不予受理' },
  columns: { kind: '类型', title: '标题', status: '状态', organisation: '转办单位', company: '企业', contact: '联系方式', createdAt: '提交时间' },
  detail: {
    body: '内容', contact: '联系人', showContact: '查看完整联系方式', consent: '同意处理目的', record: '已转为', lead: '招商线索 #{{id}}', problem: '企业诉求 #{{id}}',
    history: '处理记录', note: '告知来信人的说明（选填）', moveTo: '改为“{{status}}”', erase: '按申请删除个人信息', eraseConfirm: '删除后内容和联系方式不可恢复，确定删除？',
    attachment: '附件',
    erased: '已删除个人信息', anonymous: '匿名',
  },
  done: '已保存，并已通知来信人',
  stale409: '这条来信刚被其他人更新，请刷新后重试',
};
