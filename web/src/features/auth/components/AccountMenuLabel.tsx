import { useTranslation } from 'react-i18next';

/** The account menu's entry for the account page (two-step verification). */
export function AccountMenuLabel() {
  const { t } = useTranslation('auth');
  return <>{t('secondFactor.menu')}</>;
}
