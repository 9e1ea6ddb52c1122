import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The loading state of a page whose code or session is on its way: the same as PageState's, without
 * PageState's error and empty states (their illustrations load with the pages that use them).
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" style={{ display: 'flex', justifyContent: 'center', padding: '64px 0' }}>
      <Spin size="large" description={t('state.loading')}>
        <div style={{ width: 160, height: 48 }} />
      </Spin>
    </div>
  );
}
