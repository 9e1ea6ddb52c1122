import { lazy, Suspense, type ReactNode } from 'react';
import { Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';

// The error states (antd's Result and its illustrations) load when one is shown, not with every page.
const ErrorResult = lazy(() => import('./ErrorResult').then((m) => ({ default: m.ErrorResult })));
const ForbiddenPage = lazy(() => import('./ForbiddenPage').then((m) => ({ default: m.ForbiddenPage })));
const NotFoundPage = lazy(() => import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

interface PageStateProps {
  loading?: boolean;
  error?: unknown;
  empty?: boolean;
  emptyText?: ReactNode;
  onRetry?: () => void;
  children?: ReactNode;
}

/**
 * Loading, empty and error states, the same on every page. An API 404 shows
 * the not-found page, a 403 the forbidden page; other errors show the
 * server's (localized) message, its request id and a retry button.
 */
export function PageState({ loading, error, empty, emptyText, onRetry, children }: PageStateProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Suspense fallback={null}>
        {isApiError(error, 404) ? <NotFoundPage /> : isApiError(error, 403) ? <ForbiddenPage /> : <ErrorResult error={error} onRetry={onRetry} />}
      </Suspense>
    );
  }
  if (loading) {
    return (
      <div role="status" style={{ display: 'flex', justifyContent: 'center', padding: '64px 0' }}>
        <Spin size="large" description={t('state.loading')}>
          <div style={{ width: 160, height: 48 }} />
        </Spin>
      </div>
    );
  }
  if (empty) return <Empty description={emptyText ?? t('state.empty')} />;
  return <>{children}</>;
}
