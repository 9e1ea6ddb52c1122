/** The portal-articles feature's texts (zh-CN gives the shape the other languages follow). */
export const portalArticlesZhCN = {
  menu: { portalArticles: '门户文章' },
  title: '门户文章',
  empty: '暂无门户文章',
  columns: { organisation: '单位', title: '标题', createdAt: '创建时间' },
};
