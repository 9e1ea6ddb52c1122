import { useState } from 'react';
import { App, Badge, Button, Card, Col, Flex, List, Row, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Message } from '@hongtu/contracts/notifications';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { formatShanghai } from '../../../lib/time';
import { useMarkRead, useMessages } from '../api';
import { useMessageText } from '../components/MessageText';
import { TodoList } from '../components/TodoList';
import { messageLink } from '../model/todos';

/** /notifications — the user's to-dos and own messages (returned, reminded, approved), read and unread. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const messages = useMessages();
  const markRead = useMarkRead();
  const text = useMessageText();
  const [only, setOnly] = useState<'all' | 'unread'>('all');
  const items = (messages.data?.items ?? []).filter((m) => only === 'all' || !m.read);
  const fail = (e: Error) => void message.error(e.message);

  const open = (m: Message) => {
    if (!m.read) markRead.mutate([m.id], { onError: fail });
    void navigate(messageLink(m));
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}><TodoList /></Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={<Badge count={messages.data?.unread ?? 0} offset={[12, 0]}>{t('message.title')}</Badge>}
            extra={(
              <Flex gap={8}>
                <Segmented size="small" value={only} onChange={(v) => setOnly(v as 'all' | 'unread')}
                  options={[{ value: 'all', label: t('message.all') }, { value: 'unread', label: t('message.unreadOnly') }]} />
                <Button size="small" disabled={!messages.data?.unread} loading={markRead.isPending} onClick={() => markRead.mutate(undefined, { onError: fail })}>
                  {t('message.markAllRead')}
                </Button>
              </Flex>
            )}>
            <PageState loading={messages.isPending} error={messages.error} onRetry={() => void messages.refetch()} empty={items.length === 0} emptyText={t('message.empty')}>
              <List
                size="small"
                dataSource={items}
                data-testid="message-list"
                renderItem={(m) => {
                  const { title, reason } = text(m);
                  return (
                    <List.Item data-testid={`message-${m.kind}`} data-read={m.read}
                      actions={[
                        <Button key="open" type="link" size="small" onClick={() => open(m)}>{t('message.open')}</Button>,
                        ...(m.read ? [] : [<Button key="read" type="link" size="small" onClick={() => markRead.mutate([m.id], { onError: fail })}>{t('message.markRead')}</Button>]),
                      ]}>
                      <List.Item.Meta
                        title={<Flex gap={8} align="center">{m.read ? null : <Badge status="processing" text={t('message.unread')} />}<Typography.Text strong={!m.read}>{title}</Typography.Text></Flex>}
                        description={<>
                          {reason ? <div>{reason}</div> : null}
                          <Typography.Text type="secondary">{t('message.from', { sender: m.senderName ?? '—', time: formatShanghai(m.createdAt, 'YYYY-MM-DD HH:mm') })}</Typography.Text>
                        </>}
                      />
                    </List.Item>
                  );
                }}
              />
            </PageState>
          </Card>
        </Col>
      </Row>
    </>
  );
}
