import type { Message } from '@hongtu/contracts/notifications';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../auth/public';
import { monthName } from '../model/todos';

/** A message in the reader's language: what happened to which month, and the reason when there is one. */
export function useMessageText() {
  const { t } = useTranslation('notifications');
  const { language } = useLanguage();
  return (m: Message) => ({
    title: t(`message.${m.kind}`, { organisation: m.organisationName, month: monthName(m.periodKey, language) }),
    reason: m.reason ? t('message.reason', { reason: m.reason }) : null,
  });
}
