import { App, Button, Space, Typography } from 'antd';
import { CheckCircleOutlined, NotificationOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Board, ReportingPeriod } from '@hongtu/contracts';
import type { BulkApproveResult } from '@hongtu/contracts/notifications';
import { beijingMinute, isEditableStatus } from '@hongtu/domain';
import { useLanguage } from '../../auth/public';
import { useBulkApprove, useReminderStatus, useRemind } from '../../notifications/public';
import { periodTitle } from '../model/format';

/** The review board's actions at volume: approve the month's clean submissions, remind the late districts (催报). */
export function BoardBulkActions({ period, rows }: { period: ReportingPeriod; rows: Board['rows'] }) {
  const { t } = useTranslation('notifications');
  const { language } = useLanguage();
  const { message, modal } = App.useApp();
  const bulk = useBulkApprove();
  const remind = useRemind();
  const month = periodTitle(period, language);
  const submitted = rows.filter((r) => r.status === 'submitted').length;
  const lateOnBoard = period.status === 'open' ? rows.filter((r) => r.late && isEditableStatus(r.status)).length : 0;
  // The server knows who was reminded within the window: a district is reminded of a month at most once in 4 hours.
  const reminders = useReminderStatus(period.key, period.status === 'open');
  const late = reminders.data?.remindable ?? lateOnBoard;
  const waiting = reminders.data?.waiting ?? [];
  const firstNext = waiting.map((w) => w.nextAt).sort()[0];

  const showResult = (result: BulkApproveResult) => modal.info({
    title: t('review.resultTitle'),
    width: 560,
    content: (
      <div data-testid="bulk-result">
        <Typography.Paragraph strong>{t('review.bulkApproved', { approved: result.approved.length, skipped: result.skipped.length })}</Typography.Paragraph>
        {result.approved.length > 0 ? <Typography.Paragraph>{t('review.approvedList', { list: result.approved.map((a) => a.organisationName).join('、') })}</Typography.Paragraph> : null}
        {result.skipped.length > 0 ? (
          <>
            <Typography.Text type="secondary">{t('review.skippedTitle')}</Typography.Text>
            <ul style={{ maxHeight: 240, overflowY: 'auto', paddingInlineStart: 20 }}>
              {result.skipped.map((s) => <li key={s.organisationId}>{s.organisationName}：{t(`review.skip.${s.reason}`)}</li>)}
            </ul>
          </>
        ) : null}
      </div>
    ),
  });

  const approveClean = () => modal.confirm({
    title: t('review.bulkApproveTitle', { month }),
    content: t('review.bulkApproveConfirm', { month }),
    okText: t('review.bulkApprove'),
    onOk: () => bulk.mutateAsync(period.key).then((r) => void showResult(r), (e: Error) => void message.error(e.message)),
  });

  const remindLate = () => modal.confirm({
    title: t('review.remindTitle', { month }),
    content: t('review.remindConfirm', { month, count: late }),
    okText: t('review.remind', { count: late }),
    onOk: () => remind.mutateAsync(period.key)
      .then((r) => void message.success(r.skipped.length === 0
        ? t('review.reminded', { count: r.reminded.length })
        : t('review.remindedSkipped', { count: r.reminded.length, skipped: r.skipped.length, hours: reminders.data?.intervalHours ?? 4 })),
      (e: Error) => void message.error(e.message)),
  });

  return (
    <Space wrap>
      <Button icon={<CheckCircleOutlined />} onClick={approveClean} loading={bulk.isPending} disabled={submitted === 0} data-testid="bulk-approve">
        {t('review.bulkApprove')}
      </Button>
      <Button icon={<NotificationOutlined />} onClick={remindLate} loading={remind.isPending} disabled={late === 0} data-testid="remind-late">
        {t('review.remind', { count: late })}
      </Button>
      {reminders.data?.lastRemindedAt ? (
        <Typography.Text type="secondary" data-testid="remind-last">{t('review.remindLast', { at: beijingMinute(reminders.data.lastRemindedAt) })}</Typography.Text>
      ) : null}
      {reminders.data && firstNext ? (
        <Typography.Text type="secondary" data-testid="remind-waiting">
          {t('review.remindWaiting', { count: waiting.length, hours: reminders.data.intervalHours, next: beijingMinute(firstNext) })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
