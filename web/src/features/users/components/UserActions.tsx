import { App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '@hongtu/contracts';
import { ResetSecondFactorButton } from '../../auth/public';
import { useUserCommand, type UserCommand } from '../api';

interface Props {
  user: User;
  isSelf: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

const DONE_KEYS = { disable: 'users.disabled', enable: 'users.enabled', unlock: 'users.unlocked' } as const;

/** Row actions: edit, disable / enable, reset password, reset two-step verification, unlock. Nobody changes their own status. */
export function UserActions({ user, isSelf, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const command = useUserCommand();

  const run = (name: UserCommand) =>
    command.mutate(
      { id: user.id, command: name },
      { onSuccess: () => void message.success(t(DONE_KEYS[name])), onError: (e) => void message.error(e.message) },
    );

  return (
    <Flex gap={0}>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        {t('users.actions.edit')}
      </Button>
      <Button type="link" size="small" onClick={() => onResetPassword(user)}>
        {t('users.actions.resetPassword')}
      </Button>
      {isSelf ? null : <ResetSecondFactorButton userId={user.id} />}
      {user.lockedUntil ? (
        <Button type="link" size="small" onClick={() => run('unlock')} loading={command.isPending}>
          {t('users.actions.unlock')}
        </Button>
      ) : null}
      {isSelf ? null : user.status === 'active' ? (
        <Popconfirm title={t('users.confirmDisable')} okText={t('users.actions.disable')} cancelText={t('common.cancel')} onConfirm={() => run('disable')}>
          <Button type="link" size="small" danger>
            {t('users.actions.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Button type="link" size="small" onClick={() => run('enable')} loading={command.isPending}>
          {t('users.actions.enable')}
        </Button>
      )}
    </Flex>
  );
}
