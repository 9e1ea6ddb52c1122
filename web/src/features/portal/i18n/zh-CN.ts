/** The portal feature's texts (zh-CN gives the shape the other languages follow). */
export const portalZhCN = {
  menu: { portal: '门户网站' },
  title: '门户网站',
  empty: '暂无门户网站',
  columns: { organisation: '单位', title: '标题', createdAt: '创建时间' },
};
