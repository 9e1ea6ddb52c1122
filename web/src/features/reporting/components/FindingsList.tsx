import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckFinding } from '@hongtu/contracts';
import { SEVERITY_COLOURS, sortFindings } from '../model/findings';

/** Findings of a dry run, errors (red, blocking) before warnings (orange, kept with their note). */
export function FindingsList({ findings }: { findings: readonly CheckFinding[] }) {
  const { t } = useTranslation('reporting');
  if (findings.length === 0) return <Typography.Text type="success">{t('check.none')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={sortFindings(findings)}
      data-testid="findings"
      renderItem={(f, i) => (
        <List.Item key={`${f.indicatorCode ?? ''}-${f.code}-${i}`} style={{ padding: '4px 0' }}>
          <span>
            <Tag color={SEVERITY_COLOURS[f.severity]}>{t(`severity.${f.severity}`)}</Tag>
            <Typography.Text type={f.severity === 'error' ? 'danger' : 'warning'}>{f.message}</Typography.Text>
          </span>
        </List.Item>
      )}
    />
  );
}
