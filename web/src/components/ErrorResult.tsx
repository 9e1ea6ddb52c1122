import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';

/** A failed request as PageState shows it: the server's (localized) message, its request id, a retry button. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: (() => void) | undefined }) {
  const { t } = useTranslation();
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
