import { Button, DatePicker, Form, Input, Select } from 'antd';
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { auditResultSchema, type Organisation } from '@hongtu/contracts';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { resultLabel } from '../../../lib/labels';
import { actionOptions, entityTypeOptions, useAuditLabels } from '../auditLabels';
import type { AuditFilterForm } from '../auditFilter';

interface Props {
  organisations: readonly Organisation[];
  onSearch: (form: AuditFilterForm) => void;
  onExport: (form: AuditFilterForm) => void;
  exporting: boolean;
}

/** Filters of the audit trail: actor, organisation, entity type, action, result, time range (Beijing time). */
export function AuditFilters({ organisations, onSearch, onExport, exporting }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditFilterForm>();
  const labels = useAuditLabels();
  const reset = () => {
    form.resetFields();
    onSearch({});
  };
  return (
    <Form form={form} layout="inline" onFinish={onSearch} style={{ rowGap: 12, marginBottom: 16 }}>
      <Form.Item name="actor" label={t('audit.filters.actor')}>
        <Input allowClear style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="organisationId" label={t('audit.filters.organisation')}>
        <OrganisationSelect organisations={organisations} allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.filters.entityType')}>
        <Select allowClear style={{ width: 160 }} options={entityTypeOptions(labels)} />
      </Form.Item>
      <Form.Item name="action" label={t('audit.filters.action')}>
        <Select allowClear showSearch={{ optionFilterProp: 'search' }} style={{ width: 200 }} options={actionOptions(labels)} />
      </Form.Item>
      <Form.Item name="result" label={t('audit.filters.result')}>
        <Select allowClear style={{ width: 120 }} options={auditResultSchema.options.map((value) => ({ value, label: resultLabel(t, value) }))} />
      </Form.Item>
      <Form.Item name="range" label={t('audit.filters.timeRange')}>
        <DatePicker.RangePicker showTime allowEmpty={[true, true]} placeholder={[t('audit.filters.startTime'), t('audit.filters.endTime')]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={reset}>{t('common.reset')}</Button>
      </Form.Item>
      <Form.Item>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => onExport(form.getFieldsValue())}>
          {t('audit.exportXlsx')}
        </Button>
      </Form.Item>
    </Form>
  );
}
