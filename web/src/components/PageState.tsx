import type { ReactNode } from 'react';
import { Button, Empty, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { ForbiddenPage } from './ForbiddenPage';
import { NotFoundPage } from './NotFoundPage';

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
    if (isApiError(error, 404)) return <NotFoundPage />;
    if (isApiError(error, 403)) return <ForbiddenPage />;
    const message = error instanceof Error ? error.message : t('errors.unknown');
    const requestId = isApiError(error) ? error.requestId : null;
    return (
      <Result
        status="error"
        title={t('state.errorTitle')}
        subTitle={
          <>
            <div>{message}</div>
            {requestId ? <Typography.Text type="secondary">{t('state.requestId', { id: requestId })}</Typography.Text> : null}
          </>
        }
        extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      />
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
