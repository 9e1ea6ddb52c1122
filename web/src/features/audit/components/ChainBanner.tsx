import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyReport } from '@hongtu/contracts';
import { formatShanghai } from '../../../lib/time';
import { useAuditVerification } from '../api';

/** What the chain was compared with: the server's checkpoint log. */
function CheckpointNote({ report }: { report: AuditVerifyReport }) {
  const { t } = useTranslation('audit');
  const { checkpoint } = report;
  if (!checkpoint) return t('noCheckpoint');
  return t('checkpoint', { count: report.checkpointsCompared, id: checkpoint.id, at: formatShanghai(checkpoint.at) });
}

/** PostgreSQL: the server's database account could change audit rows (it owns the table, or more). */
function RoleWarning({ report }: { report: AuditVerifyReport }) {
  const { t } = useTranslation('audit');
  const check = report.roleCheck;
  if (!check?.canTamper) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('role.title')}
      description={t('role.description', { role: check.role, findings: check.findings.join(', ') })}
      data-testid="role-warning"
    />
  );
}

/** Whether the audit trail's hash chain is intact, or where it breaks; and whether the database account could change it. */
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
  const report = verification.data;
  const { intact, checked, brokenAt } = report;
  const chain = intact || !brokenAt ? (
    <Alert type="success" showIcon role="status" title={t('audit.intact', { checked })} description={<CheckpointNote report={report} />} action={recheck} data-testid="chain-banner" />
  ) : (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.broken', { id: brokenAt.id, reason: t(`audit.reasons.${brokenAt.reason}`) })}
      description={<CheckpointNote report={report} />}
      action={recheck}
      data-testid="chain-banner"
    />
  );
  return (
    <Flex vertical gap={8}>
      {chain}
      <RoleWarning report={report} />
    </Flex>
  );
}
