/** The users feature's own texts (i18next namespace 'users'): position, telephone, the password step; the shape every other language follows. The page's other texts are the shell's. */
export const usersZhCN = {
  fields: {
    position: '职务',
    phone: '电话',
  },
  phone: {
    hint: '手机号或带区号的座机号；列表中只显示部分数字',
    invalid: '电话号码格式不正确：手机号 11 位，座机请带区号（如 027-85761234）',
    show: '显示',
    showTitle: '显示完整号码（记入审计日志）',
    none: '未填写',
  },
  organisation: {
    forOperator: '区级填报员只能属于区或功能区',
  },
  password: {
    isUsername: '密码不能与用户名相同',
    containsUsername: '密码不能包含用户名',
    initialHint: '用户首次登录时须修改为自己的密码',
    resetHint: '用户下次登录时须修改为自己的密码',
  },
  mustChangePassword: '待改初始密码',
  mustChangePasswordTitle: '该用户下次登录时须先设置自己的密码',
};
