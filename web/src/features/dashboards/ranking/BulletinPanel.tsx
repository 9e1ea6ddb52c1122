import { App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan, useLanguage } from '../../auth/public';
import { useBulletin, usePublishBulletin } from '../api';
import { bulletinValueText } from '../components/figureVintage';

/**
 * The month's published bulletin on the ranking page: "已发布 {date}" (and whether the stored answer
 * still matches its hash), the city reviewer's publish button, and the values of the indicator that
 * read differently today than when published (与发布时相比).
 */
export function BulletinPanel({ period, indicatorCode }: { period: string; indicatorCode: string }) {
  const { t } = useTranslation('dashboards');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const bulletin = useBulletin(period);
  const publish = usePublishBulletin();
  const mayPublish = useCan('period.manage');
  const data = bulletin.data;
  const changes = data ? data.changes.filter((c) => c.indicatorCode === indicatorCode) : [];
  const onPublish = () => publish.mutate(period, {
    onSuccess: () => void message.success(t('bulletin.publishedNow')),
    onError: (error) => void message.error(error.message),
  });
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="bulletin-panel">
      <Space wrap>
        {data ? (
          <Tag color={data.intact ? 'blue' : 'red'} data-testid="bulletin-published">
            {t('bulletin.published', { date: data.publishedAt.slice(0, 10) })}
            {data.intact ? null : ` · ${t('bulletin.tampered')}`}
          </Tag>
        ) : (
          <Tag>{t('bulletin.notPublished')}</Tag>
        )}
        {mayPublish ? (
          <Button size="small" onClick={onPublish} loading={publish.isPending}>
            {data ? t('bulletin.publishAgain') : t('bulletin.publish')}
          </Button>
        ) : null}
      </Space>
      {data ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('bulletin.changesTitle')}</Typography.Title>
          <List
            size="small"
            dataSource={changes}
            locale={{ emptyText: t('bulletin.noChanges') }}
            renderItem={(c) => (
              <List.Item>
                {t('bulletin.change', { organisation: c.organisationName, field: t(`bulletin.fields.${c.field}`), published: bulletinValueText(c.field, c.published, language), current: bulletinValueText(c.field, c.current, language) })}
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
