import { useState } from 'react';
import { App, Checkbox, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RETURN_REASON_LABELS, RETURN_REASON_PRESETS, returnReasonText, type ReturnReasonPreset } from '@hongtu/domain';
import { indicatorName } from '../../../lib/format';
import { useLanguage } from '../../auth/public';
import { useReturn } from '../api/submissions';
import type { FigureRow } from './FiguresTable';

interface Props {
  periodKey: string;
  organisationId: number;
  version: number;
  rows: readonly FigureRow[];
  onClose: () => void;
}

/**
 * The reviewer sends the month back: whole, or selected figures. One reason (a preset and / or free
 * text) serves the month and a single figure; with several figures each may have its own, else the
 * month's reason stands for it.
 */
export function ReturnDialog({ periodKey, organisationId, version, rows, onClose }: Props) {
  const { t } = useTranslation('reporting');
  const { t: tn } = useTranslation('notifications');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const send = useReturn(periodKey, organisationId);
  const [scope, setScope] = useState<'whole' | 'figures'>('figures');
  const [preset, setPreset] = useState<ReturnReasonPreset | null>(null);
  const [free, setFree] = useState('');
  const [selected, setSelected] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);

  const reason = returnReasonText(preset, free, language);
  const chosen = Object.entries(selected);
  const reasonMissing = reason === '';
  const noneChosen = scope === 'figures' && chosen.length === 0;
  const ownReasons = scope === 'figures' && chosen.length > 1;

  const toggle = (code: string, on: boolean) =>
    setSelected(({ [code]: _drop, ...rest }) => (on ? { ...rest, [code]: '' } : rest));

  const submit = () => {
    setTried(true);
    if (reasonMissing || noneChosen) return;
    const figures = scope === 'figures' ? chosen.map(([indicatorCode, r]) => ({ indicatorCode, reason: (ownReasons ? r.trim() : '') || reason })) : undefined;
    send.mutate({ version, reason, figures }, {
      onSuccess: () => {
        void message.success(t('review.returned'));
        onClose();
      },
      onError: (error) => void message.error(error.message),
    });
  };

  return (
    <Modal open title={t('review.returnTitle')} okText={t('review.returnOk')} okButtonProps={{ danger: true }} cancelText={t('actions.cancel')}
      onOk={submit} onCancel={onClose} confirmLoading={send.isPending} width={720}>
      <Form layout="vertical">
        <Form.Item label={t('review.scope')}>
          <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as 'whole' | 'figures')}
            options={[{ value: 'figures', label: t('review.scopeFigures') }, { value: 'whole', label: t('review.scopeWhole') }]} />
        </Form.Item>
        <Form.Item label={t('review.reason')} required validateStatus={tried && reasonMissing ? 'error' : undefined}
          help={tried && reasonMissing ? t('review.reasonRequired') : undefined}>
          <Flex vertical gap={8}>
            <Select<ReturnReasonPreset> allowClear aria-label={tn('review.preset')} placeholder={tn('review.presetPlaceholder')} value={preset ?? undefined}
              onChange={(v) => setPreset(v ?? null)} data-testid="return-preset"
              options={RETURN_REASON_PRESETS.map((p) => ({ value: p, label: RETURN_REASON_LABELS[p][language] }))} />
            <Input.TextArea aria-label={preset ? tn('review.freeText') : t('review.reason')} placeholder={preset ? tn('review.freeText') : undefined}
              rows={2} maxLength={900} value={free} onChange={(e) => setFree(e.target.value)} />
          </Flex>
        </Form.Item>
        {scope === 'figures' ? (
          <Form.Item label={t('review.figures')} required validateStatus={tried && noneChosen ? 'error' : undefined}
            help={tried && noneChosen ? t('review.chooseFigures') : undefined}>
            <Flex vertical gap={6} style={{ maxHeight: 320, overflowY: 'auto' }}>
              {rows.map(({ indicator, figure }) => {
                const code = figure.indicatorCode;
                const on = code in selected;
                const name = indicatorName(indicator, language);
                return (
                  <Flex key={code} gap={8} align="center">
                    <Checkbox checked={on} onChange={(e) => toggle(code, e.target.checked)} style={{ width: 220 }} aria-label={name}>
                      {name}
                    </Checkbox>
                    {on && ownReasons ? (
                      <Input size="small" placeholder={tn('review.figureReasonOptional')} aria-label={t('review.figureReasonFor', { indicator: name })}
                        value={selected[code]} maxLength={1000}
                        onChange={(e) => setSelected((s) => ({ ...s, [code]: e.target.value }))} />
                    ) : (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{figure.ytdValue ?? '—'}</Typography.Text>
                    )}
                  </Flex>
                );
              })}
            </Flex>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
