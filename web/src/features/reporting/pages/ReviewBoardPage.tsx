import { useTranslation } from 'react-i18next';
import { PageState } from '../../../components/PageState';

/** Placeholder until the page is built. */
export function ReviewBoardPage() {
  const { t } = useTranslation('reporting');
  return <PageState empty emptyText={t("title")} />;
}
