import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditVerification } from '../api';

/** Whether the audit trail's hash chain is intact, or where it breaks. */
export function ChainBanner() {
  const { t } = useTranslation();
  const verification = useAuditVerification();
  const recheck = (
    <Button size="small" onClick={() => void verification.refetch()} loading={verification.isFetching}>
      {t('common.refresh')}
    </Button>
  );
  if (verification.isPending) return <Alert type="info" showIcon title={t('audit.verifying')} />;
  if (verification.isError) return <Alert type="warning" showIcon title={t('audit.verifyFailed')} description={verification.error.message} action={recheck} />;
  const { intact, checked, brokenAt } = verification.data;
  if (intact || !brokenAt) {
    return <Alert type="success" showIcon role="status" title={t('audit.intact', { checked })} action={recheck} data-testid="chain-banner" />;
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.broken', { id: brokenAt.id, reason: t(`audit.reasons.${brokenAt.reason}`) })}
      action={recheck}
      data-testid="chain-banner"
    />
  );
}
