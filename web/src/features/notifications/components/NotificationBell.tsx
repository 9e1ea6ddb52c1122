import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMessages } from '../api';

/** The header's bell: the unread count, and the way to the message centre. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const messages = useMessages();
  const unread = messages.data?.unread ?? 0;
  return (
    <Badge count={unread} size="small" overflowCount={99}>
      <Button type="text" shape="circle" icon={<BellOutlined />} data-testid="notification-bell" data-unread={unread}
        aria-label={unread > 0 ? t('bell.unread', { count: unread }) : t('bell.label')} onClick={() => void navigate('/notifications')} />
    </Badge>
  );
}
