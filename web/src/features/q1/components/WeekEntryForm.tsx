import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, Q1Board } from '@hongtu/contracts';
import { isApiError } from '../../../api/client';
import { fmtUnit } from '../../../lib/format';
import { useSaveQ1Week } from '../api';
import { defaultWeek } from '../calendar';

interface WeekEntryFormProps {
  board: Q1Board;
  organisationId: number;
  locale: Locale;
  onStale: () => void;
}

type Draft = Record<string, { value: string; note: string }>;

/** A district operator records the Q1 year-to-date value of each key indicator for a week. */
export function WeekEntryForm({ board, organisationId, locale, onStale }: WeekEntryFormProps) {
  const { t } = useTranslation('q1');
  const { message } = App.useApp();
  const save = useSaveQ1Week();
  const row = board.rows.find((r) => r.organisationId === organisationId);
  const [week, setWeek] = useState(() => defaultWeek(board));
  const [draft, setDraft] = useState<Draft>({});
  if (!row) return null;

  const stored = (code: string) => row.cells.find((c) => c.indicatorCode === code)?.weeks.find((w) => w.week === week);
  const valueOf = (code: string) => draft[code] ?? { value: stored(code)?.ytdValue ?? '', note: stored(code)?.note ?? '' };
  const edit = (code: string, patch: Partial<Draft[string]>) => setDraft((d) => ({ ...d, [code]: { ...valueOf(code), ...patch } }));

  const submit = () => {
    const figures = board.indicators
      .filter((i) => draft[i.code] !== undefined)
      .map((i) => ({ indicatorCode: i.code, ytdValue: valueOf(i.code).value, note: valueOf(i.code).note || null, version: stored(i.code)?.version ?? 0 }));
    if (figures.length === 0) {
      void message.info(t('entry.nothing'));
      return;
    }
    save.mutate({ year: board.year, organisationId, week, body: { figures } }, {
      onSuccess: () => {
        setDraft({});
        void message.success(t('entry.saved'));
      },
      onError: (e) => {
        if (isApiError(e, 409)) {
          setDraft({});
          onStale();
          void message.warning(t('entry.stale'));
        } else {
          void message.error(e.message);
        }
      },
    });
  };

  return (
    <Card title={`${t('entry.title')} · ${row.organisationName}`} style={{ marginBottom: 16 }}>
      <Form layout="vertical" onFinish={submit}>
        {/* No field of this form is a Form field (its values are kept apart): each label names its control by id. */}
        <Form.Item label={t('entry.week')} htmlFor="q1-week">
          <Select
            id="q1-week"
            value={week}
            onChange={(w: number) => { setWeek(w); setDraft({}); }}
            options={board.weeks.map((w) => ({ value: w.week, label: t('entry.weekOption', { week: w.week, date: w.endDate }) }))}
            style={{ width: 260 }}
          />
        </Form.Item>
        {board.indicators.map((indicator) => (
          <Space key={indicator.code} wrap align="end" style={{ display: 'flex', marginBottom: 8 }}>
            <Form.Item label={`${indicator.name} · ${t('entry.value')} (${fmtUnit(indicator.unit, locale)})`} htmlFor={`q1-value-${indicator.code}`} style={{ marginBottom: 0 }}>
              <Input
                id={`q1-value-${indicator.code}`}
                inputMode="decimal"
                value={valueOf(indicator.code).value}
                onChange={(e) => edit(indicator.code, { value: e.target.value })}
                style={{ width: 200 }}
              />
            </Form.Item>
            <Form.Item label={t('entry.note')} htmlFor={`q1-note-${indicator.code}`} style={{ marginBottom: 0 }}>
              <Input id={`q1-note-${indicator.code}`} aria-label={`${indicator.name} · ${t('entry.note')}`} value={valueOf(indicator.code).note} maxLength={500} onChange={(e) => edit(indicator.code, { note: e.target.value })} style={{ width: 280 }} />
            </Form.Item>
          </Space>
        ))}
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 8 }}>
          {t('entry.save')}
        </Button>
      </Form>
    </Card>
  );
}
