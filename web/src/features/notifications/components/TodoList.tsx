import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatShanghai } from '../../../lib/time';
import { PageState } from '../../../components/PageState';
import { useCurrentUser, useLanguage } from '../../auth/public';
import { useTodos } from '../api';
import { countdown, homeCardFor, monthName, todoLink, urgencyColour } from '../model/todos';
import { MonthGlance } from './MonthGlance';

/**
 * The home page's card for the signed-in user: the to-dos of those who have some; the latest
 * published month at a glance for a leader; nothing for roles that never have a to-do.
 */
export function TodoList() {
  const me = useCurrentUser();
  const card = homeCardFor(me.role);
  if (card === 'todos') return <Todos />;
  return card === 'month' ? <MonthGlance /> : null;
}

/** To-dos: months due with their countdown, returned figures, months awaiting review, late districts. */
function Todos() {
  const { t } = useTranslation('notifications');
  const { language } = useLanguage();
  const me = useCurrentUser();
  const todos = useTodos();
  const items = todos.data?.items ?? [];
  return (
    <Card title={t('todo.title')} size="small" data-testid="todo-list">
      <PageState loading={todos.isPending} error={todos.error} onRetry={() => void todos.refetch()} empty={items.length === 0} emptyText={t('todo.empty')}>
        <List
          size="small"
          dataSource={items}
          renderItem={(todo) => {
            const due = todo.daysLeft === null ? null : countdown(todo.daysLeft);
            return (
              <List.Item>
                <Flex gap={8} align="center" justify="space-between" wrap style={{ width: '100%' }} data-testid={`todo-${todo.kind}-${todo.periodKey}`}>
                  <Flex gap={8} align="center" wrap>
                    {due ? <Tag color={urgencyColour(todo.urgency)} data-testid="todo-countdown">{t(due.key, { count: due.count })}</Tag> : null}
                    <Typography.Text>{t(`todo.${todo.kind}`, { month: monthName(todo.periodKey, language), count: todo.count })}</Typography.Text>
                    {due ? <Typography.Text type="secondary">{t('todo.deadline', { date: formatShanghai(todo.deadline, 'YYYY-MM-DD') })}</Typography.Text> : null}
                  </Flex>
                  <Link to={todoLink(todo, me.organisationId)}>{t('todo.open')}</Link>
                </Flex>
              </List.Item>
            );
          }}
        />
      </PageState>
    </Card>
  );
}
