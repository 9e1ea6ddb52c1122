import { Alert, Button, Card, Flex, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { checkReportSchema, type Submission } from '@hongtu/contracts';
import { isAwaitingReview } from '@hongtu/domain';
import { apiPost } from '../../../api/client';
import { useBoard } from '../api/periods';
import { reportingKeys } from '../api/keys';
import { countSeverities } from '../model/findings';
import { neighbours } from '../model/neighbours';
import { FindingsList } from './FindingsList';
import { CrossCheckPanel } from '../../reference-figures/public';

/**
 * The reviewer's side of a month: the previous and next district of the board, and the month's
 * consistency findings as the district submitted it (the checks run again on the saved figures),
 * and the cross-check with figures of published documents accepted for the month (reference-figures).
 */
export function ReviewPanel({ submission }: { submission: Submission }) {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const { periodKey, organisationId } = submission;
  const board = useBoard(periodKey);
  const awaiting = isAwaitingReview(submission.status);
  const check = useQuery({
    queryKey: [...reportingKeys.month(periodKey, organisationId), 'review-check', submission.version],
    queryFn: () => apiPost(`/api/submissions/${periodKey}/${organisationId}/check`, { body: {}, schema: checkReportSchema }),
    enabled: awaiting,
  });
  const { previous, next, index, total } = neighbours(board.data?.rows ?? [], organisationId);
  const go = (id: number) => void navigate(`/reporting/${periodKey}/${id}`);
  const counts = check.data ? countSeverities(check.data.findings) : null;

  return (
    <Card size="small" data-testid="review-panel">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Button icon={<LeftOutlined />} disabled={!previous} onClick={() => previous && go(previous.organisationId)} data-testid="review-previous">
          {previous ? t('review.previous', { name: previous.organisationName }) : t('review.previous', { name: '—' })}
        </Button>
        {total > 0 && index > 0 ? <Typography.Text type="secondary">{t('review.position', { index, total })}</Typography.Text> : null}
        <Button disabled={!next} onClick={() => next && go(next.organisationId)} data-testid="review-next">
          {next ? t('review.next', { name: next.organisationName }) : t('review.next', { name: '—' })}<RightOutlined />
        </Button>
      </Flex>
      {awaiting && check.data && counts ? (
        <div style={{ marginTop: 12 }} data-testid="review-findings">
          <Alert type={counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'success'} showIcon style={{ marginBottom: 8 }}
            title={check.data.findings.length === 0 ? t('review.noFindings') : `${t('review.findingsTitle')}：${t('review.findingsCount', counts)}`} />
          {check.data.findings.length > 0 ? <div style={{ maxHeight: 220, overflowY: 'auto' }}><FindingsList findings={check.data.findings} /></div> : null}
        </div>
      ) : null}
      <CrossCheckPanel periodKey={periodKey} organisationId={organisationId} />
    </Card>
  );
}
