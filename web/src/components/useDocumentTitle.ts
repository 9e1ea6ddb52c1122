import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "页面 - 宏图": the page's name first, so a tab, the history and a screen reader name the page. */
export function documentTitle(page: string | undefined, app: string, format: (page: string, app: string) => string): string {
  const name = page?.trim();
  return name ? format(name, app) : app;
}

/**
 * Names the browser tab after the page (WCAG 2.4.2). PageHeader calls it with its title, so every
 * page with a header has its own; the pages without one (home, sign-in, the big screen) call it.
 * Only text titles count: a title drawn with other elements leaves the app's name.
 */
export function useDocumentTitle(page: unknown): void {
  const { t } = useTranslation();
  const app = t('app.name');
  const title = documentTitle(typeof page === 'string' ? page : undefined, app, (p, a) => t('a11y.pageTitle', { page: p, app: a }));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
