import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { DEFAULT_TOUR_CRITERIA } from '@hongtu/domain';
import { isApiError } from '../../../api/client';
import { useCreateTour, useJudgeCandidates } from '../api';

interface Values { name: string; tourDate: Dayjs; criteria: { name: string; weight: number }[]; judgeIds: number[] }

/** The city's new tour: name, date, criteria (the usual four to start from), judges. */
export function CreateTourModal({ onClose }: { onClose: (createdId?: number) => void }) {
  const { t } = useTranslation('project-tours');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const candidates = useJudgeCandidates(true);
  const create = useCreateTour();
  const criteria = Form.useWatch('criteria', form) ?? [];
  const total = criteria.reduce((sum, c) => sum + (Number(c?.weight) || 0), 0);

  const submit = (values: Values) => create.mutateAsync({
    name: values.name, tourDate: values.tourDate.format('YYYY-MM-DD'), criteria: values.criteria, judgeIds: values.judgeIds ?? [],
  }).then((tour) => { void message.success(t('messages.created')); onClose(tour.id); }, (error: unknown) => void message.error(isApiError(error) ? error.message : String(error)));

  return (
    <Modal open title={t('actions.create')} onCancel={() => onClose()} onOk={() => form.submit()} okText={t('actions.save')} cancelText={t('actions.cancel')} confirmLoading={create.isPending} width={560}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ criteria: DEFAULT_TOUR_CRITERIA.map((c) => ({ ...c })), judgeIds: [] }}>
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, message: t('form.required') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="tourDate" label={t('form.tourDate')} rules={[{ required: true, message: t('form.required') }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Typography.Text strong>{t('form.criteria')}</Typography.Text>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: t('form.required') }]}><Input placeholder={t('form.criterionName')} maxLength={20} /></Form.Item>
                  <Form.Item name={[field.name, 'weight']} rules={[{ required: true, message: t('form.required') }]}><InputNumber min={1} max={100} precision={0} placeholder={t('form.weight')} /></Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('actions.cancel')} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', weight: 10 })} disabled={fields.length >= 10}>{t('form.addCriterion')}</Button>
            </>
          )}
        </Form.List>
        <Typography.Paragraph type={total === 100 ? 'secondary' : 'danger'} style={{ marginTop: 8 }}>
          {total === 100 ? t('form.total', { total }) : t('form.totalWrong', { total })}
        </Typography.Paragraph>
        <Form.Item name="judgeIds" label={t('form.judges')}>
          <Select mode="multiple" loading={candidates.isPending} optionFilterProp="label"
            options={(candidates.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.organisationName}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
