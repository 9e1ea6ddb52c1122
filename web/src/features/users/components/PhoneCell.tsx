import { useState } from 'react';
import { App, Button, Flex, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { User } from '@hongtu/contracts';
import { useRevealPhone } from '../api';

/** A user's telephone as the list shows it, masked (138****1234); "show" asks the server for the full number, which audits each view. */
export function PhoneCell({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const { message } = App.useApp();
  const reveal = useRevealPhone();
  const [full, setFull] = useState<string | null>(null);
  if (user.maskedPhone === null) return <Typography.Text type="secondary">{t('phone.none')}</Typography.Text>;
  if (full !== null) return <Typography.Text copyable>{full}</Typography.Text>;
  return (
    <Flex gap={4} align="center" wrap={false}>
      <span style={{ whiteSpace: 'nowrap' }}>{user.maskedPhone}</span>
      <Button
        type="link"
        size="small"
        icon={<EyeOutlined />}
        title={t('phone.showTitle')}
        aria-label={`${t('phone.show')} ${user.displayName}`}
        loading={reveal.isPending}
        onClick={() => reveal.mutate(user.id, { onSuccess: (r) => setFull(r.phone ?? ''), onError: (e) => void message.error(e.message) })}
      >
        {t('phone.show')}
      </Button>
    </Flex>
  );
}
