/** The project-problems feature's API messages, in the three languages (codes unique across features). */
export const PROJECT_PROBLEMS_MESSAGES = {
  PROBLEM_STATE: {
    'zh-CN': '该问题当前为“{status}”，不能{action}',
    'zh-TW': '該問題目前為「{status}」，不能{action}',
    en: 'The problem is "{status}": it cannot be {action} now',
  },
  PROBLEM_NOT_OVERDUE: {
    'zh-CN': '该问题尚未超过办理期限（{dueOn}），不能督办',
    'zh-TW': '該問題尚未超過辦理期限（{dueOn}），不能督辦',
    en: 'The problem is not past its deadline ({dueOn}): it cannot be supervised yet',
  },
  PROBLEM_DEPARTMENT_INVALID: {
    'zh-CN': '请选择一个职能部门来办理该问题',
    'zh-TW': '請選擇一個職能部門來辦理該問題',
    en: 'Choose a department to handle the problem',
  },
  PROBLEM_SAME_DEPARTMENT: {
    'zh-CN': '该问题已由“{department}”办理，请选择其他部门',
    'zh-TW': '該問題已由「{department}」辦理，請選擇其他部門',
    en: 'The problem is already with {department}: choose another department',
  },
} as const;
