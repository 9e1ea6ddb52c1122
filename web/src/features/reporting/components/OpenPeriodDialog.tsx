import { useState } from 'react';
import { App, DatePicker, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod } from '@hongtu/contracts';
import { defaultDeadlineDate } from '@hongtu/domain';
import { dayjs } from '../../../lib/time';
import { useLanguage } from '../../auth/public';
import { useOpenPeriod } from '../api/periods';
import { nextPeriodToOpen, periodTitle } from '../model/format';

interface Props {
  periods: readonly ReportingPeriod[];
  onClose: () => void;
  onOpened: (period: ReportingPeriod) => void;
}

/** Opens a reporting month; the deadline defaults to the 5th of the next month (Asia/Shanghai). */
export function OpenPeriodDialog({ periods, onClose, onOpened }: Props) {
  const { t } = useTranslation('reporting');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const open = useOpenPeriod();
  const now = dayjs().tz('Asia/Shanghai');
  const suggested = nextPeriodToOpen(periods, { year: now.year(), month: now.month() + 1 });
  const [year, setYear] = useState(suggested.year);
  const [month, setMonth] = useState(suggested.month);
  const [deadline, setDeadline] = useState<string | null>(null);
  const deadlineDate = deadline ?? defaultDeadlineDate({ year, month });
  const exists = periods.some((p) => p.year === year && p.month === month);

  const submit = () => {
    if (exists) return;
    open.mutate({ year, month, deadlineDate }, {
      onSuccess: (period) => {
        void message.success(t('board.opened', { period: periodTitle(period, language) }));
        onOpened(period);
      },
      onError: (e) => void message.error(e.message),
    });
  };

  return (
    <Modal open title={t('board.openTitle')} okText={t('board.openOk')} cancelText={t('actions.cancel')} onOk={submit} onCancel={onClose}
      confirmLoading={open.isPending} okButtonProps={{ disabled: exists }}>
      <Form layout="vertical">
        <Form.Item label={t('board.year')} required>
          <InputNumber aria-label={t('board.year')} min={2000} max={2100} precision={0} value={year} onChange={(v) => setYear(v ?? suggested.year)} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={t('board.month')} required validateStatus={exists ? 'error' : undefined} help={exists ? t('board.exists') : undefined}>
          <InputNumber aria-label={t('board.month')} min={1} max={12} precision={0} value={month} onChange={(v) => setMonth(v ?? suggested.month)} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={t('board.deadline')} extra={deadline ? undefined : t('board.deadlineDefault')}>
          <DatePicker aria-label={t('board.deadline')} allowClear={deadline !== null} value={dayjs(deadlineDate)}
            onChange={(d) => setDeadline(d ? d.format('YYYY-MM-DD') : null)} />
        </Form.Item>
        <Typography.Text type="secondary">{t('board.openPreview', { period: periodTitle({ year, month }, language), deadline: deadlineDate })}</Typography.Text>
      </Form>
    </Modal>
  );
}
