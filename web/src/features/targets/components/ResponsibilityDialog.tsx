import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { putResponsibilityRequestSchema, type Responsibility } from '@hongtu/contracts';
import { zodRule } from '../../../lib/forms';
import { useApiFormErrors } from '../../../lib/useApiFormErrors';
import { usePutResponsibility } from '../api';

interface Props {
  year: number;
  organisationId: number;
  indicatorCode: string;
  indicatorName: string;
  current: Responsibility | undefined;
  onClose: () => void;
}

type Values = Pick<Responsibility, 'leader' | 'department' | 'taskForce' | 'measures'>;
const FIELDS = ['leader', 'department', 'taskForce', 'measures'] as const;
const shape = putResponsibilityRequestSchema.shape;

/** 一项经济指标、一名分管领导、一个负责部门、一个工作专班、一套对策举措. */
export function ResponsibilityDialog({ year, organisationId, indicatorCode, indicatorName, current, onClose }: Props) {
  const { t } = useTranslation('targets');
  const { t: tShell } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const put = usePutResponsibility(year, organisationId);
  const showErrors = useApiFormErrors(form, FIELDS);

  const submit = async () => {
    const values = await form.validateFields();
    put.mutate({ year, organisationId, indicatorCode, ...values, measures: values.measures ?? '' }, {
      onSuccess: () => {
        void message.success(t('responsibility.saved'));
        onClose();
      },
      onError: showErrors,
    });
  };

  return (
    <Modal open title={t('responsibility.editTitle', { indicator: indicatorName })} okText={t('actions.saveRow')} cancelText={t('actions.cancel')}
      onOk={() => void submit().catch(() => undefined)} onCancel={onClose} confirmLoading={put.isPending}>
      <Form form={form} layout="vertical" initialValues={current ?? { leader: '', department: '', taskForce: '', measures: '' }}>
        <Form.Item name="leader" label={t('responsibility.leader')} rules={[zodRule(shape.leader, tShell)]} required><Input /></Form.Item>
        <Form.Item name="department" label={t('responsibility.department')} rules={[zodRule(shape.department, tShell)]} required><Input /></Form.Item>
        <Form.Item name="taskForce" label={t('responsibility.taskForce')} rules={[zodRule(shape.taskForce, tShell)]} required><Input /></Form.Item>
        <Form.Item name="measures" label={t('responsibility.measures')} rules={[zodRule(shape.measures, tShell)]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      </Form>
    </Modal>
  );
}
