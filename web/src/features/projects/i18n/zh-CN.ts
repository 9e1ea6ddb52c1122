/** The projects feature's texts (zh-CN gives the shape the other languages follow). */
export const projectsZhCN = {
  menu: { projects: '重大项目' },
  title: '重大项目',
  empty: '暂无重大项目',
  columns: { organisation: '单位', title: '标题', createdAt: '创建时间' },
};
