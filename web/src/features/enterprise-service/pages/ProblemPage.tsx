import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Rate, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_PROBLEM_TEXT_REQUIRED, ENTERPRISE_PROBLEM_TRANSITION_NAMES, type EnterpriseProblemTransition } from '@hongtu/domain';
import { ENTERPRISE_SERVICE_LIMITS, type EnterpriseProblem } from '@hongtu/contracts/enterprise-service';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useMoveProblem, useProblem } from '../api';
import { Countdown, StatusTag } from '../components/Countdown';

/** /enterprise-service/problems/:id — one problem: its deadlines counted down in working days, its history, the moves the user may make (on a phone too). */
export function ProblemPage() {
  const id = Number(useParams().id);
  const problem = useProblem(id);
  if (!problem.data) return <PageState loading={problem.isPending} error={problem.error} onRetry={() => void problem.refetch()} />;
  return <ProblemView problem={problem.data} />;
}

type Values = { text?: string; satisfaction?: number };

function ProblemView({ problem }: { problem: EnterpriseProblem }) {
  const { t } = useTranslation('enterprise-service');
  const { message } = App.useApp();
  const move = useMoveProblem(problem.id);
  const [open, setOpen] = useState<EnterpriseProblemTransition | null>(null);
  const [form] = Form.useForm<Values>();

  const act = async (action: EnterpriseProblemTransition, values: Values) => {
    try {
      await move.mutateAsync({ action, body: { version: problem.version, ...values } });
      void message.success(t('action.done'));
      setOpen(null);
      form.resetFields();
    } catch (error) {
      if (isApiError(error) && error.code === 'STALE_VERSION') void message.warning(t('action.stale'));
      else if (isApiError(error)) void message.error(error.message);
    }
  };
  const start = (action: EnterpriseProblemTransition) => {
    if (action === 'acknowledge') void act(action, {});
    else setOpen(action);
  };
  const asksSatisfaction = open === 'confirm' || open === 'reopen';

  return (
    <>
      <PageHeader title={problem.title} subtitle={`${problem.enterpriseName} · ${problem.districtName}`} />
      <Space wrap style={{ marginBottom: 12 }}>
        <StatusTag problem={problem} />
        <Countdown problem={problem} />
        {problem.supervisionCount > 0 && <Typography.Text type="danger">{t('detail.supervision')} {problem.supervisionCount}</Typography.Text>}
      </Space>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        {ENTERPRISE_PROBLEM_TRANSITION_NAMES.filter((a) => problem.actions[a]).map((a) => (
          <Button key={a} type={a === 'answer' || a === 'confirm' || a === 'acknowledge' ? 'primary' : 'default'} danger={a === 'supervise' || a === 'reopen'}
            onClick={() => start(a)} loading={move.isPending && open === a}>
            {t(`action.${a}`)}
          </Button>
        ))}
      </div>
      {problem.demo && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="problem-demo"
          title={problem.demo.source === 'document' ? t('demo.document', { file: problem.demo.file }) : t('demo.synthetic')}
          description={problem.demo.quote ? `“${problem.demo.quote}”` : undefined} />
      )}
      <Card size="small">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('columns.category')}>{t(`category.${problem.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('columns.department')}>{problem.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('columns.raisedOn')}>{problem.raisedOn}（{t('detail.age', { count: problem.ageDays })}）</Descriptions.Item>
          <Descriptions.Item label={t('detail.raisedVia')}>{t(`via.${problem.raisedVia}`)} · {problem.raisedByName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail.acknowledgeDue')}>{problem.acknowledgeDueOn}</Descriptions.Item>
          <Descriptions.Item label={t('detail.answerDue')}>{problem.answerDueOn}</Descriptions.Item>
          {problem.satisfaction !== null && <Descriptions.Item label={t('detail.satisfaction')}><Rate disabled value={problem.satisfaction} /></Descriptions.Item>}
          {problem.reopenCount > 0 && <Descriptions.Item label={t('detail.reopen')}>{problem.reopenCount}</Descriptions.Item>}
          {problem.closedByCity && <Descriptions.Item label={t('detail.closedByCity')}>{problem.closedOn}</Descriptions.Item>}
        </Descriptions>
        {problem.description && <Typography.Paragraph><b>{t('detail.description')}：</b>{problem.description}</Typography.Paragraph>}
        {problem.answer && <Typography.Paragraph data-testid="problem-answer"><b>{t('detail.answer')}：</b>{problem.answer}</Typography.Paragraph>}
      </Card>
      <Card size="small" title={t('detail.history')} style={{ marginTop: 12 }}>
        <Timeline
          items={problem.events.map((e) => ({
            content: (
              <>
                <b>{t(`events.${e.action}` as 'events.raise')}</b> · {e.actorName ?? '—'} · {formatShanghai(e.at)}
                {e.dueOn && <div>{t('columns.deadline')} {e.dueOn}</div>}
                {e.satisfaction !== null && <div>{t('detail.satisfaction')} {e.satisfaction}</div>}
                {e.text && <div>{e.text}</div>}
              </>
            ),
          }))}
        />
      </Card>
      <Modal
        open={open !== null}
        title={open ? t(`action.${open}`) : ''}
        okText={t('action.send')}
        confirmLoading={move.isPending}
        onCancel={() => setOpen(null)}
        onOk={() => void form.validateFields().then((v) => open && act(open, v))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {asksSatisfaction && (
            <Form.Item name="satisfaction" label={t('action.satisfaction')}
              rules={open === 'confirm' ? [{ required: true, message: t('form.required', { field: t('detail.satisfaction') }) }] : []}>
              <Rate />
            </Form.Item>
          )}
          {open && ENTERPRISE_PROBLEM_TEXT_REQUIRED[open] && (
            <Form.Item name="text" label={open === 'answer' ? t('action.answerText') : t('action.text')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { field: open === 'answer' ? t('action.answerText') : t('action.text') }) }]}>
              <Input.TextArea rows={4} maxLength={ENTERPRISE_SERVICE_LIMITS.textLength} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
