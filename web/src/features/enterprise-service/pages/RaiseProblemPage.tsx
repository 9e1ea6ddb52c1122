import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_PROBLEM_ANSWER_DAYS, ENTERPRISE_PROBLEM_CATEGORIES, type EnterpriseProblemCategory } from '@hongtu/domain';
import { ENTERPRISE_SERVICE_LIMITS } from '@hongtu/contracts/enterprise-service';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { EnterprisePicker } from '../../enterprises/public';
import { useDepartments, useRaiseProblem } from '../api';

type Values = { category: EnterpriseProblemCategory; title: string; description?: string; departmentId: number };

/** /enterprise-service/new — the district raises an enterprise's problem (picked from the registry by name, 拼音, 首字母 or credit code) and sends it to a department. */
export function RaiseProblemPage() {
  const { t } = useTranslation('enterprise-service');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const departments = useDepartments();
  const raise = useRaiseProblem();
  const [enterprise, setEnterprise] = useState<{ id: number; name: string; districtName: string } | null>(null);
  const [form] = Form.useForm<Values>();
  const category = Form.useWatch('category', form);

  const submit = async (values: Values) => {
    if (!enterprise) return;
    try {
      const problem = await raise.mutateAsync({ enterpriseId: enterprise.id, raisedVia: 'district', description: values.description ?? '', ...values });
      void navigate(`/enterprise-service/problems/${problem.id}`);
    } catch (error) {
      if (isApiError(error)) void message.error(error.message);
    }
  };

  return (
    <>
      <PageHeader title={t('raise')} />
      <Card size="small">
        <Form layout="vertical">
          <Form.Item label={t('form.enterprise')} htmlFor="raise-enterprise" extra={t('form.enterpriseHint')}>
            <EnterprisePicker id="raise-enterprise" value={enterprise?.id}
              onChange={(_id, _label, item) => setEnterprise(item ? { id: item.id, name: item.name, districtName: item.organisationName } : null)} />
          </Form.Item>
          {enterprise && <Typography.Paragraph data-testid="found-enterprise"><b>{enterprise.name}</b> · {enterprise.districtName}</Typography.Paragraph>}
        </Form>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={!enterprise} initialValues={{ category: 'finance' }}>
          <Form.Item name="category" label={t('form.category')} extra={category ? t('form.answerDays', { count: ENTERPRISE_PROBLEM_ANSWER_DAYS[category] }) : null}>
            <Select options={ENTERPRISE_PROBLEM_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('form.title')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('form.title') }) }]}>
            <Input maxLength={ENTERPRISE_SERVICE_LIMITS.titleLength} />
          </Form.Item>
          <Form.Item name="description" label={t('form.description')}>
            <Input.TextArea rows={4} maxLength={ENTERPRISE_SERVICE_LIMITS.textLength} />
          </Form.Item>
          <Form.Item name="departmentId" label={t('form.department')} rules={[{ required: true, message: t('form.required', { field: t('form.department') }) }]}>
            <Select showSearch optionFilterProp="label" options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={raise.isPending} block>{t('form.submit')}</Button>
        </Form>
      </Card>
    </>
  );
}
