/** The organisations feature's own texts (i18next namespace 'organisations'): a department's read grants; the shape every other language follows. The pages' other texts are the shell's. */
export const organisationsZhCN = {
  grants: {
    title: '查看授权',
    intro: '部门下没有区，其人员默认看不到任何区的数据。授权后，该部门人员可以查看所选组织及其下级的驾驶舱、排名和报送数据，但不能修改任何数据。',
    empty: '尚未授权：该部门人员看不到任何区的数据',
    add: '添加授权',
    addTitle: '授权“{{name}}”查看',
    organisation: '可查看的组织',
    organisationHint: '可选本部门上级组织范围内的组织，例如本市或其中的区',
    createdBy: '授权人',
    createdAt: '授权时间',
    remove: '收回',
    confirmRemove: '收回后该部门人员将看不到这些数据。确定收回？',
    added: '已授权',
    removed: '已收回授权',
  },
};
