import { Suspense } from 'react';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonthCrossCheckItem } from '@hongtu/contracts/reference-figures';
import { useMonthCrossCheck } from '../api';
import { crossCheckParts } from '../model/written';

const ALERT = { agrees: 'success', differs: 'warning', no_submission: 'info', not_comparable: 'info' } as const;
const MESSAGE = { agrees: 'crossCheck.agrees', differs: 'crossCheck.differs', no_submission: 'crossCheck.noSubmission', not_comparable: 'crossCheck.notComparable' } as const;

function Line({ item }: { item: MonthCrossCheckItem }) {
  const { t } = useTranslation('reference-figures');
  const parts = crossCheckParts(item, (c) => t(`crossCheck.comparator.${c}`));
  const lines = [parts.value, parts.growth && { ...parts.growth, label: t('crossCheck.growth') }].filter((p) => p !== null);
  const { reference } = item;
  return (
    <Alert
      type={ALERT[item.status]}
      showIcon
      data-testid="cross-check-item"
      data-status={item.status}
      title={
        <Flex vertical gap={2}>
          {lines.map((p, i) => (
            <span key={i}>
              <Typography.Text strong>{reference.indicatorName}{'label' in p ? ` ${p.label}` : ''}：</Typography.Text>
              {t(MESSAGE[p.status], { reference: p.reference, submitted: p.submitted ?? '—' })}
              {p.status === 'differs' && p.difference ? <Typography.Text type="secondary">（{t('label' in p ? 'crossCheck.differencePoints' : 'crossCheck.difference', { difference: p.difference })}）</Typography.Text> : null}
            </span>
          ))}
        </Flex>
      }
      description={
        <Flex vertical gap={2}>
          <Link to={`/documents/${reference.documentId}?figure=${reference.figureId}`}>{t('crossCheck.document', { title: reference.documentTitle })}</Link>
          <Typography.Text type="secondary">{t('crossCheck.quote')}：「{reference.quote}」</Typography.Text>
        </Flex>
      }
    />
  );
}

/**
 * The reviewer's cross-check of a district-month: every reference figure accepted for it, against
 * the submission (docs/DOMAIN.md "Reference figures and the cross-check"). Nothing when none was accepted.
 */
function Panel({ periodKey, organisationId }: { periodKey: string; organisationId: number }) {
  const { t } = useTranslation('reference-figures');
  const check = useMonthCrossCheck(periodKey, organisationId);
  const items = check.data?.items ?? [];
  if (items.length === 0) return null;
  const differing = items.filter((i) => i.status === 'differs').length;
  return (
    <div style={{ marginTop: 12 }} data-testid="cross-check">
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('crossCheck.title')}</Typography.Text>
        {differing > 0 ? <Tag color="warning">{t('crossCheck.countDiffers', { count: differing })}</Tag> : null}
      </Flex>
      <Flex vertical gap={8}>
        {items.map((item) => <Line key={item.reference.id} item={item} />)}
      </Flex>
    </div>
  );
}

/** The panel in its own suspense boundary: its texts load on first draw without holding up the month page. */
export function CrossCheckPanel(props: { periodKey: string; organisationId: number }) {
  return <Suspense fallback={null}><Panel {...props} /></Suspense>;
}
