import type { Locale } from '@hongtu/contracts';
import type { EnterpriseProblemStatus, EnterpriseProblemTransition } from '@hongtu/domain';

/** Words the API's messages use for problems' states and moves, in the three languages. */
export const ENTERPRISE_PROBLEM_LABELS: Record<Locale, { status: Record<EnterpriseProblemStatus, string>; action: Record<EnterpriseProblemTransition, string> }> = {
  'zh-CN': {
    status: { submitted: '待签收', acknowledged: '办理中', answered: '已答复待确认', closed: '已办结' },
    action: { acknowledge: '签收', answer: '答复', confirm: '确认办结', reopen: '重新办理', supervise: '督办', close: '办结' },
  },
  'zh-TW': {
    status: { submitted: '待簽收', acknowledged: '辦理中', answered: '已答覆待確認', closed: '已辦結' },
    action: { acknowledge: '簽收', answer: '答覆', confirm: '確認辦結', reopen: '重新辦理', supervise: '督辦', close: '辦結' },
  },
  en: {
    status: { submitted: 'waiting to be signed for', acknowledged: 'being handled', answered: 'answered, awaiting confirmation', closed: 'closed' },
    action: { acknowledge: 'signed for', answer: 'answered', confirm: 'confirmed', reopen: 'reopened', supervise: 'supervised', close: 'closed' },
  },
};
