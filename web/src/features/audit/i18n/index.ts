import { namespace } from '../../../i18n/namespace';
import { auditEn } from './en';
import { auditZhCN } from './zh-CN';
import { auditZhTW } from './zh-TW';

/** The audit feature's own texts (i18next namespace 'audit'): kept heads, checkpoints, the role check. The trail's other texts are the shell's. */
export const auditNamespace = namespace('audit', { 'zh-CN': auditZhCN, 'zh-TW': auditZhTW, en: auditEn });
