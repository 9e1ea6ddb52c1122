/** The enterprises feature's texts (zh-CN gives the shape the other languages follow). */
export const enterprisesZhCN = {
  menu: { enterprises: '企业库' },
  title: '企业库',
  empty: '暂无企业库',
  columns: { organisation: '单位', title: '标题', createdAt: '创建时间' },
};
