import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PROBLEM_CATEGORIES, PROBLEM_DEADLINE } from '@hongtu/domain';
import { PROBLEM_LIMITS, type RaiseProblem } from '@hongtu/contracts/project-problems';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { useQuery } from '@tanstack/react-query';
import { projectListSchema } from '@hongtu/contracts/projects';
import { apiGet } from '../../../api/client';
import { useDepartments, useRaiseProblem } from '../api';
import '../project-problems.css';

type Values = Omit<RaiseProblem, 'deadlineDays'> & { deadlineDays: number };

/** /project-problems/new — the district raises a problem on one of its projects, with photos from the phone's camera. */
export function RaiseProblemPage() {
  const { t } = useTranslation('project-problems');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<File[]>([]);
  const photo = useRef<HTMLInputElement>(null);
  const departments = useDepartments();
  const projects = useQuery({
    queryKey: ['projects', 'list', { pageSize: 200, for: 'problems' }],
    queryFn: ({ signal }) => apiGet('/api/projects', { query: { pageSize: 200 }, schema: projectListSchema, signal }),
  });
  const raise = useRaiseProblem();
  const required = (field: string) => [{ required: true, message: t('form.required', { field }) }];

  const submit = async (values: Values) => {
    try {
      const problem = await raise.mutateAsync({ body: { ...values, description: values.description ?? '' }, files });
      void message.success(t('action.done'));
      void navigate(`/project-problems/${problem.id}`);
    } catch (error) {
      if (isApiError(error)) {
        const placed = (error.details ?? []).map((d) => ({ name: d.path.replace(/^body\./, '') as keyof Values, errors: [error.message] }));
        if (placed.length) form.setFields(placed);
        void message.error(error.message);
      }
    }
  };

  return (
    <>
      <PageHeader title={t('newTitle')} />
      <Form<Values>
        form={form}
        layout="vertical"
        className="problem-form"
        initialValues={{ projectId: search.get('projectId') ? Number(search.get('projectId')) : undefined, category: 'land', deadlineDays: PROBLEM_DEADLINE.default, description: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="projectId" label={t('form.project')} rules={required(t('form.project'))}>
          <Select showSearch optionFilterProp="label" loading={projects.isPending}
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))} />
        </Form.Item>
        <Form.Item name="category" label={t('form.category')} rules={required(t('form.category'))}>
          <Select options={PROBLEM_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('form.title')} rules={required(t('form.title'))}>
          <Input maxLength={PROBLEM_LIMITS.titleLength} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')}>
          <Input.TextArea rows={3} maxLength={PROBLEM_LIMITS.textLength} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('form.department')} rules={required(t('form.department'))}>
          <Select showSearch optionFilterProp="label" loading={departments.isPending}
            options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="deadlineDays" label={t('form.deadlineDays')} extra={t('form.deadlineHelp')} rules={required(t('form.deadlineDays'))}>
          <InputNumber min={PROBLEM_DEADLINE.min} max={PROBLEM_DEADLINE.max} precision={0} />
        </Form.Item>
        <Form.Item label={t('form.photos')}>
          <Space direction="vertical">
            <Button icon={<CameraOutlined />} onClick={() => photo.current?.click()}>{t('form.takePhoto')}</Button>
            <input ref={photo} type="file" accept="image/*" capture="environment" multiple hidden className="problem-file-input" data-testid="problem-photo"
              onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
            {files.map((f) => <span key={f.name}>{f.name}</span>)}
          </Space>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={raise.isPending} block>{t('form.submit')}</Button>
      </Form>
    </>
  );
}
