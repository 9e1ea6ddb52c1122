import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** 404: a missing page, or a record outside the user's scope (the server does not tell them apart). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('state.notFoundTitle')}
      subTitle={t('state.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('state.backHome')}</Button>
        </Link>
      }
    />
  );
}
