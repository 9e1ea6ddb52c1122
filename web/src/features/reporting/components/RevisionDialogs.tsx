import { Alert, App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Submission } from '@hongtu/contracts';
import { useRevisionDecision, useRevisionRequest } from '../api/submissions';
import { ReasonDialog } from './ReasonDialog';

interface Props {
  kind: 'revisionRequest' | 'decideRevision';
  submission: Submission;
  onClose: () => void;
}

/** After approval: the district asks for a correction with a reason; the city grants (month returned) or refuses it. */
export function RevisionDialogs({ kind, submission, onClose }: Props) {
  const { t } = useTranslation('reporting');
  const { message } = App.useApp();
  const request = useRevisionRequest(submission.periodKey, submission.organisationId);
  const decide = useRevisionDecision(submission.periodKey, submission.organisationId);
  const fail = (e: Error) => void message.error(e.message);

  if (kind === 'revisionRequest') {
    return (
      <ReasonDialog title={t('revision.requestTitle')} okText={t('revision.requestOk')} reasonRequired loading={request.isPending}
        intro={<Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('revision.requestIntro')} />}
        onCancel={onClose}
        onOk={({ reason }) => request.mutate({ version: submission.version, reason }, {
          onSuccess: () => {
            void message.success(t('revision.requested'));
            onClose();
          },
          onError: fail,
        })} />
    );
  }
  return (
    <ReasonDialog title={t('revision.decideTitle')} okText={t('revision.decideOk')} reasonRequired={false} decision loading={decide.isPending}
      intro={submission.reason ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('revision.theirReason')} description={submission.reason} /> : null}
      onCancel={onClose}
      onOk={({ reason, grant }) => decide.mutate({ version: submission.version, grant, reason: reason || undefined }, {
        onSuccess: () => {
          void message.success(t(grant ? 'revision.granted' : 'revision.refused'));
          onClose();
        },
        onError: fail,
      })} />
  );
}
