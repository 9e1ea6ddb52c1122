import type { Locale } from '@hongtu/contracts';
import type { ProblemCategory, ProblemStatus, ProblemTransition } from '@hongtu/domain';

/** Words the API and the dispatch list's workbook use for problems, in the three languages. */
export const PROBLEM_LABELS: Record<Locale, {
  status: Record<ProblemStatus, string>;
  action: Record<ProblemTransition, string>;
  category: Record<ProblemCategory, string>;
}> = {
  'zh-CN': {
    status: { assigned: '办理中', answered: '已答复', declined: '部门退回', closed: '已办结' },
    action: { answer: '答复', decline: '退回', close: '办结', reopen: '退回答复', assign: '交办', supervise: '督办' },
    category: { land: '土地', approval: '审批手续', funds: '资金', utilities: '水电气配套', labour: '用工', demolition: '征收拆迁', planning: '规划', environment: '环评能评', other: '其他' },
  },
  'zh-TW': {
    status: { assigned: '辦理中', answered: '已答覆', declined: '部門退回', closed: '已辦結' },
    action: { answer: '答覆', decline: '退回', close: '辦結', reopen: '退回答覆', assign: '交辦', supervise: '督辦' },
    category: { land: '土地', approval: '審批手續', funds: '資金', utilities: '水電氣配套', labour: '用工', demolition: '徵收拆遷', planning: '規劃', environment: '環評能評', other: '其他' },
  },
  en: {
    status: { assigned: 'with the department', answered: 'answered', declined: 'returned by the department', closed: 'closed' },
    action: { answer: 'answered', decline: 'returned', close: 'closed', reopen: 'sent back', assign: 'assigned', supervise: 'supervised' },
    category: { land: 'Land', approval: 'Approvals', funds: 'Funds', utilities: 'Utilities', labour: 'Labour', demolition: 'Demolition', planning: 'Planning', environment: 'Environmental assessment', other: 'Other' },
  },
};
