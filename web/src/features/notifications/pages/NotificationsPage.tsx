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
              <div data-testid="message-list">
                <List
                  size="small"
                  dataSource={items}
                  renderItem={(m) => {
                    const { title, reason } = text(m);
                    return (
                      <List.Item>
                        <Flex justify="space-between" align="flex-start" gap={8} style={{ width: '100%' }} data-testid={`message-${m.kind}`} data-read={m.read}>
                          <Flex vertical gap={2}>
                            <Flex gap={8} align="center">
                              {m.read ? null : <Badge status="processing" text={t('message.unread')} />}
                              <Typography.Text strong={!m.read}>{title}</Typography.Text>
                            </Flex>
                            {reason ? <Typography.Text>{reason}</Typography.Text> : null}
                            <Typography.Text type="secondary">{t('message.from', { sender: m.senderName ?? '—', time: formatShanghai(m.createdAt, 'YYYY-MM-DD HH:mm') })}</Typography.Text>
                          </Flex>
                          <Flex gap={4}>
                            <Button type="link" size="small" onClick={() => open(m)}>{t('message.open')}</Button>
                            {m.read ? null : <Button type="link" size="small" onClick={() => markRead.mutate([m.id], { onError: fail })}>{t('message.markRead')}</Button>}
                          </Flex>
                        </Flex>
                      </List.Item>
                    );
                  }}
                />
              </div>
            </PageState>
          </Card>
        </Col>
      </Row>
    </>
  );
}
