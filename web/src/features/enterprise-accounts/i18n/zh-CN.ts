/** The enterprise-accounts feature's texts (zh-CN gives the shape the other languages follow). */
export const enterpriseAccountsZhCN = {
  menu: { enterpriseAccounts: '企业账户' },
  title: '企业账户',
  empty: '暂无企业账户',
  columns: { organisation: '单位', title: '标题', createdAt: '创建时间' },
};
