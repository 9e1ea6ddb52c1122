import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schedule } from '@hongtu/contracts';
import { checkSchedule, linearShares } from '../model/targets';

const QUARTERS = ['q1', 'h1', 'q3', 'full'] as const;

interface Props {
  indicatorName: string;
  schedule: Schedule | null;
  onOk: (schedule: Schedule | null) => void;
  onCancel: () => void;
}

/** Cumulative share of the annual target per quarter (e.g. 一季度 ≥ 30 %) or per month, replacing linear time progress. */
export function ScheduleDialog({ indicatorName, schedule, onOk, onCancel }: Props) {
  const { t } = useTranslation('targets');
  const [kind, setKind] = useState<Schedule['kind']>(schedule?.kind ?? 'quarterly');
  const [shares, setShares] = useState<string[]>(schedule?.shares ?? linearShares('quarterly'));
  const [tried, setTried] = useState(false);
  const result = checkSchedule(kind, shares);
  const badIndexes = new Set(result.ok ? [] : result.issues.flatMap((i) => ('index' in i ? [i.index] : [])));
  const label = (i: number): string => (kind === 'quarterly' ? t(`schedule.quarters.${QUARTERS[i] ?? 'full'}`) : t('schedule.monthN', { month: i + 1 }));

  const changeKind = (next: Schedule['kind']) => {
    setKind(next);
    setShares(linearShares(next));
    setTried(false);
  };

  const submit = () => {
    setTried(true);
    if (result.ok) onOk(result.schedule);
  };

  return (
    <Modal open title={t('schedule.title', { indicator: indicatorName })} okText={t('actions.confirm')} cancelText={t('actions.cancel')}
      onOk={submit} onCancel={onCancel} width={kind === 'monthly' ? 720 : 520}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {schedule ? <Button danger onClick={() => onOk(null)}>{t('schedule.remove')}</Button> : null}
          <CancelBtn />
          <OkBtn />
        </>
      )}>
      <Form layout="vertical">
        <Form.Item label={t('schedule.kind')}>
          <Radio.Group value={kind} onChange={(e) => changeKind(e.target.value as Schedule['kind'])}
            options={[{ value: 'quarterly', label: t('schedule.quarterly') }, { value: 'monthly', label: t('schedule.monthly') }]} />
        </Form.Item>
        <Flex wrap gap={8}>
          {shares.map((share, i) => (
            <Form.Item key={`${kind}-${i}`} label={label(i)} style={{ width: kind === 'monthly' ? 100 : 105, marginBottom: 8 }}
              validateStatus={tried && badIndexes.has(i) ? 'error' : undefined}>
              <Input aria-label={label(i)} suffix="%" value={share} disabled={i === shares.length - 1}
                onChange={(e) => setShares((s) => s.map((v, j) => (j === i ? e.target.value : v)))} />
            </Form.Item>
          ))}
        </Flex>
        {tried && !result.ok ? <Alert type="error" showIcon title={t('schedule.invalid')} /> : <Alert type="info" showIcon title={t('schedule.hint')} />}
      </Form>
    </Modal>
  );
}
