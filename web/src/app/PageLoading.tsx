import { useTranslation } from 'react-i18next';

/**
 * The loading state of a page whose code or session is on its way: it looks like PageState's
 * (antd's large Spin) but is drawn by the app's style sheet (global.css), so the first load needs
 * no Spin code, and it shows before antd's styles are written.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="hongtu-loading">
      <span className="hongtu-loading-dots" aria-hidden>
        <i />
        <i />
        <i />
        <i />
      </span>
      {t('state.loading')}
    </div>
  );
}
