/** The reports feature's texts (zh-CN gives the shape the other languages follow). */
export const reportsZhCN = {
  menu: { reports: '报告' },
  title: '报告',
  empty: '暂无报告',
  columns: { organisation: '单位', title: '标题', createdAt: '创建时间' },
};
