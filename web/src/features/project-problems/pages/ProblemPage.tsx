import { useState } from 'react';
import { useParams } from 'react-router';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Select, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROBLEM_DEADLINE, PROBLEM_SUPERVISION_DAYS, PROBLEM_TEXT_REQUIRED } from '@hongtu/domain';
import { PROBLEM_LIMITS, type Problem } from '@hongtu/contracts/project-problems';
import { isApiError } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useDepartments, useMoveProblem, useProblem, type MoveAction } from '../api';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { ProblemTags } from '../components/ProblemTags';
import '../project-problems.css';

const ACTIONS: MoveAction[] = ['answer', 'decline', 'close', 'reopen', 'assign', 'supervise'];

/** /project-problems/:id — one problem: its facts, its history, its photos, and the moves the user may make (on a phone too). */
export function ProblemPage() {
  const id = Number(useParams().id);
  const problem = useProblem(id);
  if (!problem.data) return <PageState loading={problem.isPending} error={problem.error} onRetry={() => void problem.refetch()} />;
  return <ProblemView problem={problem.data} />;
}

function ProblemView({ problem }: { problem: Problem }) {
  const { t } = useTranslation('project-problems');
  const { message } = App.useApp();
  const move = useMoveProblem(problem.id);
  const departments = useDepartments();
  const [open, setOpen] = useState<MoveAction | null>(null);
  const [form] = Form.useForm<{ text?: string; departmentId?: number; deadlineDays?: number }>();

  const act = async (action: MoveAction, values: { text?: string; departmentId?: number; deadlineDays?: number }) => {
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
  const start = (action: MoveAction) => {
    if (action === 'close') void act('close', {});
    else setOpen(action);
  };

  return (
    <>
      <PageHeader title={problem.title} subtitle={`${problem.districtName} · ${problem.projectCode} ${problem.projectName}`} />
      <ProblemTags problem={problem} />
      <div className="problem-actions">
        {ACTIONS.filter((a) => problem.actions[a]).map((a) => (
          <Button key={a} type={a === 'answer' || a === 'close' ? 'primary' : 'default'} danger={a === 'supervise'} onClick={() => start(a)} loading={move.isPending && open === a}>
            {t(`action.${a}`)}
          </Button>
        ))}
      </div>
      <Card size="small">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('columns.category')}>{t(`category.${problem.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('columns.department')}>{problem.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('detail.raisedOn')}>{problem.raisedOn}</Descriptions.Item>
          <Descriptions.Item label={t('columns.dueOn')}>{problem.dueOn}（{t('workingDays', { count: problem.deadlineDays })}）</Descriptions.Item>
          <Descriptions.Item label={t('detail.raisedBy')}>{problem.raisedByName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={problem.closeWorkingDays === null ? t('columns.age') : t('detail.closeTime')}>
            {problem.closeWorkingDays === null ? t('days', { count: problem.ageDays }) : t('workingDays', { count: problem.closeWorkingDays })}
          </Descriptions.Item>
        </Descriptions>
        {!problem.calendarKnown && <Typography.Text type="warning">{t('calendarUnknown')}</Typography.Text>}
        {problem.description && <Typography.Paragraph><b>{t('detail.description')}：</b>{problem.description}</Typography.Paragraph>}
        {problem.answer && <Typography.Paragraph data-testid="problem-answer"><b>{t('detail.answer')}：</b>{problem.answer}</Typography.Paragraph>}
      </Card>
      <Card size="small" title={t('detail.attachments')}>
        <AttachmentsPanel listPath={`/api/project-problems/${problem.id}/attachments`} uploadPath={`/api/project-problems/${problem.id}/attachments`} canAdd={problem.actions.attach} />
      </Card>
      <Card size="small" title={t('detail.history')}>
        <Timeline
          items={problem.events.map((e) => ({
            content: (
              <>
                <b>{t(`events.${e.action}` as 'events.raise')}</b> · {e.actorName ?? '—'} · {formatShanghai(e.at)}
                {e.departmentName && <div>→ {e.departmentName}</div>}
                {e.dueOn && <div>{t('columns.dueOn')} {e.dueOn}</div>}
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
        <Form form={form} layout="vertical" initialValues={{ deadlineDays: open === 'supervise' ? PROBLEM_SUPERVISION_DAYS : PROBLEM_DEADLINE.default }}>
          {open === 'assign' && (
            <Form.Item name="departmentId" label={t('action.department')} rules={[{ required: true, message: t('form.required', { field: t('action.department') }) }]}>
              <Select showSearch optionFilterProp="label" options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          )}
          {(open === 'assign' || open === 'supervise') && (
            <Form.Item name="deadlineDays" label={t('action.days')} rules={[{ required: true }]}>
              <InputNumber min={PROBLEM_DEADLINE.min} max={PROBLEM_DEADLINE.max} precision={0} />
            </Form.Item>
          )}
          {open && PROBLEM_TEXT_REQUIRED[open] && (
            <Form.Item name="text" label={open === 'answer' ? t('action.answerText') : t('action.text')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { field: open === 'answer' ? t('action.answerText') : t('action.text') }) }]}>
              <Input.TextArea rows={4} maxLength={PROBLEM_LIMITS.textLength} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
