import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import {
  AuditOutlined,
  CheckCircleOutlined,
  CloudDownloadOutlined,
  CloudUploadOutlined,
  CopyOutlined,
  EditOutlined,
  HistoryOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  SendOutlined,
  UndoOutlined,
  RetweetOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MonthActions } from '../model/actions';

export type ToolbarCommand =
  | 'save' | 'discard' | 'check' | 'submit' | 'download' | 'upload' | 'copyNotes' | 'withdraw' | 'revisionRequest' | 'approve' | 'return' | 'decideRevision' | 'history';

interface Props {
  actions: MonthActions;
  dirty: boolean;
  busy: Partial<Record<ToolbarCommand, boolean>>;
  onCommand: (command: ToolbarCommand) => void;
}

/** The month's actions for the user's role and the month's state (the server checks the same). */
export function MonthToolbar({ actions, dirty, busy, onCommand }: Props) {
  const { t } = useTranslation('reporting');
  const button = (command: ToolbarCommand, label: string, icon: ReactNode, extra: { type?: 'primary' | 'default'; danger?: boolean; disabled?: boolean; title?: string } = {}) => (
    <Button key={command} icon={icon} loading={busy[command]} onClick={() => onCommand(command)} type={extra.type} danger={extra.danger} disabled={extra.disabled} title={extra.title}>
      {label}
    </Button>
  );
  return (
    <Space wrap>
      {actions.edit ? (
        <>
          {button('save', t('actions.save'), <SaveOutlined />, { disabled: !actions.save })}
          {dirty ? button('discard', t('actions.discard'), <UndoOutlined />) : null}
          {button('copyNotes', t('actions.copyNotes'), <CopyOutlined />)}
          {button('check', t('actions.check'), <SafetyCertificateOutlined />)}
          {button('download', t('actions.downloadTemplate'), <CloudDownloadOutlined />)}
          {button('upload', t('actions.uploadExcel'), <CloudUploadOutlined />, { disabled: dirty, title: dirty ? t('actions.uploadNeedsSave') : undefined })}
          {button('submit', t('actions.submit'), <SendOutlined />, { type: 'primary', disabled: !actions.submit })}
        </>
      ) : null}
      {actions.withdraw ? button('withdraw', t('actions.withdraw'), <RetweetOutlined />) : null}
      {actions.requestRevision ? button('revisionRequest', t('actions.requestRevision'), <EditOutlined />) : null}
      {actions.returnFigures ? button('return', t('actions.return'), <RollbackOutlined />, { danger: true }) : null}
      {actions.approve ? button('approve', t('actions.approve'), <CheckCircleOutlined />, { type: 'primary' }) : null}
      {actions.decideRevision ? button('decideRevision', t('actions.decideRevision'), <AuditOutlined />, { type: 'primary' }) : null}
      {button('history', t('actions.history'), <HistoryOutlined />)}
    </Space>
  );
}
