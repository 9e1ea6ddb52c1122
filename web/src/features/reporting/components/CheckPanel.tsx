import { Alert, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckReport } from '@hongtu/contracts';
import { countSeverities } from '../model/findings';
import { FindingsList } from './FindingsList';

interface Props {
  report: CheckReport;
  /** 'check': an explicit dry run; 'blocked': the submit was refused by the checks. */
  origin: 'check' | 'blocked';
  onClose: () => void;
}

/** The dry-run panel above the figures: what blocks a submit and what needs an explanation. */
export function CheckPanel({ report, origin, onClose }: Props) {
  const { t } = useTranslation('reporting');
  const { errors, warnings } = countSeverities(report.findings);
  const summary = t('check.summary', { errors, warnings });
  return (
    <Card
      size="small"
      title={origin === 'blocked' ? t('check.blockedTitle') : t('check.title')}
      extra={<Button size="small" type="text" onClick={onClose}>{t('check.close')}</Button>}
      data-testid="check-panel"
    >
      <Alert
        style={{ marginBottom: 8 }}
        type={report.blocking ? 'error' : warnings > 0 ? 'warning' : 'success'}
        showIcon
        title={report.blocking ? t('check.blocking', { summary }) : t('check.passing', { summary })}
      />
      <div style={{ maxHeight: 260, overflowY: 'auto' }}>
        <FindingsList findings={report.findings} />
      </div>
    </Card>
  );
}
