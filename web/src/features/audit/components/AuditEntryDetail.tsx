import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@hongtu/contracts';

function Json({ value }: { value: unknown }) {
  return (
    <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12, background: '#fafafa', padding: 12, borderRadius: 6 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** The codes and the recorded before / after of one audit row. */
export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { t: own } = useTranslation('audit');
  const hasChange = entry.before !== null || entry.after !== null;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        {own('words.actionCode')}: <Typography.Text code>{entry.action}</Typography.Text>
        {entry.entityId ? (
          <>
            {' · '}
            {own('words.entityId')}: <Typography.Text code>{entry.entityType ? `${entry.entityType} ${entry.entityId}` : entry.entityId}</Typography.Text>
          </>
        ) : null}
      </Typography.Paragraph>
      {entry.requestId ? (
        <Typography.Paragraph type="secondary">
          {t('audit.detail.requestId')}: <Typography.Text code copyable>{entry.requestId}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      {hasChange ? (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('audit.detail.before')}</Typography.Text>
            <Json value={entry.before} />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('audit.detail.after')}</Typography.Text>
            <Json value={entry.after} />
          </Col>
        </Row>
      ) : (
        <Typography.Text type="secondary">{t('audit.detail.empty')}</Typography.Text>
      )}
    </div>
  );
}
