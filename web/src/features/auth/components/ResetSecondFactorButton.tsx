import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResetSecondFactor } from '../api';

/** For the users page: an administrator removes another user's second factor (a lost phone). */
export function ResetSecondFactorButton({ userId }: { userId: number }) {
  const { t } = useTranslation('auth');
  const { t: shell } = useTranslation();
  const { message } = App.useApp();
  const reset = useResetSecondFactor();
  return (
    <Popconfirm
      title={t('secondFactor.resetConfirm')}
      okText={t('secondFactor.reset')}
      cancelText={shell('common.cancel')}
      onConfirm={() => reset.mutate(userId, { onSuccess: () => void message.success(t('secondFactor.resetDone')), onError: (e) => void message.error(e.message) })}
    >
      <Button type="link" size="small" loading={reset.isPending}>
        {t('secondFactor.reset')}
      </Button>
    </Popconfirm>
  );
}
