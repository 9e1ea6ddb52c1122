import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_PROBLEM_CATEGORIES, LIAISON_VISIT_GAP } from '@hongtu/domain';
import { ENTERPRISE_SERVICE_LIMITS } from '@hongtu/contracts/enterprise-service';
import { isApiError } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { useCan } from '../../auth/public';
import { EnterprisePicker } from '../../enterprises/public';
import { useCadres, useDepartments, useLiaisonBoard, useRecordVisit, useSetLiaison } from '../api';

type VisitValues = { visitedOn: { format: (f: string) => string }; summary: string; problems?: { category: string; title: string; departmentId: number }[] };

/** The key enterprises with their liaison and last visit, those not visited for N days first; a district records visits and sets liaisons. */
export function LiaisonBoard() {
  const { t } = useTranslation('enterprise-service');
  const { message } = App.useApp();
  const canManage = useCan('enterprise_service.manage');
  const [gapDays, setGapDays] = useState<number>(LIAISON_VISIT_GAP.default);
  const [unvisited, setUnvisited] = useState(false);
  const [page, setPage] = useState(1);
  const board = useLiaisonBoard({ page, pageSize: 20, gapDays, unvisited });
  const departments = useDepartments();
  const setLiaison = useSetLiaison();
  const recordVisit = useRecordVisit();
  const [visitFor, setVisitFor] = useState<number | null>(null);
  // A row's enterprise, or a key enterprise still to be picked from the registry (enterpriseId undefined).
  const [liaisonFor, setLiaisonFor] = useState<{ enterpriseId: number | undefined; version: number | undefined } | null>(null);
  // The liaison is one of the users of the district serving the enterprise.
  const cadres = useCadres(canManage ? liaisonFor?.enterpriseId : undefined);
  const [visitForm] = Form.useForm<VisitValues>();
  const [liaisonForm] = Form.useForm<{ userId: number }>();

  const failed = (error: unknown) => { if (isApiError(error)) void message.error(error.message); };
  const saveVisit = async (v: VisitValues) => {
    try {
      await recordVisit.mutateAsync({
        enterpriseId: visitFor!, visitedOn: v.visitedOn.format('YYYY-MM-DD'), summary: v.summary,
        problems: (v.problems ?? []).map((p) => ({ ...p, category: p.category as 'other', description: '' })),
      });
      void message.success(t('action.done'));
      setVisitFor(null);
      visitForm.resetFields();
    } catch (error) { failed(error); }
  };
  const saveLiaison = async (v: { userId: number }) => {
    try {
      if (liaisonFor?.enterpriseId === undefined) return;
      await setLiaison.mutateAsync({ enterpriseId: liaisonFor.enterpriseId, userId: v.userId, version: liaisonFor.version });
      setLiaisonFor(null);
    } catch (error) { failed(error); }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {t('board.gapDays')}
        <InputNumber aria-label={t('board.gapDays')} min={LIAISON_VISIT_GAP.min} max={LIAISON_VISIT_GAP.max} precision={0} value={gapDays} onChange={(v) => { if (v) { setGapDays(v); setPage(1); } }} />
        <Switch aria-label={t('board.unvisited')} checked={unvisited} onChange={(v) => { setUnvisited(v); setPage(1); }} /> {t('board.unvisited')}
        {canManage && <Button onClick={() => { liaisonForm.resetFields(); setLiaisonFor({ enterpriseId: undefined, version: undefined }); }}>{t('board.addKey')}</Button>}
      </Space>
      {!board.data ? <PageState loading={board.isPending} error={board.error} onRetry={() => void board.refetch()} /> : (
        <>
          <Typography.Paragraph type="secondary">{t('board.summaryTotal', { total: board.data.total, unvisited: board.data.unvisited, gapDays: board.data.gapDays })}</Typography.Paragraph>
          <Table
            rowKey="enterpriseId"
            size="small"
            scroll={{ x: 720 }}
            dataSource={board.data.items}
            pagination={{ current: page, pageSize: 20, total: board.data.total, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: t('columns.enterprise'), dataIndex: 'enterpriseName', render: (name: string, r) => <Link to={`/enterprise-service?enterpriseId=${r.enterpriseId}`}>{name}</Link> },
              { title: t('columns.district'), dataIndex: 'districtName' },
              { title: t('board.liaison'), dataIndex: 'liaisonName' },
              {
                title: t('board.lastVisit'), dataIndex: 'lastVisitedOn',
                render: (d: string | null, r) => (
                  <Space size={4}>
                    {d === null ? t('board.never') : `${d}（${t('board.daysAgo', { count: r.daysSinceVisit ?? 0 })}）`}
                    {r.needsVisit && <Tag color="red">{t('board.needsVisit')}</Tag>}
                  </Space>
                ),
              },
              { title: t('board.visits'), dataIndex: 'visits', align: 'right' },
              { title: t('board.openProblems'), dataIndex: 'openProblems', align: 'right' },
              ...(canManage ? [{
                key: 'actions', title: '',
                render: (_: unknown, r: { enterpriseId: number; version: number }) => (
                  <Space size={4} wrap>
                    <Button size="small" type="primary" onClick={() => setVisitFor(r.enterpriseId)}>{t('board.recordVisit')}</Button>
                    <Button size="small" onClick={() => setLiaisonFor({ enterpriseId: r.enterpriseId, version: r.version })}>{t('board.setLiaison')}</Button>
                  </Space>
                ),
              }] : []),
            ]}
          />
        </>
      )}
      <Modal open={visitFor !== null} title={t('board.recordVisit')} okText={t('action.send')} confirmLoading={recordVisit.isPending}
        onCancel={() => setVisitFor(null)} onOk={() => void visitForm.validateFields().then(saveVisit)} destroyOnHidden>
        <Form form={visitForm} layout="vertical">
          <Form.Item name="visitedOn" label={t('board.visitedOn')} rules={[{ required: true, message: t('form.required', { field: t('board.visitedOn') }) }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="summary" label={t('board.summary')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('board.summary') }) }]}>
            <Input.TextArea rows={3} maxLength={ENTERPRISE_SERVICE_LIMITS.textLength} />
          </Form.Item>
          <Typography.Text strong>{t('board.problems')}</Typography.Text>
          <Form.List name="problems">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="start">
                    <Form.Item name={[field.name, 'category']} initialValue="other"><Select style={{ width: 110 }} options={ENTERPRISE_PROBLEM_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} /></Form.Item>
                    <Form.Item name={[field.name, 'title']} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('form.title') }) }]}><Input placeholder={t('form.title')} maxLength={ENTERPRISE_SERVICE_LIMITS.titleLength} /></Form.Item>
                    <Form.Item name={[field.name, 'departmentId']} rules={[{ required: true, message: t('form.required', { field: t('form.department') }) }]}>
                      <Select style={{ width: 200 }} placeholder={t('form.department')} options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>×</Button>
                  </Space>
                ))}
                {fields.length < ENTERPRISE_SERVICE_LIMITS.problemsPerVisit && <Button type="dashed" onClick={() => add()} block>{t('board.addProblem')}</Button>}
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
      <Modal open={liaisonFor !== null} title={t('board.setLiaison')} okText={t('action.send')} confirmLoading={setLiaison.isPending}
        onCancel={() => setLiaisonFor(null)} onOk={() => void liaisonForm.validateFields().then(saveLiaison)} destroyOnHidden>
        <Form form={liaisonForm} layout="vertical">
          {liaisonFor !== null && liaisonFor.version === undefined && (
            <Form.Item label={t('form.enterprise')} htmlFor="liaison-enterprise" extra={t('form.enterpriseHint')}>
              <EnterprisePicker id="liaison-enterprise" value={liaisonFor.enterpriseId} onChange={(id) => { liaisonForm.resetFields(); setLiaisonFor({ enterpriseId: id, version: undefined }); }} />
            </Form.Item>
          )}
          <Form.Item name="userId" label={t('board.liaison')} rules={[{ required: true, message: t('form.required', { field: t('board.liaison') }) }]}>
            <Select showSearch optionFilterProp="label" loading={cadres.isFetching} options={(cadres.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
