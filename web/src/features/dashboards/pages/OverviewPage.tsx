import { useTranslation } from 'react-i18next';
import { PageState } from '../../../components/PageState';

/** Placeholder until the page is built. */
export function OverviewPage() {
  const { t } = useTranslation('dashboards');
  return <PageState empty emptyText={t("title")} />;
}
