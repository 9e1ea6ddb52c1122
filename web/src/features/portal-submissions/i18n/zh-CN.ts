/** The portal-submissions feature's texts (zh-CN gives the shape the other languages follow). */
export const portalSubmissionsZhCN = {
  menu: { portalSubmissions: '门户来信' },
  title: '门户来信',
  empty: '暂无门户来信',
  columns: { organisation: '单位', title: '标题', createdAt: '创建时间' },
};
